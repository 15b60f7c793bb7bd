import { describe, expect, it } from "vitest";
import type { ReviewClaim } from "@/lib/server/articles/get-article-for-review";
import { fromWireClaim, fromWireSuggestion, toWireClaim, toWireSuggestion } from "./review-wire";

const TEXT = "The council spent 4.2 million euros. Nissan refused 🚗 the merger in 2019.";
const claimOn = (words: string, overrides: Partial<ReviewClaim> = {}): ReviewClaim => {
  const start = TEXT.indexOf(words);
  return {
    id: "c1", exact: words, start, end: start + words.length, restated: words, verdict: "pending", correction: null, rationale: null,
    isOrphaned: false, version: 1, updatedAt: new Date(0), assignee: null, ...overrides,
  };
};

describe("the review page's wire format", () => {
  it("sends a claim's words only when the text cannot give them back, and restores them", () => {
    const anchored = claimOn("Nissan refused 🚗 the merger");
    expect(toWireClaim(anchored, TEXT)).toMatchObject({ exact: null, restated: null });
    expect(fromWireClaim(toWireClaim(anchored, TEXT), TEXT)).toEqual(anchored);

    const restated = claimOn("The council spent 4.2 million euros", { restated: "The council spent €4.2m" });
    expect(toWireClaim(restated, TEXT)).toMatchObject({ exact: null, restated: "The council spent €4.2m" });
    expect(fromWireClaim(toWireClaim(restated, TEXT), TEXT)).toEqual(restated);

    // An orphaned claim's words are gone from the text: they travel with it.
    const orphaned = { ...claimOn("The council"), exact: "The mayor", restated: "The mayor", isOrphaned: true };
    expect(toWireClaim(orphaned, TEXT).exact).toBe("The mayor");
    expect(fromWireClaim(toWireClaim(orphaned, TEXT), TEXT)).toEqual(orphaned);
  });

  it("sends a suggestion as offsets only", () => {
    const start = TEXT.indexOf("Nissan");
    const suggestion = { start, end: TEXT.length - 1, exact: TEXT.slice(start, -1), score: 0.8, isCheckWorthy: true, reasons: [], findings: [] };
    expect(toWireSuggestion(suggestion)).not.toHaveProperty("exact");
    expect(fromWireSuggestion(toWireSuggestion(suggestion), TEXT)).toEqual(suggestion);
  });
});
