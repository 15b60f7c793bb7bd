import type { Quantity } from "../numbers";

// (A part of shares-over-100 in a file of its own: this reads the chances of one event's outcomes.)
//
// "Rate futures price a 68% chance of a cut in June and a 40% chance that rates are left unchanged at that meeting",
// "a 60% chance of winning and a 45% chance of losing": the chances of outcomes of one event that exclude each other
// (a cut, a hold or a rise; a win, a draw or a defeat) are parts of one certainty, no more than 100% between them.
// ("a 60% chance of rain and a 50% chance of wind" may both come; "a cut in June … a rise in September" are two events.)
const CHANCE_AFTER = /^\s+(?:chance|probability|likelihood|odds|risk)\s+(?:(?:of|that)\s+)?([^,;]{1,80})/i;
const OUTCOME_SETS: RegExp[][] = [
  [/\b(?:cut|cuts|cutting|lower(?:ed|ing)?|reduc(?:e|ed|tion|ing)|eas(?:e|ed|ing))\b/i, /\b(?:unchanged|hold|holds|held|on\s+hold|pause[sd]?|steady)\b/i, /\b(?:hike[sd]?|hiking|rise|rises|rais(?:e|ed|ing)|increase[sd]?|tighten(?:s|ed|ing)?)\b/i],
  [/\b(?:win|wins|winning|victory)\b/i, /\b(?:draw|draws|drawing|tie)\b/i, /\b(?:lose|loses|losing|defeat)\b/i],
];
const WHEN = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)\b/g;

function timesOf(outcome: string): string[] {
  return [...outcome.matchAll(WHEN)].map((match) => match[0].toLowerCase());
}

/** The chances of one event's outcomes that exclude each other, else []. */
export function outcomeChances(sentence: string, shares: readonly Quantity[]): Quantity[] {
  // (Each outcome told up to the next share: "a hike in March and a 35% chance the bank holds".)
  const chances = shares.flatMap((share, i) => {
    const outcome = CHANCE_AFTER.exec(sentence.slice(share.end, Math.min(share.end + 100, shares[i + 1]?.start ?? sentence.length)))?.[1];
    return outcome ? [{ share, outcome }] : [];
  });
  if (chances.length < 2) return [];
  // (Two outcomes told at two times are two events: "a cut in June and a rise in September".)
  const times = new Set(chances.flatMap(({ outcome }) => timesOf(outcome)));
  if (times.size > 1) return [];
  for (const set of OUTCOME_SETS) {
    const ways = chances.map(({ outcome }) => set.findIndex((pattern) => pattern.test(outcome)));
    if (ways.every((way) => way >= 0) && new Set(ways).size === ways.length) return chances.map(({ share }) => share);
  }
  return [];
}
