import type { Quantity } from "../numbers";

// (A part of shares-over-100 in a file of its own: this reads one way a whole is told in bands of one scale.)
//
// "The village's population is 42% under 40, 35% aged 40 to 64 and 29% aged 65 and over", "The workforce is 30% under
// 25, 50% aged 25 to 49 and 25% 50 or over": after a copula, a list of shares each told only by a band of ages or
// figures, "under 40", "aged 40 to 64", "65 and over", is the subject cut into those bands, one each. ("The fleet is
// 60% electric and 45% under five years old" says two things of it, the second no band beside another; "is 42% under
// budget" takes no figure.)
const COPULA_BEFORE = /\b(?:is|are|was|were|remains|remain|remained|breaks?\s+down\s+as|broke\s+down\s+as)\s+(?:(?:about|some|roughly|around|nearly|almost|just|only)\s+)?$/i;
const BAND = /^\s+(?:(?:aged|age)\s+(?:between\s+)?\d+|(?:under|over|below|above)\s+(?:the\s+age\s+of\s+)?\d+|between\s+\d+\s+and\s+\d+|\d+\s*(?:to|-|–)\s*\d+|\d+\s+(?:or|and)\s+(?:over|above|older|under|below|younger))\b/i;
const NEXT = /^[^%;.()]*?(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:about|some|roughly|around|nearly|almost|just|only)\s+)?$/i;

/** The shares of a copula's list of bands (see above), else []. */
export function bandedList(sentence: string, shares: readonly Quantity[]): Quantity[] {
  for (let i = 0; i < shares.length; i++) {
    if (!COPULA_BEFORE.test(sentence.slice(Math.max(0, shares[i].start - 30), shares[i].start))) continue;
    const list = [shares[i]];
    for (const share of shares.slice(i + 1)) {
      const previous = list[list.length - 1];
      if (!NEXT.test(sentence.slice(previous.end, share.start)) || !BAND.test(sentence.slice(share.end, share.end + 30))) break;
      list.push(share);
    }
    if (list.length >= 2 && BAND.test(sentence.slice(list[0].end, list[0].end + 30))) return list;
  }
  return [];
}
