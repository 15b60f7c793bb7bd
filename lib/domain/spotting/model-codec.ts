// The fitted spotter as a small JSON document: provenance in plain fields, the
// word-vector weights as plain numbers, the hashed-feature weights as base64
// (sorted feature indexes delta-encoded as varints, each followed by its weight
// quantised to one signed byte). A 2^18-slot model with
// ~60,000 non-zero weights takes ~160 KB this way instead of ~1 MB as JSON numbers.
import { FEATURE_BITS } from "./features";
import { fromBase64, toBase64 } from "./base64";
import type { Model } from "./logistic-model";

export type ModelDocument = {
  about: string;
  dataset: string;
  datasetLicence: string;
  fittedOn: string;
  fittedBy: string;
  crossValidation: string;
  featureBits: number;
  /** The F1-best cut-off on the training folds (kept for comparison; the scorer uses bayesThreshold). */
  threshold: number;
  /** Share of check-worthy sentences in the training data: the prior the model's probabilities assume. */
  trainingPrior: number;
  bias: number;
  scale: number;
  weights: string;
  /** Weights of the pooled word vectors (word-vectors.ts), in order. */
  dense: number[];
};

export type ModelProvenance = Pick<ModelDocument, "about" | "dataset" | "datasetLicence" | "fittedOn" | "fittedBy" | "crossValidation">;

export function encodeModel(model: Model, threshold: number, trainingPrior: number, provenance: ModelProvenance): ModelDocument {
  let largest = 0;
  for (const weight of model.weights) largest = Math.max(largest, Math.abs(weight));
  const scale = largest / 127 || 1;
  const bytes: number[] = [];
  let previous = 0;
  model.weights.forEach((weight, index) => {
    const quantised = Math.round(weight / scale);
    if (quantised === 0) return;
    for (let delta = index - previous; ; delta >>>= 7) {
      if (delta < 0x80) {
        bytes.push(delta);
        break;
      }
      bytes.push((delta & 0x7f) | 0x80);
    }
    bytes.push(quantised & 0xff);
    previous = index;
  });
  return {
    ...provenance,
    featureBits: FEATURE_BITS,
    threshold: round(threshold, 4),
    trainingPrior: round(trainingPrior, 4),
    bias: round(model.bias, 6),
    scale: round(scale, 8),
    weights: toBase64(Uint8Array.from(bytes)),
    dense: Array.from(model.dense, (weight) => round(weight, 6)),
  };
}

export function decodeModel(document: ModelDocument): Model {
  if (document.featureBits !== FEATURE_BITS) {
    throw new Error(`Spotter weights were fitted for ${document.featureBits}-bit features, the code uses ${FEATURE_BITS}.`);
  }
  const weights = new Float32Array(1 << FEATURE_BITS);
  const bytes = fromBase64(document.weights);
  let index = 0;
  for (let at = 0; at < bytes.length; ) {
    let delta = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = bytes[at++];
      delta |= (byte & 0x7f) << shift;
      if (byte < 0x80) break;
    }
    index += delta;
    const quantised = bytes[at++];
    weights[index] = (quantised > 127 ? quantised - 256 : quantised) * document.scale;
  }
  return { bias: document.bias, weights, dense: Float32Array.from(document.dense) };
}

function round(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}
