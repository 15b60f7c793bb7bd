import { describe, expect, it } from "vitest";
import { DEMO_ARTICLE } from "@/lib/domain/spotting/demo-article.test-fixture";
import { splitSentences } from "@/lib/domain/spotting/split-sentences";
import { CONSISTENCY_RULES, lintClaim } from "./lint-claim";
import type { ConsistencyRule } from "./rule";

describe("lintClaim", () => {
  it("has one rule per id, each described", () => {
    const ids = CONSISTENCY_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(["majority-under-half", "minority-over-half", "majority-holder", "shares-over-100", "share-of-group-over-100", "multiplier-mismatch", "multiplier-against-baseline", "age-mismatch", "age-against-years", "total-mismatch", "remaining-part", "ages-against-count", "fraction-mismatch", "magnitude-mismatch", "rate-restatement", "ratio-restatement", "rank-mismatch", "rank-against-figures", "unit-restatement"]);
    for (const rule of CONSISTENCY_RULES) expect(rule.description).toMatch(/\.$/);
  });

  it("gives one finding for a slip two rules see, from the rule the other defers to", () => {
    const ids = lintClaim("Police seized 800kg of cannabis — eight tonnes of it — on Friday.").map((f) => f.ruleId);
    expect(ids).toEqual(["magnitude-mismatch"]);
    expect(lintClaim("The trip takes two days, or 30 hours, by coach.").map((f) => f.ruleId)).toEqual(["unit-restatement"]);
  });

  it("flags exactly the demo article's two majority errors", () => {
    const flagged = splitSentences(DEMO_ARTICLE)
      .map((sentence) => ({ text: sentence.text, ids: lintClaim(sentence.text).map((f) => f.ruleId) }))
      .filter((sentence) => sentence.ids.length > 0);
    expect(flagged).toEqual([
      { text: expect.stringContaining("which holds a majority 43% stake"), ids: ["majority-under-half"] },
      { text: expect.stringContaining("which owns a majority 15% of Renault"), ids: ["majority-under-half"] },
    ]);
  });

  it("gives offsets into the text it was given, across sentences", () => {
    const text = "Sales are fine. The 20-year-old alliance formed in 1979 was renewed in 2019. A total of 12: 5 from A and 6 from B.";
    const findings = lintClaim(text);
    expect(findings.map((f) => f.ruleId)).toEqual(["age-mismatch", "total-mismatch"]);
    expect(text.slice(findings[0].start, findings[0].end)).toMatch(/^20-year-old.*2019$/);
    expect(text.slice(findings[1].start, findings[1].end)).toBe("12: 5 from A and 6");
  });

  it("does not add up shares across sentences", () => {
    expect(lintClaim("France owns 60% of Renault. Nissan owns 45% of it.")).toEqual([]);
  });

  it("returns nothing for a clean claim or an empty text", () => {
    expect(lintClaim("Renault holds a majority 51% stake in Nissan.")).toEqual([]);
    expect(lintClaim("")).toEqual([]);
  });

  it("runs any list of rules, so a new rule is one file and one line", () => {
    const shouting: ConsistencyRule = {
      id: "shouting",
      description: "No capitals-only words.",
      check: (sentence) => (/\b[A-Z]{5,}\b/.test(sentence) ? [{ ruleId: "shouting", message: "Capitals." }] : []),
    };
    expect(lintClaim("Sales ROSE. Fine.", [shouting])).toEqual([]);
    expect(lintClaim("Sales SOARED.", [shouting])).toEqual([{ ruleId: "shouting", message: "Capitals.", start: undefined, end: undefined }]);
  });
});
