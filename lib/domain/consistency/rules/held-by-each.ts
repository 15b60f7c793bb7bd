import type { Quantity } from "../numbers";
import { VERB_OF_ITS_OWN } from "./verb-or-category";

// (A part of shares-over-100 in a file of its own: this reads one list of holders whose whole is left unsaid.)
//
// "Ownership of the club is now split three ways: the chairman holds 62%, a local consortium 30% and the fans' trust
// 15%": one holder told with a verb of holding, the next ones by name alone, the verb left out. Each holds a part of
// the one thing the sentence is about. ("The chairman holds 62%, up from 30%" is a holding at two times; "holds 62% of
// the club and the trust 30% of the ground" names two wholes, which no-named-whole never hands here.)
const HOLDS_BEFORE = /\b(?:holds|held|owns|owned|controls|controlled|keeps|kept|retains|retained)\s+(?:(?:just|only|some|about|around|nearly|almost)\s+)?$/i;
// The next holder, named alone between the shares: ", a local consortium ", " and the fans' trust ", ", Barclays ".
const NEXT_HOLDER = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)((?:(?:the|a|an|its|their|his|her)\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,3})\s+(?:(?:just|only|some|about|around|nearly|almost)\s+)?$/u;
const NOT_A_NAME = /^(?:of|in|on|at|to|from|by|for|with|up|down|against|compared|versus|than|while|but|last|this|next|each|per)$/i;

export function heldByEach(sentence: string, wholeless: readonly Quantity[]): Quantity[] {
  const start = wholeless.findIndex((share) => HOLDS_BEFORE.test(sentence.slice(Math.max(0, share.start - 20), share.start)));
  if (start < 0) return [];
  const list = [wholeless[start]];
  for (const share of wholeless.slice(start + 1)) {
    const holder = NEXT_HOLDER.exec(sentence.slice(list[list.length - 1].end, share.start))?.[1];
    if (!holder || holder.split(/\s+/).some((word) => NOT_A_NAME.test(word) || VERB_OF_ITS_OWN.test(word.toLowerCase()))) break;
    list.push(share);
  }
  return list.length >= 2 ? list : [];
}
