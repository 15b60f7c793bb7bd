import { findQuantities, type Quantity } from "../numbers";
import type { Finding } from "../rule";
import { OTHER_TIME_AFTER, RANK_RULE_ID } from "./rank-figures";

// "The food bank handed out the fewest parcels in its history this year, 14,200, up from 12,900 last year": a rank
// against the subject's own past is contradicted by an earlier figure of its own beyond it, told right after the ranked
// one ("up from", "down from", or "compared with" a figure of another time). (rank-against-figures leaves ranks against
// one's own past to this file; rank-since-year reads "the lowest since 2009, when …".)
const UP = "highest|biggest|largest|greatest|most|strongest|busiest|warmest|hottest|wettest|longest|heaviest";
const DOWN = "lowest|smallest|fewest|least|weakest|coldest|driest|shortest|lightest";
const EVER = `(?:[\\s-]+[\\p{L}’'-]+){0,4}?[\\s-]+(?:in\\s+(?:its|their|his|her|the\\s+[\\p{L}-]+[’']s)\\s+(?:\\d+-year\\s+)?history|ever(?:\\s+recorded)?|on\\s+record|since\\s+records\\s+began)\\b`;
const RANK = new RegExp(`\\b(?:(${UP})|(${DOWN}))\\b${EVER}|\\b(?:record|all-time)[\\s-]+(?:(high)|(low))\\b`, "giu");
// ("… 14,200, up from 12,900", "5.2 metres, compared with 5.6 metres": the earlier figure directly after the ranked one.)
const FROM = /^(?:\s*[\p{L}%]+)?[\s,]*(?:(up|down|rising|falling|rose|fell)\s+from|compared\s+(?:with|to)|against)\s+(?:(?:a|the|about|some|nearly|just)\s+)?$/iu;
const kindOf = (q: Quantity) => (q.isPercent ? "%" : q.currency ?? "#");

export function rankAgainstOwnPast(sentence: string): Finding[] {
  const quantities = findQuantities(sentence).filter((q) => !q.isYear && !q.isFraction && q.high === undefined);
  for (const match of sentence.matchAll(RANK)) {
    const end = match.index + match[0].length;
    const up = match[1] !== undefined || match[3] !== undefined;
    // The ranked figure: the first after the rank, within a few words.
    const i = quantities.findIndex((q) => q.start >= end && q.start - end <= 40 && !/[;.]\s/.test(sentence.slice(end, q.start)));
    const own = quantities[i];
    const then = quantities[i + 1];
    if (!own || !then || kindOf(own) !== kindOf(then) || own.approx !== "exact" || then.approx !== "exact") continue;
    const from = FROM.exec(sentence.slice(own.end, then.start));
    // ("compared with 12,900 last year": only a figure of another time is the subject's past.)
    if (!from || (from[1] === undefined && !OTHER_TIME_AFTER.test(sentence.slice(then.end, then.end + 60)))) continue;
    if (up ? then.value <= own.value : then.value >= own.value) continue;
    return [{
      ruleId: RANK_RULE_ID,
      message: `“${match[0]}” with ${own.text.trim()}, but the earlier ${then.text.trim()} is ${up ? "higher" : "lower"}.`,
      start: match.index,
      end: then.end,
    }];
  }
  return [];
}
