import { describe, expect, it } from "vitest";
import { shownReasons } from "./shown-reasons";
import { spotClaims } from "./spot-claims";
import { detectReasons } from "./reasons";

describe("shownReasons", () => {
  it("keeps only the reasons whose pattern matches the suggested words", () => {
    const reasons = detectReasons("In 2019 the state owned 15% of Renault.");
    expect(reasons.map((reason) => reason.id)).toEqual(expect.arrayContaining(["percentage", "date"]));
    const shown = shownReasons({ exact: "the state owned 15% of Renault", reasons });
    expect(shown.map((reason) => reason.id)).toContain("percentage");
    expect(shown.map((reason) => reason.id)).not.toContain("date");
  });

  it("gives every spotted suggestion only reasons found in its own words", () => {
    const text = "Officials said in 2019 that unemployment, which rose 4% last year, was the highest since 1990, according to the ministry.\n\n" +
      "Renault, the carmaker, said on Monday that profits fell.";
    for (const suggestion of spotClaims(text)) {
      const inWords = new Set(detectReasons(suggestion.exact).map((reason) => reason.id));
      expect(shownReasons(suggestion).every((reason) => inWords.has(reason.id))).toBe(true);
    }
  });
});
