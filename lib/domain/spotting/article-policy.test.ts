import { describe, expect, it } from "vitest";
import { isCheckWorthyInArticle } from "./article-policy";
import { detectReasons } from "./reasons";

const decide = (sentence: string, score: number) => isCheckWorthyInArticle(sentence, score, detectReasons(sentence));

describe("isCheckWorthyInArticle", () => {
  it("never suggests a sentence no reason explains, however high its score", () => {
    expect(decide("The French state wants the relationship repaired.", 0.9)).toBe(false);
  });

  it.each([
    "France owns 15% of Renault.",
    "The vote was held on Monday.",
    "Sales were weak, he said.",
    "Nissan refused the merger.",
    "Renault sold 3 million cars.",
  ])("always suggests %s (share, date, attribution, named actor, stated figure)", (sentence) => {
    expect(decide(sentence, 0.01)).toBe(true);
  });

  it("leaves weaker reasons to the model's score", () => {
    const sentence = "The two leaders are closer than ever.";
    expect(detectReasons(sentence).length).toBeGreaterThan(0);
    expect(decide(sentence, 0.2)).toBe(false);
    expect(decide(sentence, 0.8)).toBe(true);
  });
});
