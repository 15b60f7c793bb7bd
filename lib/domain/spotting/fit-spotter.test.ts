import { describe, expect, it } from "vitest";
import { chooseThreshold, fitSpotter, toExample } from "./fit-spotter";
import { predict } from "./logistic-model";
import { scoreBinary } from "./metrics";

describe("fitSpotter", () => {
  it("learns to tell figures from opinions on a toy set", () => {
    const factual = Array.from({ length: 30 }, (_, i) => ({ text: `Exports rose ${i + 3}% in ${1990 + i}.`, label: 1 as const }));
    const opinion = Array.from({ length: 30 }, (_, i) => ({ text: `I believe we must do better, friend number ${"abcdefghij"[i % 10]}.`, label: 0 as const }));
    const { model, threshold } = fitSpotter([...factual, ...opinion].map(toExample), { epochs: 5, rate: 0.1, l2: 1e-4, seed: 1 });
    expect(predict(model, toExample({ text: "Imports fell 7% in 2004.", label: 1 }).features)).toBeGreaterThan(threshold);
    expect(predict(model, toExample({ text: "I believe we must do more.", label: 0 }).features)).toBeLessThan(threshold);
  });
});

describe("chooseThreshold", () => {
  it("picks the cut-off with the best F1", () => {
    const predictions = [
      { probability: 0.9, label: 1 as const },
      { probability: 0.6, label: 1 as const },
      { probability: 0.55, label: 0 as const },
      { probability: 0.2, label: 0 as const },
    ];
    expect(chooseThreshold(predictions)).toBeGreaterThan(0.55);
    expect(chooseThreshold(predictions)).toBeLessThanOrEqual(0.6);
  });
});

describe("scoreBinary", () => {
  it("computes precision, recall and F1 of the positive class", () => {
    const scores = scoreBinary([true, true, false, false], [1, 0, 1, 0]);
    expect(scores).toMatchObject({ precision: 0.5, recall: 0.5, f1: 0.5, truePositives: 1, falsePositives: 1, falseNegatives: 1 });
    expect(scoreBinary([false], [1]).f1).toBe(0);
  });
});

describe("toExample", () => {
  it("gives the model hashed words and the pooled word vectors", () => {
    const { features } = toExample({ text: "Renault's shares slumped 5% on Monday.", label: 1 });
    expect(features.hashed.length).toBeGreaterThan(5);
    expect(features.dense).toHaveLength(100);
    expect(features.dense.some((value) => value !== 0)).toBe(true);
  });
});
