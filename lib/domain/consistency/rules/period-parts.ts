// (Kept out of total-mismatch.ts, which is long: this reads the one breakdown of a level by the periods it spans.)
//
// "Gold imports rose to 96 tonnes in the quarter (January 28 tonnes, February 31 tonnes, March 30 tonnes)": a figure a
// change reached is a level, often no total at all ("rose to £600 a week (men £650, women £550)"), but told for a span
// and broken into the periods of that span, one figure a period, it is the sum of what each period brought.
import type { Quantity } from "../numbers";

// "rose to", "fell to", "climbed to": the level a change reached.
export const LEVEL_REACHED = /\b(?:rose|fell|risen|fallen|grew|grown|climbed|dropped|jumped|slipped|increased|decreased|declined|shrank|shrunk)\s+to\s+$/i;
// "in the quarter", "over the year", "for the first half", "last month": a span, told between the level and its parts.
const SPAN = /\b(?:in|over|for|during|across|last|this)\s+(?:the\s+)?(?:(?:first|second|third|fourth|final|latest|past|last)\s+)?(?:quarter|half|year|month|week|season|summer|winter|spring|autumn|three\s+months|six\s+months|period)\b/i;
// The periods a span is cut into: months, quarters, halves, days of the week.
const PERIOD =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Q[1-4]|H[12]|(?:first|second|third|fourth)\s+(?:quarter|half))\b/g;

/** Whether `text` names a different period for each of `count` parts ("June 80mm, July 120mm, August 95mm"). */
export function namesPeriods(text: string, count: number): boolean {
  return new Set(text.match(PERIOD) ?? []).size >= count;
}

/**
 * Whether `parts`, told between `from` and `to` after the level `total`, are that level's span cut into periods
 * (see above): a span named before them, a period named for each part, and a sum near the level. (Monthly levels,
 * "$90bn, $93bn, $96bn" of a level of $96bn, add up to about three times it: they are readings, not parts.)
 */
export function arePeriodParts(sentence: string, total: Quantity, from: number, to: number, parts: readonly Quantity[]): boolean {
  if (parts.length < 2 || !SPAN.test(sentence.slice(total.end, from))) return false;
  const sum = parts.reduce((s, part) => s + part.value, 0);
  return namesPeriods(sentence.slice(from, to), parts.length) && sum >= total.value / 2 && sum <= total.value * 1.5;
}
