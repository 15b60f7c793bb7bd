import { wordValue } from "../number-words";
import { findQuantities, type Quantity } from "../numbers";
import type { Finding } from "../rule";

// A multiple said of an earlier or other level, then the two figures themselves, set off as "A against B":
// "now three times their 2015 level, with 1,140 recorded last year against 620 then", "cut its dividend to a
// quarter of last year's level, paying 40 cents a share against 80 cents", "four times those of two years ago, at
// 8.1 million against 2.6 million". The pair says outright which is
// the level (before "against") and which the one it is measured by, so no baseline word is needed. The multiple
// must be followed by what it multiplies ("their 2015 level", "last year's", "those of …", "that"): a verb ("doubled",
// "halved") names no level, and is read against a baseline above; "N times as many …, 30 against 10" is
// multiplier-comparisons' timesAsMany.
const MULTIPLE =
  /\b(?:(twice|double|triple|treble|quadruple|half)|(a\s+third|a\s+quarter|a\s+fifth|a\s+tenth|two\s+thirds|three\s+quarters)\s+of|(two|three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?)\s+times)\s+(?=(?:of\s+)?(?:the|that|those|its|their|his|her|what|last\s+\p{L}+['’]s|[\p{L}\d-]+['’]s)\s)/giu;
const FACTOR: Record<string, number> = {
  twice: 2, double: 2, triple: 3, treble: 3, quadruple: 4, half: 0.5,
  "a third": 1 / 3, "a quarter": 0.25, "a fifth": 0.2, "a tenth": 0.1, "two thirds": 2 / 3, "three quarters": 0.75,
};
// The pair: "1,140 recorded last year against 620 then", "40 cents a share against 80 cents".
const AGAINST = /^(?:\s+[\p{L}’'-]+){0,3}\s*,?\s*(?:against|compared\s+(?:with|to)|versus|vs\.?)\s+(?:an?\s+|the\s+)?$/iu;
// The pair set off after the multiple: ", with …", ", at …", ", paying …", ": …", "(…".
const PAIR_SET_OFF = /(?:[,:(–—]|\s-)\s*(?:(?:with|at|on|[\p{Ll}]+ing)\s+)?(?:(?:some|about|around|roughly)\s+)?$/u;
// A clause of its own between the multiple and the pair gives the pair to something else ("twice what she earned,
// when she worked 60 hours a week against 48 now"), as does another verb of change.
const OTHER_CLAUSE = /;|\b(?:when|where|while|whereas|but|although|though|which|who|because|since|as|and)\b/i;
const OTHER_CHANGE = /\b(?:raised|rose|risen|rising|cut|cutting|lifted|increased|lowered|fell|fallen|grew|grown|dropped|reduced|boosted|climbed|jumped|soared|declined|slashed|went|pushed|moved|expanded|shrank)\b/i;
const NOW_AFTER = /^\s*(?:today|now|this\s+year|at\s+present)\b/i;
const MORE_BEFORE = /\b(?:more\s+than|over|at\s+least)\s+$/i;
const LESS_BEFORE = /\b(?:less\s+than|under|below|not\s+even)\s+$/i;
const NEARLY_BEFORE = /\b(?:nearly|almost|close\s+to|not\s+quite|just\s+under)\s+$/i;
const ABOUT_BEFORE = /\b(?:roughly|about|around|some)\s+$/i;
const TIME_UNIT = /^(?:years?|months?|weeks?|days?|decades?|hours?|seasons?)$/i;
const CENTS = /^(?:cents?|c|p|pence)$/i;

function factorOf(match: RegExpExecArray): number | null {
  const word = (match[1] ?? match[2] ?? match[3]).toLowerCase().replace(/\s+/g, " ");
  if (word in FACTOR) return FACTOR[word];
  const value = /^\d/.test(word) ? Number(word) : wordValue(word);
  return value > 1 ? value : null;
}

function kindOf(q: Quantity): string {
  return q.isPercent ? "%" : (q.currency ?? (CENTS.test(q.unit) ? "cents" : "#"));
}

// Figures of one kind, and no third of that kind ("of 2,000 patients, 300 … against 100" is a part, not a level).
// (The multiple's own number, and a length of time such as "two years ago", are not counted.)
function isLonePair(quantities: Quantity[], multiple: RegExpExecArray, level: Quantity, base: Quantity): boolean {
  const end = multiple.index + multiple[0].length;
  const kind = kindOf(level);
  const others = quantities.filter((q) => (q.end <= multiple.index || q.start >= end) && !(TIME_UNIT.test(q.unit) && q.unit !== level.unit));
  return kindOf(base) === kind && others.filter((q) => kindOf(q) === kind).length === 2;
}

function mismatch(ruleId: string, multiple: RegExpExecArray, factor: number, level: Quantity, base: Quantity, ratio: number, end: number): Finding[] {
  return [{
    ruleId,
    message: `“${multiple[0].trim()}” is ×${Number(factor.toFixed(2))}, but ${level.text.trim()} against ${base.text.trim()} is ×${Number(ratio.toFixed(2))}.`,
    start: multiple.index,
    end,
  }];
}

/** "Three times their 2015 level, with 1,140 recorded last year against 620 then": the multiple against the pair. */
export function multipleAgainstPair(sentence: string, ruleId: string): Finding[] {
  const quantities = findQuantities(sentence).filter((q) => !q.isYear && !q.isFraction && q.high === undefined);
  for (const match of sentence.matchAll(MULTIPLE)) {
    const factor = factorOf(match);
    const end = match.index + match[0].length;
    const i = quantities.findIndex((q, k) => q.start >= end && quantities[k + 1] !== undefined && AGAINST.test(sentence.slice(q.end, quantities[k + 1].start)));
    if (!factor || i < 0) continue;
    const [level, base] = [quantities[i], quantities[i + 1]];
    const between = sentence.slice(end, level.start);
    if (between.length > 80 || !PAIR_SET_OFF.test(between) || OTHER_CLAUSE.test(between) || OTHER_CHANGE.test(between)) continue;
    if (!isLonePair(quantities, match, level, base) || base.value <= 0) continue;
    if (/^\s+of\s+(?:the\s+)?\d/i.test(sentence.slice(base.end, base.end + 8))) continue;
    // "… against £320,000 today": the later figure second.
    const ratio = NOW_AFTER.test(sentence.slice(base.end, base.end + 16)) ? base.value / level.value : level.value / base.value;
    const before = sentence.slice(Math.max(0, match.index - 20), match.index);
    const [min, max] = MORE_BEFORE.test(before)
      ? factor < 1 ? [0, factor * 1.05] : [factor * 0.95, Infinity]
      : LESS_BEFORE.test(before)
        ? [0, factor * 1.05]
        : NEARLY_BEFORE.test(before)
          ? factor < 1 ? [factor * 0.95, factor * 1.45] : [factor * 0.7, factor * 1.02]
          : ABOUT_BEFORE.test(before) ? [factor * 0.8, factor * 1.2] : [factor * 0.88, factor * 1.12];
    if (ratio >= min && ratio <= max) continue;
    return mismatch(ruleId, match, factor, level, base, ratio, base.end);
  }
  return [];
}

// "The new library will cost a quarter of the £24m spent on the old one, at £8m", "twice last year's 40,000, at
// 95,000": the figure right after the multiple is what it multiplies, and the level is set off after it by "at".
const FIGURE_AFTER = /^(?:of\s+)?(?:the|its|their|his|her|last\s+\p{L}+['’]s|[\p{L}\d-]+['’]s)\s+(?:(?:some|about|around|roughly)\s+)?$/iu;
const AT_LEVEL = /^[^;]{0,60}?,\s*at\s+(?:(?:some|about|around|roughly|just)\s+)?$/i;

/** "A quarter of the £24m spent on the old one, at £8m": the multiple of the figure after it against the level "at". */
export function multipleOfFigureAt(sentence: string, ruleId: string): Finding[] {
  const quantities = findQuantities(sentence).filter((q) => !q.isYear && !q.isFraction && q.high === undefined);
  for (const match of sentence.matchAll(MULTIPLE)) {
    const factor = factorOf(match);
    const end = match.index + match[0].length;
    const base = quantities.find((q) => q.start >= end && FIGURE_AFTER.test(sentence.slice(end, q.start)));
    const level = base && quantities.find((q) => q.start > base.end && AT_LEVEL.test(sentence.slice(base.end, q.start)));
    if (!factor || !base || !level || base.value <= 0) continue;
    const between = sentence.slice(base.end, level.start);
    if (OTHER_CLAUSE.test(between) || OTHER_CHANGE.test(between)) continue;
    if (!isLonePair(quantities, match, level, base)) continue;
    const ratio = level.value / base.value;
    const before = sentence.slice(Math.max(0, match.index - 20), match.index);
    const [min, max] = MORE_BEFORE.test(before) || LESS_BEFORE.test(before) || NEARLY_BEFORE.test(before) ? [0, Infinity] : ABOUT_BEFORE.test(before) ? [factor * 0.8, factor * 1.2] : [factor * 0.88, factor * 1.12];
    if (ratio >= min && ratio <= max) continue;
    return mismatch(ruleId, match, factor, level, base, ratio, level.end);
  }
  return [];
}
