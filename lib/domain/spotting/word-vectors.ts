// Pretrained word vectors (GloVe, public domain), reduced to the most frequent
// words and a few dimensions by scripts/derive-word-vectors.ts. They let the
// spotter treat words it never saw in its debate training sentences like the
// words they resemble ("stake" like "share", "slumped" like "fell"), which
// matters because news copy uses a far wider vocabulary than debates.
import { fromBase64, toBase64 } from "./base64";
import shippedDocument from "./word-vectors.json";

export type WordVectorsDocument = {
  about: string;
  source: string;
  licence: string;
  derivedBy: string;
  dimensions: number;
  /** Per dimension, the value of one quantisation step. */
  scales: number[];
  /** The words, most frequent first, separated by single spaces. */
  words: string;
  /** One signed byte per word and dimension, word after word, as base64. */
  vectors: string;
};

export type WordVectors = {
  dimensions: number;
  /** The vector of a lower-case word, or undefined when the word is not in the table. */
  lookup(word: string): Float32Array | undefined;
};

export function encodeWordVectors(
  words: readonly string[],
  vectors: readonly Float32Array[],
  about: Omit<WordVectorsDocument, "dimensions" | "scales" | "words" | "vectors">,
): WordVectorsDocument {
  const dimensions = vectors[0]?.length ?? 0;
  const scales = Array.from({ length: dimensions }, (_, d) => {
    let largest = 0;
    for (const vector of vectors) largest = Math.max(largest, Math.abs(vector[d]));
    return Number((largest / 127 || 1).toPrecision(6));
  });
  const bytes = new Uint8Array(words.length * dimensions);
  vectors.forEach((vector, w) => {
    for (let d = 0; d < dimensions; d++) bytes[w * dimensions + d] = Math.round(vector[d] / scales[d]) & 0xff;
  });
  return { ...about, dimensions, scales, words: words.join(" "), vectors: toBase64(bytes) };
}

export function decodeWordVectors(document: WordVectorsDocument): WordVectors {
  const { dimensions, scales } = document;
  const words = document.words.split(" ");
  const bytes = fromBase64(document.vectors);
  if (bytes.length !== words.length * dimensions) {
    throw new Error(`Word vectors hold ${bytes.length} values, expected ${words.length} words × ${dimensions}.`);
  }
  const values = new Float32Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) values[i] = (bytes[i] > 127 ? bytes[i] - 256 : bytes[i]) * scales[i % dimensions];
  const index = new Map<string, number>();
  words.forEach((word, i) => {
    if (!index.has(word)) index.set(word, i);
  });
  return {
    dimensions,
    lookup(word) {
      const at = index.get(word);
      return at === undefined ? undefined : values.subarray(at * dimensions, (at + 1) * dimensions);
    },
  };
}

let shipped: WordVectors | undefined;

/** The vectors shipped with the project, decoded once on first use. */
export function shippedWordVectors(): WordVectors {
  shipped ??= decodeWordVectors(shippedDocument as WordVectorsDocument);
  return shipped;
}

/**
 * The sentence's words pooled into one vector: their mean, then their
 * element-wise maximum (2 × dimensions values). GloVe splits clitics, so
 * "don't" is looked up as "do" and "n't". All zeros when no word is known.
 */
export function poolWordVectors(vectors: WordVectors, words: readonly string[]): Float32Array {
  const { dimensions } = vectors;
  const pooled = new Float32Array(2 * dimensions);
  const max = pooled.subarray(dimensions);
  max.fill(-Infinity);
  let found = 0;
  for (const word of words) {
    for (const part of gloveTokens(word)) {
      const vector = vectors.lookup(part);
      if (!vector) continue;
      found++;
      for (let d = 0; d < dimensions; d++) {
        pooled[d] += vector[d];
        if (vector[d] > max[d]) max[d] = vector[d];
      }
    }
  }
  if (found === 0) return pooled.fill(0);
  for (let d = 0; d < dimensions; d++) pooled[d] /= found;
  return pooled;
}

function gloveTokens(word: string): string[] {
  const apostrophe = word.indexOf("'");
  if (apostrophe <= 0) return [word];
  if (word.endsWith("n't")) return [word.slice(0, -3), "n't"];
  return [word.slice(0, apostrophe), word.slice(apostrophe)];
}
