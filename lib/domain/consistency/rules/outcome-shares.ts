import type { Quantity } from "../numbers";

// "The side won 55% of its matches, drew 30% and lost 27%", "passed 70% of its inspections and failed 35%": shares
// each right after a verb of one set of outcomes that exclude each other are parts of one whole, the first one's.
// ("lost 27%" alone reads as a fall; beside "won" and "drew" it is an outcome.) The later shares name no whole of their
// own, so they are of the first's ("won 60% of the vote but lost 45% of its seats" names two).
const OUTCOME_SETS: RegExp[][] = [
  [/^(?:won|wins|win)$/, /^(?:drew|draws|draw|tied|ties)$/, /^(?:lost|loses|lose)$/],
  [/^(?:passed|passes|pass)$/, /^(?:failed|fails|fail)$/],
];
const VERB_BEFORE = /\b(\p{Ll}+)\s+(?:(?:just|only|some|about|around|nearly|almost|roughly)\s+)?$/u;
const OWN_WHOLE = /^\s+(?:of|in)\s/i;

/** The shares that are outcomes of one set, the first with its whole and the rest with none, else []. */
export function outcomeShares(sentence: string, shares: readonly Quantity[]): Quantity[] {
  for (const set of OUTCOME_SETS) {
    const found: Quantity[] = [];
    const outcomes = new Set<number>();
    for (const share of shares) {
      const verb = VERB_BEFORE.exec(sentence.slice(Math.max(0, share.start - 30), share.start))?.[1];
      const outcome = verb === undefined ? -1 : set.findIndex((pattern) => pattern.test(verb));
      if (outcome < 0 || (found.length > 0 && (OWN_WHOLE.test(sentence.slice(share.end, share.end + 6)) || /;/.test(sentence.slice(found[found.length - 1].end, share.start))))) continue;
      found.push(share);
      outcomes.add(outcome);
    }
    if (outcomes.size >= 2 && outcomes.size === found.length) return found;
  }
  return [];
}
