import { describe, expect, it } from "vitest";
import { lintClaim } from "./lint-claim";

const ids = (text: string) => lintClaim(text).map((finding) => finding.ruleId);

describe("consistency rules", () => {
  it.each([
    ["majority-under-half", "The French government, which owns a majority 15% of Renault, blocked a vote.", "The French government, which owns 15% of Renault, blocked a vote."],
    ["majority-under-half", "Renault, which holds a majority 43% stake.", "Renault holds a majority 51% stake in the venture."],
    ["majority-under-half", "Most voters, 38%, backed the plan.", "Most voters, 62%, backed the plan."],
    ["minority-over-half", "The fund holds a minority 60% stake.", "The fund holds a minority 30% stake."],
    ["shares-over-100", "Renault owns 60% of the venture and Nissan owns 55% of it.", "Renault owns 45% of the venture and Nissan owns 55% of it."],
    ["multiplier-mismatch", "Sales rose from 10 to 15 million, doubling in a year.", "Sales rose from 10 to 20 million, doubling in a year."],
    ["multiplier-mismatch", "The deficit was halved, from 8 billion to 6 billion.", "The deficit was halved, from 8 billion to 4 billion."],
    ["age-mismatch", "The 20-year-old alliance, formed in 1979, was renewed in 2019.", "The 40-year-old alliance, formed in 1979, was renewed in 2019."],
    ["age-mismatch", "The two decades old alliance began in 1999 and faltered in 2009.", "The two decades old alliance began in 1999 and faltered in 2019."],
    ["total-mismatch", "A total of 12 seats: 5 for the left and 6 for the right.", "A total of 11 seats: 5 for the left and 6 for the right."],
  ])("%s: flags “%s” and not “%s”", (rule, flagged, fine) => {
    expect(ids(flagged)).toContain(rule);
    expect(ids(fine)).not.toContain(rule);
  });

  it("explains each finding", () => {
    expect(lintClaim("owns a majority 15% of Renault")[0].message).toMatch(/under 50% is not a majority/);
  });

  it("finds nothing in plain statements from the demo article", () => {
    expect(lintClaim("France was ready to reduce its 15% stake in Renault to win Nissan’s backing.")).toEqual([]);
    expect(lintClaim("Senard succeeded Ghosn as chairman.")).toEqual([]);
  });
});
