import { findQuantities, type Quantity } from "../numbers";
import type { Finding } from "../rule";
import { DOWN_SUPERLATIVES } from "./rank-vocabulary";
import { figuresIn, figureText, OTHER_TIME_AFTER, RANK_RULE_ID, TIME_UNIT, type Figure } from "./rank-figures";

// "The food bank handed out the fewest parcels in its history this year, 14,200, up from 12,900 last year": a rank
// against the subject's own past is contradicted by an earlier figure of its own beyond it, told right after the ranked
// one ("up from", "down from", or "compared with" a figure of another time). (rank-against-figures leaves ranks against
// one's own past to this file; rank-since-year reads "the lowest since 2009, when …".)
const UP = "highest|biggest|largest|greatest|most|strongest|busiest|warmest|hottest|wettest|longest|heaviest";
// ("slowest" is left out: of times it ranks the most time, so RECORD_RANK below reads it by the figures' unit.)
const DOWN = DOWN_SUPERLATIVES.replace(/\|slowest\b/, "");
const EVER = `(?:[\\s-]+[\\p{L}’'-]+){0,4}?[\\s-]+(?:in\\s+(?:its|their|his|her|the\\s+[\\p{L}-]+[’']s)\\s+(?:\\d+-year\\s+)?history|ever(?:\\s+recorded)?|on\\s+record|since\\s+records\\s+began)\\b`;
const RANK = new RegExp(`\\b(?:(${UP})|(${DOWN}))\\b${EVER}|\\b(?:record|all-time)[\\s-]+(?:(high)|(low))\\b`, "giu");
// ("… 14,200, up from 12,900", "5.2 metres, compared with 5.6 metres": the earlier figure directly after the ranked one.)
const FROM = /^(?:\s*[\p{L}%]+)?[\s,]*(?:(up|down|rising|falling|rose|fell)\s+from|compared\s+(?:with|to)|against)\s+(?:(?:a|the|about|some|nearly|just)\s+)?$/iu;
const kindOf = (q: Quantity) => (q.isPercent ? "%" : q.currency ?? "#");

export function rankAgainstOwnPast(sentence: string): Finding[] {
  const previous = rankAgainstPreviousRecord(sentence);
  if (previous.length > 0) return previous;
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

// "The winning time of 2hr 5min 41sec was the slowest in the race's history, outside the previous slowest of 2hr 11min
// 3sec", "Support, at 41%, was its lowest on record, below the previous low of 38%", "fetched £12m, the highest price ever
// paid for his work, beating the previous record of £14.5m": a new record against the old one named, which it must go
// beyond. Of times, the slowest is the most time and the fastest the least; of speeds, the fastest is the most.
const RECORD_RANK = new RegExp(`\\b(?:(${UP}|slowest)|(${DOWN}|fastest|quickest))\\b${EVER}|\\brecord[\\s-]+(?:(high)|(low))\\b`, "giu");
const PREVIOUS = /\b(?:previous|former|old|earlier)\s+(?:all-time\s+)?(?:record(?:\s+(?:high|low))?|best|high|low|(?:[\p{L}-]+est))(?:\s+(?:time|level|figure|mark|price|total|reading|score))?(?:,?\s+(?:of|at)|\s+(?:was|stood\s+at))\s+(?:(?:about|some|just|nearly)\s+)?$/iu;
// ("140mm of rain, compared with 120mm in 1976, the previous driest": the old record may be named after its figure, by
// the same superlative or as a record; "the previous wettest" is another ranking.)
const PREVIOUS_AFTER = /^[\p{L}%]*(?:\s+(?:of\s+)?[\p{L}]+)?(?:\s+in\s+(?:19|20)\d\d)?,\s+(?:the|its|their)\s+(?:previous|former|old|earlier)\s+(?:all-time\s+)?(record(?:\s+(?:high|low))?|best|high|low|[\p{L}-]+est)\b/iu;
// ("2.1 million, the highest ever for the brand, while its rival's previous best of 2.4 million …": a new clause may bring
// in another subject.)
const CLAUSE_BREAK = /[;]|\b(?:but|while|whereas|although|though)\b/i;

function rankAgainstPreviousRecord(sentence: string): Finding[] {
  const ranks = /\b(?:previous|former|old|earlier)\b/i.test(sentence) ? [...sentence.matchAll(RECORD_RANK)] : [];
  if (ranks.length === 0) return [];
  const figures = figuresIn(sentence);
  for (const match of ranks) {
    const end = match.index + match[0].length;
    const word = (match[1] ?? match[2] ?? "").toLowerCase();
    const namedAfter = (f: Figure) => {
      const named = PREVIOUS_AFTER.exec(sentence.slice(f.q.end, f.q.end + 50))?.[1].toLowerCase();
      return named !== undefined && (!named.endsWith("est") || named === word);
    };
    const old = figures.find((f) => f.q.start >= end && f.q.start - end <= 80 && (PREVIOUS.test(sentence.slice(Math.max(end, f.q.start - 60), f.q.start)) || namedAfter(f)));
    if (!old) continue;
    // The new record's figure: the nearest of the old one's kind on either side of the rank, in the same clause.
    const sameKind = (f: Figure) => f !== old && f.kind === old.kind && isTime(f) === isTime(old);
    const own = figures.filter((f) => sameKind(f) && f.q.end <= old.q.start && !CLAUSE_BREAK.test(sentence.slice(f.q.end, old.q.start))).at(-1);
    if (!own || (own.q.end <= match.index && CLAUSE_BREAK.test(sentence.slice(own.q.end, match.index)))) continue;
    let up = match[1] !== undefined || match[3] !== undefined;
    // ("fastest", "quickest", "slowest": by time unless the figures are speeds.)
    if (/^(?:fastest|quickest|slowest)$/.test(word)) {
      if (!isTime(own) && !/^(?:mph|km\/h|kph|knot)$/i.test(own.unit)) continue;
      if (!isTime(own)) up = !up;
    }
    if (up ? own.value > old.value : own.value < old.value) continue;
    return [{
      ruleId: RANK_RULE_ID,
      message: `“${match[0].trim()}” with ${figureText(own)}, but the previous record, ${figureText(old)}, is ${own.value === old.value ? "the same" : up ? "higher" : "lower"}.`,
      start: Math.min(own.q.start, match.index),
      end: old.q.end,
    }];
  }
  return [];
}

const isTime = (f: Figure) => TIME_UNIT.test(f.unit);
