import { describe, expect, it } from "vitest";
import { areaUnderCurve, scoreBinary } from "./metrics";

describe("areaUnderCurve", () => {
  it("is 1 for a perfect ranking, 0 for a reversed one and 0.5 for ties", () => {
    expect(areaUnderCurve([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1])).toBe(1);
    expect(areaUnderCurve([0.9, 0.8, 0.2, 0.1], [0, 0, 1, 1])).toBe(0);
    expect(areaUnderCurve([0.5, 0.5, 0.5, 0.5], [0, 1, 0, 1])).toBe(0.5);
  });

  it("counts the pairs ranked right", () => {
    // Positives 0.6 and 0.3 against negatives 0.4 and 0.1: three of four pairs right.
    expect(areaUnderCurve([0.6, 0.4, 0.3, 0.1], [1, 0, 1, 0])).toBe(0.75);
  });

  it("is undefined with one class only", () => expect(areaUnderCurve([0.1, 0.2], [1, 1])).toBeNaN());
});

describe("scoreBinary", () => {
  it("gives precision, recall and F1 of the positive class", () => {
    const scores = scoreBinary([true, true, false, false], [1, 0, 1, 0]);
    expect([scores.precision, scores.recall, scores.f1]).toEqual([0.5, 0.5, 0.5]);
  });
});
