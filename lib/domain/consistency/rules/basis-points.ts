import { WORD_NUMBER, wordValue } from "../number-words";
import type { Finding } from "../rule";
import { isDifferenceOrPart } from "./difference-after";

// A change in a rate said in basis points and again in percentage points: "cut by 25 basis points to 4.75 per cent, a
// reduction of 2.5 percentage points" is a quarter of a point. A basis point is a hundredth of a percentage point, so
// the slip is the misplaced decimal. Neither is a measure of measures.ts nor a share, so unit-restatement reads them
// here (its own file: the rule stays short, and the shared parsers stay as they are).

// "25 basis points", "25bp", "25 bps", "25-basis-point".
export const BASIS_POINTS = /(?<![\d.,])(\d+(?:\.\d+)?)[\s-]?(?:basis[\s-]points?|bps?)\b/gi;
// "2.5 percentage points", "half a percentage point", "a quarter of a percentage point", "two percentage points".
const FRACTION_OF_A = "half\\s+a|a\\s+quarter\\s+of\\s+a|three[\\s-]quarters\\s+of\\s+a|a";
export const PERCENTAGE_POINTS = new RegExp(`(?<![\\p{L}\\d.,-])(\\d+(?:\\.\\d+)?|${WORD_NUMBER}|${FRACTION_OF_A})[\\s-]percentage[\\s-]points?\\b`, "giu");
const FRACTION_VALUE: Record<string, number> = { "half a": 0.5, "a quarter of a": 0.25, "three quarters of a": 0.75, a: 1 };

// Between the two: perhaps the level the rate was moved to ("to 4.75 per cent", "from 5% to 4.75%"), then a bracket,
// a comma or dash, or "or"; perhaps "that is", "equivalent to"; perhaps the change named ("a reduction of"), or an
// approximation. ("cut by 25 basis points, and by 1.5 percentage points since January" is two changes.)
const LEVEL = "[\\d.]+\\s?(?:%|per\\s?cent)";
const CHANGE_NOUN = "reduction|cut|rise|increase|fall|drop|hike|change|move|decrease|easing|tightening";
const SAID_SAME = new RegExp(
  `^\\s*(?:(?:from\\s+${LEVEL}\\s+)?to\\s+${LEVEL})?\\s*(?:\\(|,|[–—]|\\s-\\s|\\bor\\b)\\s*(?:(?:or|that is|i\\.e\\.|equivalent to|the equivalent of)\\s+)?(?:(?:an?|the)\\s+(?:${CHANGE_NOUN})\\s+of\\s+)?(?:(?:some|about|around|roughly|nearly|almost|just over|just under|close to)\\s+)?$`,
  "i",
);
// After the second: a span it is counted over, or a comparison, makes it another change ("1.5 percentage points since
// January", "in all this year", "2.5 percentage points below its peak").
const ANOTHER_CHANGE_AFTER = /^\s+(?:since|over|this|so\s+far|in\s+(?:total|all|the|19|20)|altogether|from|across|during|below|above|under|higher|lower)\b/i;

export type Points = { value: number; slack: number; start: number; end: number; text: string };

export function pointsOf(sentence: string, pattern: RegExp, scale: number): Points[] {
  return [...sentence.matchAll(pattern)].flatMap((m) => {
    const written = m[1].toLowerCase().replace(/[\s-]+/g, " ");
    const digits = /^\d/.test(written);
    const value = digits ? Number(written) : (FRACTION_VALUE[written] ?? wordValue(written));
    if (!Number.isFinite(value)) return [];
    // Half the last digit written ("2.5" ± 0.05); a word or a fraction is said to the point it names.
    const decimals = digits ? (written.split(".")[1]?.length ?? 0) : 0;
    return [{ value: value * scale, slack: digits ? 0.5 * 10 ** -decimals * scale : 0, start: m.index, end: m.index + m[0].length, text: m[0] }];
  });
}

/** "25 basis points …, a reduction of 2.5 percentage points": the change in basis points against its restatement. */
export function basisPointsAgainstPoints(sentence: string, ruleId: string): Finding[] {
  if (!/basis[\s-]points?|\d[\s-]?bps?\b/i.test(sentence) || !/percentage[\s-]points?/i.test(sentence)) return [];
  // Both in basis points.
  const all = [...pointsOf(sentence, BASIS_POINTS, 1), ...pointsOf(sentence, PERCENTAGE_POINTS, 100)].sort((a, b) => a.start - b.start);
  const findings: Finding[] = [];
  for (let i = 0; i + 1 < all.length; i++) {
    const [first, second] = [all[i], all[i + 1]];
    const isBasis = (p: Points) => /basis|bp/i.test(p.text);
    if (isBasis(first) === isBasis(second) || !SAID_SAME.test(sentence.slice(first.end, second.start))) continue;
    const after = sentence.slice(second.end, second.end + 30);
    if (isDifferenceOrPart(after) || ANOTHER_CHANGE_AFTER.test(after)) continue;
    if (Math.abs(first.value - second.value) <= first.slack + second.slack + 1e-9) continue;
    const [basis, points] = isBasis(first) ? [first, second] : [second, first];
    findings.push({
      ruleId,
      message: `${basis.text} is ${Number((basis.value / 100).toPrecision(4))} percentage points, but it is restated as ${points.text}.`,
      start: first.start,
      end: second.end,
    });
  }
  return findings;
}
