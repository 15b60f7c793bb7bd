import type { Quantity } from "../numbers";

// Parts of a breakdown that are not written as a figure of the total's own kind, read into one: "30,000 volunteers,
// half of whom received the vaccine and 16,000 a placebo" (half of the total, 15,000), "£60m on a striker, £45m on a
// midfielder and £20m on each of three defenders" (three times £20m). (Kept out of total-mismatch.ts, which is long.)

// ", half of whom", ", a third of them", ", two-thirds of which": a fraction of the total opens parts that may be only
// some of it, as ", 45 of whom" does.
const FRACTION_OF = "(?:a\\s+|one[- ])?(?:half|third|quarter|fifth|tenth|(?:two|three|four)[- ](?:thirds|quarters|fifths|tenths))\\s+of\\s+(?:whom|them|which|those)\\b";
export const FRACTION_OF_WHOM = new RegExp(`^\\s*${FRACTION_OF}`, "i");
// The comma that opens them, up to four words after the total ("30,000 volunteers, half of whom").
export const FRACTION_STARTER = new RegExp(`^((?:[-\\s]+[\\p{L}’'-]+){0,4}?)\\s*(,)(?=\\s*${FRACTION_OF})`, "iu");
// The fraction's own "of whom" right after it: only then is it a fraction of the total ("half of the men" is of a part).
const OF_THE_TOTAL = /^\s+of\s+(?:whom|them|which|those|it)\b/i;

/**
 * The fractions "of whom" among the parts (after `from`, up to `to`) of the count or sum `total`, each read as the
 * part of the total it is ("half" of 30,000 is 15,000). Approximate fractions ("about half of them") are left out.
 */
export function fractionParts(sentence: string, quantities: readonly Quantity[], total: Quantity, from: number, to: number): Quantity[] {
  if (total.isPercent || total.isFraction) return [];
  return quantities
    .filter((q) => q.isFraction && q.start >= from && q.end <= to && q.approx === "exact" && OF_THE_TOTAL.test(sentence.slice(q.end, q.end + 16)))
    .map((q) => ({ ...q, value: (total.value * q.value) / 100, isPercent: false, isFraction: false, currency: total.currency }));
}

/** `parts` and `more` in the order they are written. */
export function mergedParts(parts: readonly Quantity[], more: readonly Quantity[]): Quantity[] {
  return more.length === 0 ? [...parts] : [...parts, ...more].sort((a, b) => a.start - b.start);
}

// "£20m on each of three defenders", "$5m for each of the four schools", "£20m each on three defenders": a sum for
// each of a count of things. ("each of the" may name them first: "for each of its 12 branches".)
const EACH_OF_AFTER = /^\s+(?:(?:on|for|to|in|from)\s+)?each\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?$|^\s+each\s+(?:on|for|to|from)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?$/i;
// "three defenders at £20m each", "four schools getting $5m apiece": the count first, its sum with "each" after.
const EACH_BEFORE_GAP = /^\s+(?:[\p{L}’'-]+\s+){0,3}?(?:at|for|on|of|getting|receiving|costing|worth)\s+$/iu;
const EACH_AFTER = /^\s+(?:each|apiece)\b/i;

const isPlainCount = (q: Quantity) => !q.isPercent && !q.isFraction && !q.isYear && q.currency === null && Number.isInteger(q.value) && q.value >= 2 && q.value <= 100;

/**
 * `part` as the sum it stands for when it is a figure "for each of" a count ("£20m on each of three defenders", "three
 * defenders at £20m each"): the figure times the count, its text both; else `part` as it is.
 */
export function eachTimesCount(sentence: string, quantities: readonly Quantity[], part: Quantity): Quantity {
  if (part.isPercent || part.isFraction) return part;
  const at = quantities.indexOf(part);
  // (A part read already from others, "six groups of four", is left as it is.)
  if (at < 0) return part;
  const next = quantities[at + 1];
  if (next && isPlainCount(next) && EACH_OF_AFTER.test(sentence.slice(part.end, next.start))) {
    return { ...part, value: part.value * next.value, end: next.end, text: sentence.slice(part.start, next.end) };
  }
  const previous = quantities[at - 1];
  if (previous && isPlainCount(previous) && EACH_BEFORE_GAP.test(sentence.slice(previous.end, part.start)) && EACH_AFTER.test(sentence.slice(part.end, part.end + 8))) {
    return { ...part, value: part.value * previous.value, start: previous.start, text: sentence.slice(previous.start, part.end) };
  }
  return part;
}
