import { predict, type Example, type Weights } from "@/lib/domain/claim-spotting/logistic-model";
import { score } from "./claimbuster";

/** The training settings used for the shipped weights and in cross-validation. */
export const TRAINING_OPTIONS = { epochs: 4, rate: 0.05, l2: 1e-2 };

/** The decision threshold with the best F1 on the training examples (never the held-out ones). */
export function chooseThreshold(weights: Weights, examples: readonly Example[]): number {
  let best = { threshold: 0.5, f1: -1 };
  for (let threshold = 0.2; threshold < 0.9; threshold += 0.025) {
    const { f1 } = score(examples.map((e) => predict(weights, e.features) >= threshold), examples.map((e) => e.label));
    if (f1 > best.f1) best = { threshold, f1 };
  }
  return Number(best.threshold.toFixed(3));
}
