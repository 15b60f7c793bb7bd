// More ways a fraction and its percentage are set side by side (or are not), read for fraction-mismatch only; in a
// file of their own to keep fraction-mismatch.ts short. apposition.ts, which other rules share, is left as it is.
import type { Quantity } from "../numbers";
import { isShareApposition } from "./apposition";

/** " of the total", " of the whole": a share's whole named as the one told of already. */
export const OF_THE_TOTAL = /^\s+of\s+(?:the\s+|its\s+|their\s+)?(?:total|whole)\b/i;

/** "exactly", "precisely" before a fraction: no more than the percentage's rounding is allowed. */
export const PRECISE_BEFORE = /\b(?:exactly|precisely)\s+$/i;

// "One in five new cars sold in the country, 40%": a participle after the fraction's noun ("sold", "built", "made",
// "given", or any "-ed" word) with its own phrase, and no finite verb, still names the share's whole.
const PARTICIPLE = /^((?:\s+[\p{Ll}’'-]+){1,3})\s+(?:[\p{Ll}]+ed|sold|bought|built|made|given|taken|grown|held|paid|sent|won|spent|seen|kept|found|shown)(?=\s+(?:in|on|at|across|from|to|for|by|with|within|over|under|last|this)\b)/u;
const FINITE = /\b(?:is|are|was|were|has|have|had|will|would|did|does|do)\b/i;

export function isParticipleApposition(sentence: string, first: Quantity, second: Quantity): boolean {
  const between = sentence.slice(first.end, second.start);
  const participle = PARTICIPLE.exec(between);
  if (!participle || FINITE.test(between)) return false;
  // Read the gap with the participle dropped, as the noun with a phrase after it that isShareApposition knows.
  const dropped = participle[0].length - participle[1].length;
  const shorter = sentence.slice(0, first.end) + participle[1] + sentence.slice(first.end + participle[0].length);
  return isShareApposition(shorter, first, { ...second, start: second.start - dropped, end: second.end - dropped });
}

// "Tries accounted for fewer than one in three points, at 38%.": the fraction's noun, then ", at" and the percentage
// closing the sentence or clause, is the share put again (not "…, at 38% a year", a rate: the figure must close).
const AT_SET_OFF = /^(?:\s+(?!(?:is|are|was|were|has|have|had|and|but|while)\b)[\p{L}’'-]+){0,3}\s*,\s*at\s+(?:(?:some|about|around|roughly|nearly|almost|just|only)\s+)?$/iu;

export function isShareAtEnd(sentence: string, first: Quantity, second: Quantity): boolean {
  return first.isFraction && !second.isFraction && AT_SET_OFF.test(sentence.slice(first.end, second.start)) && /^\s*(?:[.;]|$)/.test(sentence.slice(second.end));
}

// "half were European, 30 per cent American and a fifth from Asia": the fraction with its own verb and complement,
// then the percentage with a complement of its own (the verb left out), and more parts after: a list, not a restatement.
const OWN_PREDICATE = /^\s+(?:were|was|are|is|came|come|went|go|had|have)\s+(?:from\s+|in\s+|to\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?\s*,\s*$/iu;
const ELLIPTICAL_PART = /^\s+(?:from\s+|in\s+|to\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?\s*(?:,|\band\b)/iu;

export function isNextListedPart(sentence: string, first: Quantity, second: Quantity): boolean {
  return OWN_PREDICATE.test(sentence.slice(first.end, second.start)) && ELLIPTICAL_PART.test(sentence.slice(second.end, second.end + 40));
}

// Halves, thirds and quarters: the fractions a writer reaches for.
const PLAIN_FRACTIONS = [2, 3, 4].flatMap((d) => Array.from({ length: d - 1 }, (_, k) => (100 * (k + 1)) / d));

/** Whether `actual` lies within 2.5 points of a plain fraction other than `expected`, and nearer it. */
export function isPlainlyAnother(expected: number, actual: number): boolean {
  return PLAIN_FRACTIONS.some((other) => Math.abs(other - expected) > 1 && Math.abs(other - actual) <= 2.5 && Math.abs(other - actual) < Math.abs(expected - actual));
}
