// Fitting the spotter on labelled sentences: the logistic regression, then the
// decision threshold with the best F1 on out-of-fold predictions of the
// training sentences only (an inner cross-validation), never on held-out ones.
import { extractFeatures } from "./features";
import { DEFAULT_TRAINING, predict, train, type Example, type Model, type TrainingOptions } from "./logistic-model";
import { scoreBinary } from "./metrics";
import { detectReasons } from "./reasons";

export type LabelledSentence = { text: string; label: 0 | 1 };
export type FittedSpotter = { model: Model; threshold: number; trainingPrior: number };

const INNER_FOLDS = 3;

export function toExample(sentence: LabelledSentence): Example {
  return { features: extractFeatures(sentence.text, detectReasons(sentence.text)), label: sentence.label };
}

export function fitSpotter(examples: readonly Example[], options: TrainingOptions = DEFAULT_TRAINING): FittedSpotter {
  const outOfFold: { probability: number; label: 0 | 1 }[] = [];
  for (let fold = 0; fold < INNER_FOLDS; fold++) {
    const model = train(examples.filter((_, i) => i % INNER_FOLDS !== fold), options);
    examples.forEach((example, i) => {
      if (i % INNER_FOLDS === fold) outOfFold.push({ probability: predict(model, example.features), label: example.label });
    });
  }
  const trainingPrior = examples.filter((example) => example.label === 1).length / Math.max(1, examples.length);
  return { model: train(examples, options), threshold: chooseThreshold(outOfFold), trainingPrior };
}

/** The probability cut-off with the best F1 (ties: the higher cut-off). */
export function chooseThreshold(predictions: readonly { probability: number; label: 0 | 1 }[]): number {
  const labels = predictions.map((p) => p.label);
  let best = { threshold: 0.5, f1: -1 };
  for (let step = 5; step <= 95; step++) {
    const threshold = step / 100;
    const { f1 } = scoreBinary(predictions.map((p) => p.probability >= threshold), labels);
    if (f1 >= best.f1) best = { threshold, f1 };
  }
  return best.threshold;
}
