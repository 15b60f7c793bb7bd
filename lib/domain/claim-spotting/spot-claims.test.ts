import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { normaliseArticleText } from "../article-text";
import { detectReasons, type ReasonId } from "./reasons";
import { scoreSentence, spotClaims } from "./spot-claims";
import { splitSentences } from "./split-sentences";
import { suggestSpan } from "./suggest-span";

const DEMO = normaliseArticleText(fs.readFileSync(path.resolve(__dirname, "../../../prisma/seed/renault-nissan-alliance.txt"), "utf8"));

describe("reasons", () => {
  it.each<[ReasonId, string, string]>([
    ["figure", "The plant employs 4,200 people.", "The plant employs many people."],
    ["share", "The state owns 15% of Renault.", "The state owns part of Renault."],
    ["comparison", "It is the largest carmaker in France.", "It is a carmaker in France."],
    ["change", "Sales rose sharply after the launch.", "Sales were good after the launch."],
    ["factual-statement", "Nissan refused to study the merger.", "They might study the merger."],
    ["attributed", "“We can reduce the stake,” he told AFP.", "We can reduce the stake."],
    ["causal", "The vote was delayed because the state objected.", "The vote was delayed and the state objected."],
    ["date", "The alliance was formed in 1999.", "The alliance was formed long ago."],
  ])("%s: “%s” yes, “%s” no", (reason, yes, no) => {
    expect(detectReasons(yes).map((r) => r.id)).toContain(reason);
    expect(detectReasons(no).map((r) => r.id)).not.toContain(reason);
  });
});

describe("splitSentences", () => {
  it("keeps abbreviations, initials and decimals inside sentences, with offsets", () => {
    const text = "Mr. Senard met J. Smith in the U.S. on Monday. Growth was 1.5% last year.\n\nNew paragraph here.";
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual([
      "Mr. Senard met J. Smith in the U.S. on Monday.",
      "Growth was 1.5% last year.",
      "New paragraph here.",
    ]);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });
});

describe("suggestSpan", () => {
  it("drops the attribution tail and lead", () => {
    const sentence = "France was ready to reduce its stake, finance minister Bruno Le Maire told reporters last week.";
    const span = suggestSpan(sentence);
    expect(sentence.slice(span.start, span.end)).toBe("France was ready to reduce its stake");
    const reported = "It is reported that Renault is unhappy with France’s interference.";
    const lead = suggestSpan(reported);
    expect(reported.slice(lead.start, lead.end)).toBe("Renault is unhappy with France’s interference");
  });
});

describe("spotClaims on the demo article", () => {
  const suggested = spotClaims(DEMO).filter((s) => s.isCheckWorthy).map((s) => s.exact);
  const isSuggested = (words: string) => suggested.some((exact) => exact.includes(words));

  it.each([
    "which owns a majority 15% of Renault", // a stake
    "which holds a majority 43% stake", // a stake
    "two decades old alliance", // a figure and a date
    "Senard succeeded Ghosn as chairman", // a named person's factual statement
    "France was ready to reduce its 15% stake", // a stake, attributed
    "Ghosn is facing financial misconduct charges", // attributed statement
    "This led to FCA walking away", // attributed cause
    "Looking at the past 20 years", // a figure, quoted
  ])("suggests the sentence with “%s”", (words) => {
    expect(isSuggested(words)).toBe(true);
  });

  it.each([
    "The priority now is to make the alliance successful", // opinion
    "Therefore it is essential not only to preserve", // opinion
    "The French state wants the Renault-Nissan relationship repaired", // scene-setting
    "Renault will now focus on repairing its strained marriage", // scene-setting
  ])("does not suggest “%s”", (words) => {
    expect(isSuggested(words)).toBe(false);
  });

  it("gives spans that are exactly the text at their offsets, scores in 0..1 and reasons", () => {
    for (const suggestion of spotClaims(DEMO)) {
      expect(DEMO.slice(suggestion.start, suggestion.end)).toBe(suggestion.exact);
      expect(suggestion.score).toBeGreaterThanOrEqual(0);
      expect(suggestion.score).toBeLessThanOrEqual(1);
    }
    expect(scoreSentence("The state owns a majority 15% of Renault.").reasons.map((r) => r.id)).toEqual(
      expect.arrayContaining(["figure", "share"]),
    );
  });
});
