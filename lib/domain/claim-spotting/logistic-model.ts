// A small logistic regression over hashed features. Training lives here too
// (pure: arrays in, weights out) so the fitting script and the tests share it.
import { FEATURE_BITS } from "./features";

export type Weights = Float64Array;
export type Example = { features: number[]; label: 0 | 1 };

export function newWeights(): Weights {
  return new Float64Array(1 << FEATURE_BITS);
}

export function predict(weights: Weights, features: readonly number[]): number {
  let sum = 0;
  for (const index of features) sum += weights[index];
  return 1 / (1 + Math.exp(-sum));
}

/**
 * Stochastic gradient descent with L2 regularisation; positives weighted up to
 * balance the classes. Deterministic: examples are visited in a fixed shuffle.
 */
export function train(examples: readonly Example[], options: { epochs?: number; rate?: number; l2?: number; seed?: number } = {}): Weights {
  const { epochs = 12, rate = 0.08, l2 = 1e-5, seed = 7 } = options;
  const positives = examples.filter((example) => example.label === 1).length;
  const positiveWeight = positives ? (examples.length - positives) / positives : 1;
  const weights = newWeights();
  const order = shuffle(examples.map((_, index) => index), seed);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const step = rate / (1 + epoch * 0.5);
    for (const index of order) {
      const { features, label } = examples[index];
      const error = (label - predict(weights, features)) * (label === 1 ? positiveWeight : 1);
      for (const feature of features) weights[feature] += step * (error - l2 * weights[feature]);
    }
  }
  return weights;
}

function shuffle(items: number[], seed: number): number[] {
  let state = seed;
  const random = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** Sparse, rounded weights for a JSON file: index → weight. */
export function toSparse(weights: Weights, digits = 3): Record<string, number> {
  const sparse: Record<string, number> = {};
  weights.forEach((weight, index) => {
    const rounded = Number(weight.toFixed(digits));
    if (rounded !== 0) sparse[index] = rounded;
  });
  return sparse;
}

export function fromSparse(sparse: Record<string, number>): Weights {
  const weights = newWeights();
  for (const [index, weight] of Object.entries(sparse)) weights[Number(index)] = weight;
  return weights;
}
