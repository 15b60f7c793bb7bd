import { describe, expect, it } from "vitest";
import { compareWithEarlierCheck, type EarlierCheck } from "./check-memory";

const day = (date: Date) => date.toISOString().slice(0, 10);
const earlier = (overrides: Partial<EarlierCheck>): EarlierCheck => ({
  id: "e1", articleId: "a1", headline: "Renault and Nissan", verdict: "verified",
  exact: "The French government owns 15% of Renault.", correction: null, verdictSetAt: new Date("2019-06-12T10:00:00Z"), similarity: 0.4,
  ...overrides,
});

describe("compareWithEarlierCheck", () => {
  it("warns when a verified claim states the same stake with another figure", () => {
    expect(compareWithEarlierCheck("The French government owns 25% of Renault.", earlier({}), day)).toMatchObject({
      summary: "verified 15% stake",
      message: "Checked before: verified 15% stake, 2019-06-12 (“Renault and Nissan”); this claim says 25%.",
    });
  });

  it("takes a corrected claim's correction as what was found true", () => {
    const corrected = earlier({ verdict: "corrected", exact: "The French government owns 25% of Renault.", correction: "The French government owns 15% of Renault." });
    expect(compareWithEarlierCheck("The French government owns 25% of Renault.", corrected, day)?.summary).toBe("corrected 15% stake");
    expect(compareWithEarlierCheck("The French government owns 15% of Renault.", corrected, day)).toBeNull();
  });

  it("compares lone figures only for a close match", () => {
    const close = earlier({ exact: "Unemployment fell to 4.2% in March.", similarity: 0.7 });
    expect(compareWithEarlierCheck("Unemployment fell to 4.8% in March.", close, day)?.summary).toBe("verified 4.2%");
    expect(compareWithEarlierCheck("Unemployment fell to 4.8% in March.", { ...close, similarity: 0.3 }, day)).toBeNull();
  });

  it.each([
    ["the same figure", "The French government owns 15% of Renault.", {}],
    ["a disputed earlier claim", "The French government owns 25% of Renault.", { verdict: "disputed" }],
    ["another holder", "Nissan owns 25% of Renault.", {}],
  ])("says nothing for %s", (_why, text, overrides) => {
    expect(compareWithEarlierCheck(text, earlier(overrides), day)).toBeNull();
  });
});
