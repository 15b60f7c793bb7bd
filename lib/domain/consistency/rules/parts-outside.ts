import type { Quantity } from "../numbers";

// Figures after a list of parts that are not further parts of its total.
//
// A subset of the parts named already: "includes 17 forwards and 14 backs, with three uncapped players among them",
// "… 22 adults and 15 children, four of them infants", "…, among them two debutants". It counts some of the parts
// again, so it is no part beside them. (The first figure after "of whom" is a part: only later ones are checked, and only when the first is no "of them".)
const SUBSET_AFTER = /^[^,;.:()–—]{0,40}?\b(?:among|of|between)\s+(?:them|whom|those|these)\b/i;
const SUBSET_BEFORE = /\b(?:among|of|between)\s+(?:them|whom|those|these)\s*,?\s*(?:(?:some|about|around|nearly|almost|just|only)\s+)?$/i;

/** Whether `q`, a figure after the first part `first` of a list, counts some of the parts already named. */
export function isSubsetOfParts(sentence: string, first: Quantity, q: Quantity): boolean {
  // ("four of them women and six of them men": when the first part is "of them" too, each is a part of the total.)
  if (q.start <= first.start || SUBSET_AFTER.test(sentence.slice(first.end, first.end + 60))) return false;
  return SUBSET_AFTER.test(sentence.slice(q.end, q.end + 60)) || SUBSET_BEFORE.test(sentence.slice(Math.max(first.end, q.start - 30), q.start));
}

// "…, the biopic took nine and its main rival seven, with the remaining eight shared among five other films": a count
// after "shared among" inside the parts counts who share one of them, it is no part of its own. (Right after the
// opening "split between" of the parts, a figure is their first part: "split between £1.2bn for housing and …".)
const SHARERS_BEFORE = /\b(?:shared|split|divided|spread)\s+(?:(?:equally|evenly)\s+)?(?:among|between|by|across)\s+(?:the\s+)?$/i;

/** Whether `q`, among the parts that start at `from`, counts who share a part ("shared among five other films"). */
export function countsSharers(sentence: string, from: number, q: Quantity): boolean {
  return SHARERS_BEFORE.test(sentence.slice(from, q.start));
}

// Something added beside the total, in a clause of its own: "comprises £4.1bn in cash and £2.3bn in new shares, and
// the bidder will also take on £1.2bn of debt", ", in addition to £1.2bn of debt", ", on top of which …". The parts end
// at that comma.
export const ADDED_BESIDE = /,\s+(?:(?:and|but|while|with)\s+)?(?:[^,;.\d£$€]{0,40}?\b(?:also|additionally)\b|in\s+addition\b|on\s+top\s+of\b|besides\b)/i;

// ", with a further £300m of uninsured damage", ", with another 40 on standby": a figure that may be beside the total
// or one more of its parts ("five on Friday, with a further seven on Saturday"). Both readings are tried, the parts
// with it and without it, and only when neither adds up is the sentence at odds with itself.
export const FURTHER_BESIDE = /,\s+with\s+(?:a\s+(?:further|separate)|another|an\s+(?:additional|extra))\s/i;

/** The readings of `parts` (after `from` in `sentence`, up to `to`) with and without a figure FURTHER_BESIDE. */
export function withFurtherReadings<Q extends Quantity>(sentence: string, from: number, to: number, readings: Q[][]): Q[][] {
  const further = FURTHER_BESIDE.exec(sentence.slice(from, to));
  if (!further) return readings;
  const cut = from + further.index;
  return readings.flatMap((parts) => [parts, parts.filter((q) => q.end <= cut)]);
}
