// A logistic regression over hashed features, fitted with AdaGrad and L2.
// Fitting lives here (not in a script) so the benchmark cross-validates exactly
// the model the app ships.
import { FEATURE_BITS } from "./features";

export type Example = { features: readonly number[]; label: 0 | 1 };
export type Model = { bias: number; weights: Float32Array };
export type TrainingOptions = { epochs: number; rate: number; l2: number; seed: number };

export const DEFAULT_TRAINING: TrainingOptions = { epochs: 8, rate: 0.05, l2: 1e-4, seed: 7 };

/** The log-odds that the sentence with these features is check-worthy. */
export function logOdds(model: Model, features: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < features.length; i++) z += model.weights[features[i]];
  return z;
}

export function predict(model: Model, features: readonly number[]): number {
  return 1 / (1 + Math.exp(-logOdds(model, features)));
}

export function train(examples: readonly Example[], options: TrainingOptions = DEFAULT_TRAINING): Model {
  const size = 1 << FEATURE_BITS;
  const model: Model = { bias: 0, weights: new Float32Array(size) };
  const squared = new Float32Array(size);
  let biasSquared = 0;
  const order = examples.map((_, i) => i);
  const random = mulberry32(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    for (const index of order) {
      const { features, label } = examples[index];
      const gradient = predict(model, features) - label;
      biasSquared += gradient * gradient;
      model.bias -= (options.rate * gradient) / Math.sqrt(biasSquared + 1e-8);
      for (const feature of features) {
        const g = gradient + options.l2 * model.weights[feature];
        squared[feature] += g * g;
        model.weights[feature] -= (options.rate * g) / Math.sqrt(squared[feature] + 1e-8);
      }
    }
  }
  return model;
}

function shuffle(values: number[], random: () => number): void {
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [values[i], values[j]] = [values[j], values[i]];
  }
}

/** A small seeded generator, so a fit is reproducible. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
