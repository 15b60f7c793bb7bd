import type { Finding } from "../rule";
import { figuresIn, figureText, OTHER_TIME_AFTER, RANK_RULE_ID, TIME_UNIT, type Figure } from "./rank-figures";
import { isLevel, sameCount } from "./rank-rivals";

// (A file of its own: rank-rivals.ts reads a rival whose figure sits right after the cue, "ahead of Barnsley on 61";
// this one a rival named by the cue and given its figure later, by name.)
// "Vietnam overtook Thailand to become the second-largest exporter, shipping 7.1 million tonnes against Thailand's 8.2
// million", "Lidl has overtaken Morrisons, with 8.1% of the market to Morrisons' 8.6%": overtaking, beating or passing
// a rival puts the subject's figure beyond the rival's; trailing or falling behind it puts it short.
const CUE = /\b(?:(overtook|overtaken|overtaking|overtakes|overtake|outsold|outselling|outsells|surpassed|surpassing|eclipsed|eclipsing|leapfrogged|leapfrogging|moved\s+ahead\s+of|moving\s+ahead\s+of|pulled\s+ahead\s+of|pulling\s+ahead\s+of|passed|passing)|(fell\s+behind|falling\s+behind|dropped\s+behind|slipped\s+behind|trails|trailed|trailing))\s+(?:(?:its\s+)?(?:rival|neighbour|competitor)s?\s+)?(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})(?![\p{L}’'])/gu;
// ("overtaken by Thailand": the cue turned round.)
const BY_AFTER = /^\s+by\b/i;
// Between the subject's figure and the rival's: a word that sets them against each other, then the rival's name.
const SET_AGAINST = /^(?:\s+[\p{L}-]+){0,3}\s*,?\s*(?:against|compared\s+(?:with|to)|versus|vs\.?|to)\s+$/iu;
// ("overtook Thailand, whose exports fell to 7.1 million": a clause on the rival gives the rival's figures.)
const CLAUSE_ON_RIVAL = /^\s*,?\s*(?:whose|which|who|where)\b/i;

export function namedRivalLater(sentence: string): Finding[] {
  const cues = /[’']/.test(sentence) ? [...sentence.matchAll(CUE)] : [];
  if (cues.length === 0) return [];
  const figures = figuresIn(sentence).filter((figure) => isLevel(sentence, figure));
  for (const match of cues) {
    const end = match.index + match[0].length;
    if (BY_AFTER.test(sentence.slice(end)) || CLAUSE_ON_RIVAL.test(sentence.slice(end))) continue;
    const name = match[3];
    const ahead = match[1] !== undefined;
    // The rival's figure: "Thailand's 8.2 million", told after the cue, in the same clause.
    const possessive = new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[’']s?\\s+(?:(?:about|some|just|only|nearly|almost)\\s+)?$`, "u");
    const rival = figures.find((f) => f.q.start > end && possessive.test(sentence.slice(end, f.q.start)) && !/[;]/.test(sentence.slice(end, f.q.start)));
    if (!rival) continue;
    const nameStart = sentence.slice(0, rival.q.start).search(possessive);
    const own = figures.filter((f) => f.q.start >= end && f.q.end <= nameStart && f.kind === rival.kind && sameCount(sentence, f, rival)).at(-1);
    if (!own || !SET_AGAINST.test(sentence.slice(own.q.end, nameStart))) continue;
    // A race time, or a figure of another time than the other ("against Thailand's 8.2 million in 2019"), ranks nothing
    // now.
    if ([own, rival].some((f) => TIME_UNIT.test(f.unit))) continue;
    if (OTHER_TIME_AFTER.test(sentence.slice(rival.q.end, rival.q.end + 60)) || OTHER_TIME_AFTER.test(sentence.slice(own.q.end, nameStart))) continue;
    if (ahead ? own.value > rival.value : own.value < rival.value) continue;
    return [finding(match[0], match.index, own, rival, ahead)];
  }
  return [];
}

function finding(cue: string, start: number, own: Figure, rival: Figure, ahead: boolean): Finding {
  return {
    ruleId: RANK_RULE_ID,
    message: `“${cue}”, but ${figureText(own)} is ${own.value === rival.value ? "the same as" : ahead ? "less than" : "more than"} ${figureText(rival)}.`,
    start,
    end: rival.q.end,
  };
}
