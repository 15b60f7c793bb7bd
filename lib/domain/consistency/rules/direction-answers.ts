import type { Quantity } from "../numbers";
import { wholeNamedFirst } from "./share-wholes";

// (A part of shares-over-100 in a file of its own: this reads the answers of a balance question, higher, the same or
// lower, which share-context reads as changes.)
//
// "Of the 1,200 firms surveyed, 52% reported higher orders, 33% unchanged orders and 21% lower orders", "Of the
// quarter's trading days, 44% ended higher, 39% lower and 22% flat": the members of a whole named first, each going
// one of the ways a thing may go, one of them level. Those are the answers of one question, one each, not changes.
// ("Sales were 60% higher and costs 45% lower" names no whole and no level: two changes, as share-context reads them.)
const VERB = "(?:reported|report|reports|said|expected|expect|expects|saw|see|sees|ended|closed|finished|forecast|predicted|posted)";
const WAY_AFTER = new RegExp(`^\\s+(?:${VERB}\\s+)?(higher|lower|up|down|unchanged|flat|steady|stable|level|the\\s+same|no\\s+change)\\b`, "i");
const LEVEL = /^(?:unchanged|flat|steady|stable|level|the\s+same|no\s+change)$/i;

function wayOf(sentence: string, share: Quantity): string | undefined {
  return WAY_AFTER.exec(sentence.slice(share.end, share.end + 40))?.[1].toLowerCase().replace(/\s+/g, " ");
}

/** The shares that answer one balance question (see above), or none. */
export function directionAnswers(sentence: string, shares: readonly Quantity[]): Quantity[] {
  if (!wholeNamedFirst(sentence)) return [];
  const answering = shares.filter((share) => wayOf(sentence, share) !== undefined);
  const ways = new Set(answering.map((share) => wayOf(sentence, share) ?? ""));
  const level = [...ways].some((way) => LEVEL.test(way));
  return answering.length >= 2 && level && ways.size >= 2 ? answering : [];
}
