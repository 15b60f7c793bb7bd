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

// Something added beside the total, in a clause of its own: "comprises £4.1bn in cash and £2.3bn in new shares, and
// the bidder will also take on £1.2bn of debt", ", in addition to £1.2bn of debt", ", on top of which …". The parts end
// at that comma.
export const ADDED_BESIDE = /,\s+(?:(?:and|but|while|with)\s+)?(?:[^,;.\d£$€]{0,40}?\b(?:also|additionally)\b|in\s+addition\b|on\s+top\s+of\b|besides\b)/i;
