import { describe, expect, it } from "vitest";
import { VERDICT_COLOURS } from "@/lib/domain/verdict-colours";
import { VERDICTS } from "@/lib/domain/verdicts";
import { highlightStyle, VERDICT_BADGE_CLASS } from "./verdict-style";

// The hex values of the Tailwind shades the badges use (Tailwind 4 writes them in
// oklch; these are the same colours to within rounding).
const TAILWIND: Record<string, string> = {
  "stone-200": "#e7e5e4", "stone-800": "#292524",
  "emerald-100": "#d1fae5", "emerald-900": "#064e3b",
  "amber-100": "#fef3c7", "amber-900": "#78350f",
  "sky-100": "#e0f2fe", "sky-900": "#0c4a6e",
};

describe("verdict colours", () => {
  it("gives badges and highlights the palette the fact-check report prints", () => {
    for (const verdict of VERDICTS) {
      const [background, text] = VERDICT_BADGE_CLASS[verdict].split(" ").map((name) => TAILWIND[name.replace(/^(bg|text)-/, "")]);
      expect({ background, text }).toEqual({ background: VERDICT_COLOURS[verdict].tint, text: VERDICT_COLOURS[verdict].text });
      const style = highlightStyle([{ id: "c", verdict, lane: 0, length: 3 }], null);
      expect(style.backgroundColor).toBe(VERDICT_COLOURS[verdict].tint);
    }
  });
});
