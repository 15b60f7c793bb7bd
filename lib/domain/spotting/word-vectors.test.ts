import { describe, expect, it } from "vitest";
import {
  decodeWordVectors,
  encodeWordVectors,
  poolWordVectors,
  shippedWordVectors,
  type WordVectorsDocument,
} from "./word-vectors";
import shippedDocument from "./word-vectors.json";

const ABOUT = { about: "test", source: "test", licence: "test", derivedBy: "test" };

function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    aa += a[i] * a[i];
    bb += b[i] * b[i];
  }
  return dot / Math.sqrt(aa * bb);
}

describe("word vectors codec", () => {
  it("round-trips vectors to within one quantisation step per dimension", () => {
    const vectors = [Float32Array.of(1, -2, 0.5), Float32Array.of(-0.25, 2, 0), Float32Array.of(0, 0.01, -0.5)];
    const document = encodeWordVectors(["alpha", "beta", "n't"], vectors, ABOUT);
    const decoded = decodeWordVectors(JSON.parse(JSON.stringify(document)) as WordVectorsDocument);
    expect(decoded.dimensions).toBe(3);
    ["alpha", "beta", "n't"].forEach((word, w) => {
      const vector = decoded.lookup(word)!;
      for (let d = 0; d < 3; d++) expect(Math.abs(vector[d] - vectors[w][d])).toBeLessThanOrEqual(document.scales[d] / 2 + 1e-6);
    });
    expect(decoded.lookup("gamma")).toBeUndefined();
  });

  it("refuses a table whose values do not match its words", () => {
    const document = encodeWordVectors(["alpha", "beta"], [Float32Array.of(1, 2), Float32Array.of(3, 4)], ABOUT);
    expect(() => decodeWordVectors({ ...document, words: "alpha" })).toThrow(/expected 1 words × 2/);
  });
});

describe("poolWordVectors", () => {
  const vectors = decodeWordVectors(
    encodeWordVectors(["do", "n't", "it", "'s", "up"], [
      Float32Array.of(1, 0),
      Float32Array.of(-1, 1),
      Float32Array.of(0.5, 0.5),
      Float32Array.of(0, -1),
      Float32Array.of(1, 1),
    ], ABOUT),
  );

  it("gives the mean then the maximum of the known words", () => {
    const pooled = Array.from(poolWordVectors(vectors, ["up", "it", "unknown"]));
    expect(pooled[0]).toBeCloseTo(0.75, 1);
    expect(pooled[1]).toBeCloseTo(0.75, 1);
    expect(pooled[2]).toBeCloseTo(1, 1);
    expect(pooled[3]).toBeCloseTo(1, 1);
  });

  it("looks clitics up the way GloVe splits them", () => {
    const pooled = Array.from(poolWordVectors(vectors, ["don't"]));
    expect(pooled[0]).toBeCloseTo(0, 1); // mean of "do" and "n't"
    expect(pooled[1]).toBeCloseTo(0.5, 1);
    expect(Array.from(poolWordVectors(vectors, ["it's"]))[1]).toBeCloseTo(-0.25, 1);
  });

  it("is all zeros when no word is known", () => {
    expect(Array.from(poolWordVectors(vectors, ["zzz", "qqq"]))).toEqual([0, 0, 0, 0]);
    expect(Array.from(poolWordVectors(vectors, []))).toEqual([0, 0, 0, 0]);
  });
});

describe("the shipped word vectors", () => {
  it("name their source and its licence", () => {
    const document = shippedDocument as WordVectorsDocument;
    expect(document.source).toMatch(/GloVe/);
    expect(document.licence).toMatch(/PDDL/);
    expect(document.words.split(" ")).toHaveLength(30_000);
    expect(document.dimensions).toBe(50);
  });

  it("put words of news copy near the words they resemble", () => {
    const vectors = shippedWordVectors();
    const v = (word: string) => vectors.lookup(word)!;
    expect(cosine(v("stake"), v("shares"))).toBeGreaterThan(cosine(v("stake"), v("banana")));
    expect(cosine(v("slumped"), v("fell"))).toBeGreaterThan(cosine(v("slumped"), v("wonderful")));
    expect(cosine(v("percent"), v("rate"))).toBeGreaterThan(cosine(v("percent"), v("tonight")));
  });
});
