import type { Quantity } from "../numbers";

// A group and what it is made of: "half the squad, 30% of the players", "one in ten of the starters, a quarter of the
// field". A second share "of" a whole of its own is another share ("one in five complaints, 40% of refunds"), unless
// its whole is the first's told again: a collective noun and its members, either way round.
const MEMBERS: Record<string, string> = {
  squad: "players|members", team: "players|members", side: "players", "line-up": "players|acts|artists",
  field: "starters|riders|runners|entrants|competitors|drivers|horses|finishers|players",
  peloton: "riders|starters",
  cohort: "students|pupils|graduates|entrants|recruits|trainees|members|patients|participants",
  intake: "students|pupils|entrants|recruits|trainees",
  class: "students|pupils|graduates",
  workforce: "workers|employees|staff",
  electorate: "voters|electors",
  membership: "members",
  population: "people|residents|inhabitants|adults|citizens",
  fleet: "ships|vessels|aircraft|planes|jets|vehicles|buses|lorries|trucks|boats|cars|trains",
  sample: "respondents|people|adults|participants",
  stock: "homes|houses|dwellings|properties|flats",
};

// " of the medical school's graduates," → "graduates": the head noun of a share's own whole, after any owner.
// ("one in ten homes in the city, 25% of the housing stock": a place told after the noun is no part of it.)
const WHOLE_AFTER = /^\s+(?:of\s+)?(?:the|its|their|each|every|all)?\s*((?:[\p{L}-]+\s+){0,2}[\p{L}’'-]+[’']s\s+)?((?:[\p{L}-]+\s+){0,2}?)([\p{L}-]+)(?:\s+(?:in|across|at|throughout)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?)?\s*(?:[,()–—]|\.?\s*$|\s+(?:named|selected|surveyed|polled|questioned|entered|registered|enrolled)\b)/iu;
// " of its 40 hectares," " of their members": a possessive that points back to the whole before it.
const POINTS_BACK = /^\s+of\s+(?:its|their)\s/i;

type Whole = { owner: boolean; noun: string };

function wholeAfter(text: string): Whole | null {
  const match = WHOLE_AFTER.exec(text);
  return match ? { owner: match[1] !== undefined, noun: match[3].toLowerCase() } : null;
}

function isMemberOf(collective: string, member: string): boolean {
  return MEMBERS[collective]?.split("|").includes(member) ?? false;
}

/**
 * Whether the whole after `second` ("30% of the players named") is the whole `first` was a share of ("half the
 * squad"): a collective and its members, or "its"/"their" pointing back to a whole with no owner of its own
 * ("three-quarters of the site, 60% of its 40 hectares"; not "a third of the council's budget, 20% of its income").
 */
export function namesTheSameWhole(sentence: string, first: Quantity, second: Quantity): boolean {
  const firstWhole = wholeAfter(sentence.slice(first.end, second.start));
  const afterSecond = sentence.slice(second.end, second.end + 60);
  if (!firstWhole) return false;
  if (POINTS_BACK.test(afterSecond)) return !firstWhole.owner && !/\b(?:its|their)\b/i.test(sentence.slice(first.end, second.start));
  const secondWhole = wholeAfter(afterSecond);
  if (!secondWhole || secondWhole.owner) return false;
  return isMemberOf(firstWhole.noun, secondWhole.noun) || isMemberOf(secondWhole.noun, firstWhole.noun);
}
