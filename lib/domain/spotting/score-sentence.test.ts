import { describe, expect, it } from "vitest";
import { createSentenceScorer, isCheckWorthyScore, scoreSentence } from "./score-sentence";
import { FEATURE_BITS } from "./features";

describe("scoreSentence", () => {
  it.each([
    "The French government owns 15% of Renault.",
    "Unemployment fell from 7.2% to 5.1% between 2010 and 2016.",
    "The Senate voted 52 to 48 to pass the bill last year.",
    "We have cut taxes for 95 percent of working families.",
  ])("finds %s check-worthy", (sentence) => {
    const { score, reasons } = scoreSentence(sentence);
    expect(isCheckWorthyScore(score)).toBe(true);
    expect(reasons.length).toBeGreaterThan(0);
  });

  it.each([
    "I think we should do better.",
    "Thank you very much for having me tonight.",
    "We need leadership that believes in the American people.",
    "What a wonderful question.",
  ])("finds %s not check-worthy", (sentence) => {
    expect(isCheckWorthyScore(scoreSentence(sentence).score)).toBe(false);
  });

  it("scores between 0 and 1, and 0 for a line without words", () => {
    for (const sentence of ["", "   ", "…", "Yes.", "It rose 5%."]) {
      const { score } = scoreSentence(sentence);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
    expect(scoreSentence("   ")).toEqual({ score: 0, reasons: [] });
  });

  it("puts the model's threshold at 0.5", () => {
    const empty = { bias: 0, weights: new Float32Array(1 << FEATURE_BITS), dense: new Float32Array(0) };
    expect(createSentenceScorer(empty, 0.5)("Anything at all.").score).toBeCloseTo(0.5);
    expect(createSentenceScorer(empty, 0.3)("Anything at all.").score).toBeGreaterThan(0.5);
    expect(createSentenceScorer(empty, 0.7)("Anything at all.").score).toBeLessThan(0.5);
  });
});
