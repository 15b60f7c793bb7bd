import { describe, expect, it } from "vitest";
import { editDistance, prefixSimilarity, suffixSimilarity, textSimilarity } from "./reanchor-similarity";

describe("editDistance and textSimilarity", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("same", "same")).toBe(0);
    expect(textSimilarity("owns a majority 15%", "owns 15%")).toBeCloseTo(1 - 11 / 19);
    expect(textSimilarity("", "")).toBe(1);
  });
});

describe("context similarity", () => {
  it("reads the new context over 32 characters, so a prefix cut by the text start still means 'the start'", () => {
    expect(prefixSimilarity("", "Renault holds 43%", 0)).toBe(1);
    expect(prefixSimilarity("", "x".repeat(40) + "Renault", 40)).toBe(0);
    expect(prefixSimilarity("Renault ", "Renault holds", 8)).toBe(1);
    expect(suffixSimilarity(".", "holds 43%.", 9)).toBe(1);
    expect(suffixSimilarity(".", "holds 43%. And more text follows here", 9)).toBeLessThan(0.1);
  });
});
