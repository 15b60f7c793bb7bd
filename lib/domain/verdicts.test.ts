import { describe, expect, it } from "vitest";
import { checkVerdictRules } from "./verdicts";

describe("checkVerdictRules", () => {
  it("lets a claim go back to pending with nothing else", () => {
    expect(checkVerdictRules({ verdict: "pending", sourceCount: 0 })).toEqual({});
  });
  it("needs a source for verified", () => {
    expect(Object.keys(checkVerdictRules({ verdict: "verified", sourceCount: 0 }))).toEqual(["sources"]);
    expect(checkVerdictRules({ verdict: "verified", sourceCount: 1 })).toEqual({});
  });
  it("needs a rationale for disputed, but no source", () => {
    expect(Object.keys(checkVerdictRules({ verdict: "disputed", rationale: "  ", sourceCount: 0 }))).toEqual(["rationale"]);
    expect(checkVerdictRules({ verdict: "disputed", rationale: "No record of it", sourceCount: 0 })).toEqual({});
  });
  it("needs wording, rationale and a source for corrected", () => {
    expect(Object.keys(checkVerdictRules({ verdict: "corrected", sourceCount: 0 })).sort()).toEqual([
      "correction",
      "rationale",
      "sources",
    ]);
    expect(
      checkVerdictRules({ verdict: "corrected", correction: "owns 15%", rationale: "15% is a minority", sourceCount: 2 }),
    ).toEqual({});
  });
});
