import type { Quantity } from "../numbers";

// Percentages that are changes, rates or ranges, not shares of a whole:
// "rose 5%", "by 5%", "from 10% to 20%", "5% growth", "5% a year".
const CHANGE_BEFORE =
  /\b(?:by|rose|risen|rises|fell|fallen|falls|up|down|increased?|decreased?|grew|grown|dropped|declined?|jumped|climbed|gained|lost|cut|raised|lowered|growth of|increase of|decrease of|rise of|fall of|drop of|from|between|to)\s+(?:almost\s+|nearly\s+|some\s+|around\s+|about\s+)?$/i;
const CHANGE_AFTER =
  /^\s*(?:increase|decrease|rise|fall|drop|growth|jump|cut|higher|lower|more|less|points?|percentage points?|a year|a month|annually|per year|interest|rate|return)\b/i;

// "make up 55%", "makes up": a share, not a rise.
const MAKE_UP = /\b(?:make|makes|made|making)\s+up\s+(?:\w+\s+)?$/i;

// "raised its stake to 30%", "cut its holding to a quarter": the level a holding reached is a share.
// ("raised its holding from 30% to 45%": the holding reached is the share after "to".)
const HOLDING_REACHED = /\b(?:stake|holding|shareholding|share|interest)\s+(?:to|at|from\s+\S+\s+to)\s+(?:almost\s+|nearly\s+|some\s+|around\s+|about\s+|just\s+)?$/i;

// "Between 60 and 70 per cent of the land": a range as the subject, not "fluctuated between 10% and 20%".
const RANGE_OPENS = /(?:^|[,;:(–—]\s*|\b(?:and|with|of|that|where|while|but)\s+)between\s+$/i;

export function isShareOfAWhole(sentence: string, share: Quantity): boolean {
  const before = sentence.slice(Math.max(0, share.start - 30), share.start);
  if (HOLDING_REACHED.test(before)) return !CHANGE_AFTER.test(sentence.slice(share.end, share.end + 40));
  if (share.high !== undefined && RANGE_OPENS.test(before)) return !CHANGE_AFTER.test(sentence.slice(share.end, share.end + 40));
  if (MAKE_UP.test(before)) return !CHANGE_AFTER.test(sentence.slice(share.end, share.end + 40));
  const after = sentence.slice(share.end, share.end + 40);
  return !CHANGE_BEFORE.test(before) && !CHANGE_AFTER.test(after);
}

// "majority leader", "minority shareholders", "a majority government": the word
// names a role or a group, not the size of a share.
const ROLE_AFTER =
  /^\s+(?:shareholders|investors|investments?|owners|partners|leaders?|whips?|groups?|communities|parties|party|members|government|opinion|report|view|rule|language|faith)\b/i;

// "The family, minority owners with 58%, blocked the sale": the role said of one holder in apposition, with that
// holder's own share, is the size of its share after all ("Minority shareholders own 60%" is the class of them).
const ROLE_OF_ONE_BEFORE = /,\s*(?:the\s+|its\s+|their\s+)?$/i;
const ROLE_WITH_SHARE = /^\s+(?:shareholders|investors|owners|partners)\s+(?:with|holding|on)\s/i;

export function namesARole(sentence: string, wordEnd: number, wordStart?: number): boolean {
  const after = sentence.slice(wordEnd, wordEnd + 20);
  if (wordStart !== undefined && ROLE_OF_ONE_BEFORE.test(sentence.slice(Math.max(0, wordStart - 8), wordStart)) && ROLE_WITH_SHARE.test(after)) return false;
  return ROLE_AFTER.test(after);
}
