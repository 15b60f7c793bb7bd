import { describe, expect, it } from "vitest";
import { bayesThreshold, DEFAULT_NEWS_PRIOR, logit } from "./calibration";
import { scoreSentence } from "./score-sentence";

describe("bayesThreshold", () => {
  it("is 0.5 when the input has the training data's balance", () => {
    expect(bayesThreshold(0.25, 0.25)).toBeCloseTo(0.5);
  });

  it("moves the log-odds by the change of prior", () => {
    // Training on 25% check-worthy, input with 50%: the cut-off drops to 0.25.
    expect(bayesThreshold(0.25, 0.5)).toBeCloseTo(0.25);
    expect(logit(bayesThreshold(0.25, 0.1))).toBeCloseTo(logit(0.25) - logit(0.1));
  });

  it("refuses a prior of 0, 1 or outside", () => {
    for (const prior of [0, 1, -0.1, 1.5, Number.NaN]) expect(() => bayesThreshold(0.25, prior)).toThrow(RangeError);
  });
});

describe("scoreSentence with a prior", () => {
  it("scores higher when more of the input is expected to be check-worthy, by exactly the prior's log-odds", () => {
    const sentence = "The council approved a budget of £412m on Tuesday.";
    const low = scoreSentence(sentence, 0.1).score;
    const high = scoreSentence(sentence, 0.9).score;
    expect(high).toBeGreaterThan(low);
    expect(logit(high) - logit(low)).toBeCloseTo(logit(0.9) - logit(0.1), 5);
    expect(scoreSentence(sentence).score).toBe(scoreSentence(sentence, DEFAULT_NEWS_PRIOR).score);
  });
});
