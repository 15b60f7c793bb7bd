import { countedUnit, findQuantities, type Quantity } from "../numbers";
import type { Finding } from "../rule";
import { DOWN_SUPERLATIVES } from "./rank-vocabulary";

// "Turnout of 48% was the lowest in a run-off since 1969, when 69% voted": a rank against the past names the year it
// reaches back to and, in the "when" clause, that year's figure. The year named is the last at least as far out, so
// its figure must be at least as high for "highest since" (as low for "lowest since"): 69% is no lower than 48%.
// Only a figure of the same kind (share, money, unit) and of a level: a figure the "when" clause tells a change to or
// from ("when they were cut to 2%") is a moment within that year, unless what is ranked is itself a change ("the
// biggest rise since 2010, when prices rose 12%").
const UP = "highest|biggest|largest|greatest|strongest|fastest|warmest|hottest|wettest|deepest|longest|heaviest|busiest";
const DOWN = DOWN_SUPERLATIVES;
const SINCE = new RegExp(`\\b(${UP}|${DOWN})\\b((?:[\\s-]+[\\p{L}’'-]+){0,5}?)\\s+since\\s+(?:(?:early|late|mid-?)\\s*)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+)?((?:1[6-9]|20)\\d\\d)\\s*,\\s+when\\s+`, "giu");
const DOWN_WORD = new RegExp(`^(?:${DOWN})$`, "i");
const CHANGE_NOUN = /^[\s-]+(?:rise|rises|increase|increases|jump|gain|gains|growth|fall|falls|drop|drops|decline|declines|cut|cuts)\b/i;
// ("the biggest drop since 2009, when shares lost 4.1%": a rank of falls compares their sizes; any other rank reads a
// fall as below nothing: "growth of 0.1%, the weakest since 2012, when the economy shrank 0.4%" is -0.4%.)
const FALL_NOUN = /\b(?:fall|falls|drop|drops|decline|declines|cut|cuts|loss|losses|contraction|slump)\b/i;
const FALL_BEFORE = /\b(?:fell|fallen|falling|shrank|shrunk|shrinking|contracted|contracting|declined|declining|dropped|lost|slipped|dipped|slumped|down)\s+(?:by\s+)?(?:(?:about|some|just|only|nearly|almost|around)\s+)?$/i;
// ("when they were cut to 2%", "when it rose 12%": to, from and verbs of change tell a change within the year.)
const CHANGE_BEFORE = /\b(?:to|from|by|rose|risen|rising|fell|fallen|falling|grew|jumped|dropped|climbed|gained|lost|cut|raised|lowered|up|down)\s+(?:(?:about|some|just|only|nearly|almost|around)\s+)?$/i;
// The "when" clause ends at the next clause (not at the comma of "4,600").
const CLAUSE_END = /,(?!\d)|[;:()]|\s[–—]\s|\.\s|\b(?:but|while|and|whereas|although|though)\b/i;

const kindOf = (q: Quantity) => (q.isPercent ? "%" : q.currency ?? "#");
// (A count's noun may be said once: "At 4,100, … since 2009, when 4,600 firms were registered".)
const sameKind = (a: Quantity, b: Quantity) => kindOf(a) === kindOf(b) && (kindOf(a) !== "#" || countedUnit(a) === "" || countedUnit(b) === "" || countedUnit(a) === countedUnit(b));

export function rankSinceYear(sentence: string, ruleId: string): Finding[] {
  if (!/\bsince\b/i.test(sentence)) return [];
  const quantities = findQuantities(sentence).filter((q) => !q.isYear && q.high === undefined);
  const findings: Finding[] = [];
  for (const match of sentence.matchAll(SINCE)) {
    const whenStart = match.index + match[0].length;
    const clause = sentence.slice(whenStart);
    const clauseEnd = whenStart + (CLAUSE_END.exec(clause)?.index ?? clause.length);
    const isChangeRank = CHANGE_NOUN.test(match[2] ?? "");
    const then = quantities.find((q) => q.start >= whenStart && q.end <= clauseEnd);
    if (!then || (!isChangeRank && CHANGE_BEFORE.test(sentence.slice(Math.max(0, then.start - 20), then.start)))) continue;
    // ("its highest monthly rate since 1981, when it averaged 8.9%": a year's average is below its peak.)
    if (/\baverag/i.test(sentence.slice(whenStart, then.start))) continue;
    // The figure ranked: the last of the same kind before "since", in the same clause as the rank.
    const sinceAt = match.index + match[0].search(/\ssince\s/i);
    const own = quantities.filter((q) => q.end <= sinceAt && sameKind(q, then) && !/[;]|\.\s|\b(?:but|while|whereas)\b/i.test(sentence.slice(q.end, match.index))).at(-1);
    if (!own || own.approx !== "exact" || then.approx !== "exact") continue;
    const isDown = DOWN_WORD.test(match[1]);
    const signed = (q: Quantity) => (!FALL_NOUN.test(match[2] ?? "") && FALL_BEFORE.test(sentence.slice(Math.max(0, q.start - 20), q.start)) ? -q.value : q.value);
    if (isDown ? signed(then) <= signed(own) : signed(then) >= signed(own)) continue;
    findings.push({
      ruleId,
      message: `“${match[1]} since ${match[3]}” with ${own.text.trim()}, but ${match[3]}'s ${then.text.trim()} is ${isDown ? "higher" : "lower"}: the year named should be at least as ${isDown ? "low" : "high"}.`,
      start: Math.min(own.start, match.index),
      end: then.end,
    });
  }
  return findings;
}
