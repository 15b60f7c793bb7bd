import type { Quantity } from "../numbers";

// A figure set beside another to compare with it, not to add to it: "320 passed, compared with 290 last year",
// "22 defenders, versus 18 last season", "1,200 work in London, more than the 1,000 who did in 2019".
// "Up from" and "down from" always compare with another time. After "against", "compared with" or "versus" the
// figure is of another occasion when its phrase names one ("at last year's final", "a year earlier", "in 2019",
// "in the previous round"): then it is no part of any total now. With no occasion named it may be a rival within
// the same whole ("16,000 went to Smith, against 10,000 for Jones, and the remaining 4,000 were spoilt") or another
// group beside it ("320 passed, compared with 280 at the school next door"): either reading may be meant.
// ("More than 1,000" is the figure's own approximation: "than" compares only before "the" or "those".)
const TEMPORAL_BEFORE = /\b(?:up|down|rising|falling|rose|fell|grew|dropped|climbed|jumped|increased|decreased|declined|slipped)\s+from\s+(?:(?:a|an|the)\s+)?(?:(?:about|some|around|nearly|almost|just|only|roughly)\s+)?$/i;
const COMPARED_BEFORE = /\b(?:against|versus|vs\.?|compared\s+(?:with|to)|in\s+contrast\s+to|as\s+opposed\s+to|relative\s+to|than\s+(?:the|those|that|its|their))\s+(?:(?:a|an|the)\s+)?(?:(?:about|some|around|nearly|almost|just|only|roughly)\s+)?$/i;
// The figure's own phrase, to the next comma, "and" or clause: " at last year's final", " a year earlier", " in 2019".
// Figures in it are the comparison's too ("compared with 2,700 five years ago", "against 79 at the other two trusts").
const PHRASE = /^(?:(?!\s(?:and|or|but|while)\s)[^,;:.()–—]){0,50}/i;
const OTHER_OCCASION = /\b(?:last|previous|preceding|earlier|before|ago|then|once|formerly|prior|(?:19|20)\d\d(?:-\d\d)?)\b/i;
// "compared with 79 and 74 at the other two trusts": the list goes on comparing.
const LIST_GOES_ON = /^\s*(?:,|and|or)\s*$/i;

/** "other-time": compared with another occasion, never a part now; "rival": compared, perhaps within the same whole. */
export type Compared = "other-time" | "rival";

/** How each figure of `quantities` (in order) is compared with another, when it is. */
export function comparedFigures(sentence: string, quantities: readonly Quantity[]): Map<Quantity, Compared> {
  const compared = new Map<Quantity, Compared>();
  let previous: Quantity | null = null;
  let phraseEnd = -1;
  for (const q of quantities) {
    if (previous !== null && q.start < phraseEnd && compared.has(previous)) {
      compared.set(q, compared.get(previous) ?? "rival");
      previous = q;
      continue;
    }
    const before = sentence.slice(Math.max(0, q.start - 40), q.start);
    const listed = previous !== null && LIST_GOES_ON.test(sentence.slice(previous.end, q.start)) ? compared.get(previous) : undefined;
    previous = q;
    const isTemporal = TEMPORAL_BEFORE.test(before);
    if (!listed && !isTemporal && !COMPARED_BEFORE.test(before)) continue;
    const phrase = PHRASE.exec(sentence.slice(q.end))?.[0] ?? "";
    phraseEnd = q.end + phrase.length;
    compared.set(q, isTemporal || listed === "other-time" || OTHER_OCCASION.test(phrase) ? "other-time" : "rival");
  }
  // ("against 650 and 500 in 2019": the occasion named after the last figure of a list is every one's.)
  const list = [...compared.keys()];
  for (let i = list.length - 1; i > 0; i--) {
    if (compared.get(list[i]) === "other-time" && LIST_GOES_ON.test(sentence.slice(list[i - 1].end, list[i].start))) compared.set(list[i - 1], "other-time");
  }
  return compared;
}

/**
 * The readings of `figures` to try as parts: without any compared figure, and (when there are rivals) with the rivals
 * kept. A sentence contradicts itself only when no reading adds up.
 */
export function partReadings<Q extends Quantity>(figures: readonly Q[], compared: Map<Quantity, Compared>): Q[][] {
  const without = figures.filter((q) => !compared.has(q));
  const withRivals = figures.filter((q) => compared.get(q) !== "other-time");
  return withRivals.length === without.length ? [without] : [without, withRivals];
}
