// A logistic regression over hashed features and the pooled word vectors,
// fitted with AdaGrad and L2. Fitting lives here (not in a script) so the
// benchmark cross-validates exactly the model the app ships.
import { FEATURE_BITS, type SentenceFeatures } from "./features";

export type Example = { features: SentenceFeatures; label: 0 | 1 };
/** `dense` weighs the pooled word vectors as they come (no scaling needed when scoring). */
export type Model = { bias: number; weights: Float32Array; dense: Float32Array };
export type TrainingOptions = { epochs: number; rate: number; l2: number; seed: number };

export const DEFAULT_TRAINING: TrainingOptions = { epochs: 8, rate: 0.05, l2: 1e-4, seed: 7 };

// While fitting, each word-vector value is standardised and then scaled to
// about the weight of one hashed feature (which is 0 or 1), so that neither
// kind drowns the other under the same learning rate and L2.
const DENSE_STEP = 0.15;

/** The log-odds that the sentence with these features is check-worthy. */
export function logOdds(model: Model, features: SentenceFeatures): number {
  let z = model.bias;
  const { hashed, dense } = features;
  for (let i = 0; i < hashed.length; i++) z += model.weights[hashed[i]];
  for (let i = 0; i < dense.length && i < model.dense.length; i++) z += model.dense[i] * dense[i];
  return z;
}

export function predict(model: Model, features: SentenceFeatures): number {
  return 1 / (1 + Math.exp(-logOdds(model, features)));
}

export function train(examples: readonly Example[], options: TrainingOptions = DEFAULT_TRAINING): Model {
  const size = 1 << FEATURE_BITS;
  const width = examples[0]?.features.dense.length ?? 0;
  const { mean, step } = standardisation(examples, width);
  const standardised = examples.map(({ features }) => features.dense.map((value, d) => (value - mean[d]) * step[d]));
  const weights = new Float32Array(size);
  const dense = new Float32Array(width);
  const squared = new Float32Array(size);
  const denseSquared = new Float32Array(width);
  let bias = 0;
  let biasSquared = 0;
  const order = examples.map((_, i) => i);
  const random = mulberry32(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    for (const index of order) {
      const { features, label } = examples[index];
      const x = standardised[index];
      let z = bias;
      for (const feature of features.hashed) z += weights[feature];
      for (let d = 0; d < width; d++) z += dense[d] * x[d];
      const gradient = 1 / (1 + Math.exp(-z)) - label;
      biasSquared += gradient * gradient;
      bias -= (options.rate * gradient) / Math.sqrt(biasSquared + 1e-8);
      for (const feature of features.hashed) {
        const g = gradient + options.l2 * weights[feature];
        squared[feature] += g * g;
        weights[feature] -= (options.rate * g) / Math.sqrt(squared[feature] + 1e-8);
      }
      for (let d = 0; d < width; d++) {
        const g = gradient * x[d] + options.l2 * dense[d];
        denseSquared[d] += g * g;
        dense[d] -= (options.rate * g) / Math.sqrt(denseSquared[d] + 1e-8);
      }
    }
  }
  // Fold the standardisation into the weights: w·(x − mean)·step = (w·step)·x − w·step·mean.
  for (let d = 0; d < width; d++) {
    dense[d] *= step[d];
    bias -= dense[d] * mean[d];
  }
  return { bias, weights, dense };
}

function standardisation(examples: readonly Example[], width: number): { mean: Float64Array; step: Float64Array } {
  const mean = new Float64Array(width);
  const spread = new Float64Array(width);
  for (const { features } of examples) for (let d = 0; d < width; d++) mean[d] += features.dense[d] / examples.length;
  for (const { features } of examples) for (let d = 0; d < width; d++) spread[d] += (features.dense[d] - mean[d]) ** 2 / examples.length;
  const step = spread.map((variance) => DENSE_STEP / (Math.sqrt(variance) || 1));
  return { mean, step };
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
