import type { Quantity } from "../numbers";

// (A part of shares-over-100 in a file of its own: this reads one way a list of categories is told.)
//
// "Households are 52% owner-occupied, 31% social rented and 24% privately rented", "The jobs are 60% highly paid and
// 45% poorly paid": shares each told of by a word or two, two of them the same last word with different words before
// it. Those are kinds of one thing ("social" and "privately" rented), one each, so the list is a line drawn through
// the subject, as a list of plural nouns is. ("60% highly skilled and 45% highly paid" end in different words; "60%
// rented and 45% privately rented" may overlap, the one among the other.)
const ITEM = /^\s+(?:([\p{Ll}-]+)\s+)?([\p{Ll}-]+)\s*(?:,|\band\b|\bor\b|[.;]|$)/u;

/** Whether two of the shares are told of by different kinds of one head word (see above). */
export function areKindsOfOneHead(sentence: string, shares: readonly Quantity[]): boolean {
  const seen = new Map<string, string>();
  for (const share of shares) {
    const item = ITEM.exec(sentence.slice(share.end, share.end + 50));
    if (!item) return false;
    const [, kind, head] = item;
    if (kind === undefined) continue;
    const other = seen.get(head);
    if (other !== undefined && other !== kind) return true;
    seen.set(head, kind);
  }
  return false;
}
