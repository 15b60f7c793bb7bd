// The fitted spotter as a small JSON document: provenance in plain fields, the
// weights as base64 (sorted feature indexes delta-encoded as varints, each
// followed by its weight quantised to one signed byte). A 2^18-slot model with
// ~60,000 non-zero weights takes ~160 KB this way instead of ~1 MB as JSON numbers.
import { FEATURE_BITS } from "./features";
import type { Model } from "./logistic-model";

export type ModelDocument = {
  about: string;
  dataset: string;
  datasetLicence: string;
  fittedOn: string;
  fittedBy: string;
  crossValidation: string;
  featureBits: number;
  threshold: number;
  bias: number;
  scale: number;
  weights: string;
};

export type ModelProvenance = Pick<ModelDocument, "about" | "dataset" | "datasetLicence" | "fittedOn" | "fittedBy" | "crossValidation">;

export function encodeModel(model: Model, threshold: number, provenance: ModelProvenance): ModelDocument {
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
    bias: round(model.bias, 6),
    scale: round(scale, 8),
    weights: toBase64(Uint8Array.from(bytes)),
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
  return { bias: document.bias, weights };
}

function round(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}

// Buffer is Node-only and atob/btoa work on strings: this runs in both.
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function toBase64(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63];
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63] : "=";
    out += i + 2 < bytes.length ? ALPHABET[n & 63] : "=";
  }
  return out;
}

const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DIGIT[ALPHABET.charCodeAt(i)] = i;

function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, "");
  if (/[^A-Za-z0-9+/]/.test(clean)) throw new Error("Spotter weights are not valid base64.");
  const digit = (i: number) => (i < clean.length ? DIGIT[clean.charCodeAt(i)] : 0);
  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let at = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const n = (digit(i) << 18) | (digit(i + 1) << 12) | (digit(i + 2) << 6) | digit(i + 3);
    bytes[at++] = (n >> 16) & 255;
    if (at < bytes.length) bytes[at++] = (n >> 8) & 255;
    if (at < bytes.length) bytes[at++] = n & 255;
  }
  return bytes;
}
