// "The new pitch measures 105 metres by 68 metres, an area of 7,140 square metres": two lengths, one by the other, then
// the area they make. unit-restatement reports it (one measure said twice); it is read here so that the rule stays short.
import type { Measure } from "../measures";
import type { Finding } from "../rule";

const BY = /^\s*(?:by|x|×)\s*$/i;
// Then a bracket, comma or dash, perhaps a word saying it is the area, or a verb of covering ("…, and covers");
// and perhaps an approximation.
const AREA_SAID = /^\s*\)?\s*(?:(?:\(|,|[–—]|\s-\s|:)\s*(?:(?:or|that is|i\.e\.,?|giving|covering|an?\s+(?:total\s+)?area\s+of|a\s+total\s+of)\s+)?|(?:,\s*|\s+and\s+)?(?:covers|covered|covering|occupies|occupied|occupying)\s+(?:an\s+area\s+of\s+)?)(?:(?:some|about|around|roughly|nearly|almost|approximately|just over|just under|close to)\s+)?$/i;

/** Two lengths by each other, then an area set off after them that must be their product. */
export function areaAgainstSides(sentence: string, measures: readonly Measure[], ruleId: string): Finding[] {
  const findings: Finding[] = [];
  for (let i = 0; i + 2 < measures.length; i++) {
    const [a, b, area] = [measures[i], measures[i + 1], measures[i + 2]];
    if (a.dimension !== "length" || b.dimension !== "length" || area.dimension !== "area") continue;
    if (!BY.test(sentence.slice(a.end, b.start)) || !AREA_SAID.test(sentence.slice(b.end, area.start))) continue;
    const product = a.base * b.base;
    const isExact = [a, b, area].every((m) => m.approx === "exact");
    const slack = a.slack * b.base + b.slack * a.base + area.slack + (isExact ? 0.02 : 0.06) * Math.max(product, area.base);
    if (Math.abs(product - area.base) <= slack) continue;
    findings.push({
      ruleId,
      message: `${a.text} by ${b.text} is ${format(product)} square metres, but it is restated as ${area.text} (${format(area.base)} square metres).`,
      start: a.start,
      end: area.end,
    });
  }
  return findings;
}

function format(value: number): string {
  return Number(value.toPrecision(4)).toLocaleString("en-US");
}
