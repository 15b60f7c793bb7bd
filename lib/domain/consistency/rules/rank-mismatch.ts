import { wordValue } from "../number-words";
import { findQuantities, type Quantity } from "../numbers";
import type { ConsistencyRule, Finding } from "../rule";
import { OTHER_TIME_AFTER, TIMES_RANKED } from "./rank-against-figures";
import { groupAgesAgainstRank } from "./rank-of-group-ages";
import { outsideRankedSpan } from "./rank-figures";
import { rankSinceYear } from "./rank-since-year";
import { RIVAL_SUPERLATIVE_BEFORE } from "./rank-words";
import { beyondScope, countUnits, isJointFigure, measuresRank, otherThings, otherWholes, shareWholes } from "./rank-measures";

const ORDINALS: Record<string, number> = {
  second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8, "9th": 9, "10th": 10,
};
const ORDINAL = /\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[2-9]th|2nd|3rd|10th)\b/gi;
// "behind only France and Italy", "after Toyota and Volkswagen", "behind the top two".
// "trails only China", "second only to Peru and Bolivia", "beaten only by Ford".
// "second only to" sits by its ordinal: far from one, "subject only to the veto" ranks nothing.
// ("beaten only by the winner and the runner-up": "only" may come before "by".)
// ("third with 7.7 million TEU, behind only Rotterdam's 13.4 million": a decimal point ends no clause.)
const AHEAD_LIST = /^(?:(?:(?:[^.;]|\.(?=\d)){0,60}?)\b(?:behind|after|trailing|trails|trailed|(?:outranked|beaten)\s+(?:only\s+)?by)\s+(only\s+)?|(?:(?:[^.;]|\.(?=\d)){0,20}?)\b(only)\s+(?:to|behind|after|by)\s+)((?:[^.;]|\.(?=\d))+)/i;
// "Only Tokyo and Delhi are bigger than Shanghai, the second-largest": the list ahead, written first.
// "with only Brazil ahead of them", "only Tokyo is bigger".
const ONLY_AHEAD = /\b[Oo]nly\s+([^.;]+?)\s+(?:(?:(?:is|are|was|were|has|have|had|finished|came|ranked|placed)\s+)?(?:ahead|above|in front|higher)|(?:is|are|was|were|has|have|had)\s+(?:[\p{L}]+er|more\s+[\p{L}]+))\b/u;
const LIST_END = /,\s+(?:but|while|which|who|with|and\s+(?:is|was|has|its|it))\b|,?\s+and\s+(?:ahead|in\s+front|clear)\s+of\b|,?\s+and\s+above\b/i;
// "Labour on 200", "the US in sales": what follows an item's name.
const ITEM_TAIL = /\s+(?:with|in|on|by|at|for|since|last|this|when)\s.*$/is;
// ("only to two in Europe", "behind only three rivals": the count may stand alone.)
const COUNTED_ITEM = /^(?:(?:the|its|their|his|her)\s+)?(\d+|two|three|four|five|six|seven|eight|nine)(?:\s+\p{L}|$)/iu;
const TOP_N = /^(?:the\s+)?top\s+(\w+)\b/i;

// ("the year's top-grossing release", "the best-selling car": a compound superlative.)
const HIGHER = /\b(?:largest|biggest|busiest|tallest|highest|oldest|longest|richest|priciest|dearest|costliest|heaviest|most\s+(?!of\b)[\p{L}-]+|top-(?:grossing|selling|scoring|earning|paid)|best-selling)\b/giu;
const LOWER = /\b(?:smallest|lowest|cheapest|youngest|shortest|poorest|lightest|least\s+(?!of\b)[\p{L}-]+)\b/giu;
const RANKED_BEFORE = /\b(?:second|third|fourth|fifth|sixth|[2-9]th|2nd|3rd|one of the|among the|not the|no longer the|once the|formerly the)[\s-]*$/i;
const RANKING_DETERMINER = /(?:\b(?:the|its|their|his|her|our|your|my)|[’']s)\s+$/i;
const CHANGE_BEFORE = /\b(?:grew|rose|fell|shrank|gained|lost|up|down|increased|decreased|by)\s+(?:some\s+|about\s+|only\s+|just\s+)?$/i;
const EXPECTED_BEFORE = /\b(?:forecasts?|expectations?|estimates?|targets?|consensus|predictions?|expected|predicted|forecast)\s+(?:of\s+)?(?:some\s+|about\s+|around\s+)?$/i;
const COMPARED = /\b(?:trailed|trails|trailing|above|below|outsold by|overtaken by|beaten by|surpassed by|eclipsed by|topped by|ahead of|against|than|though|although|while|whereas|compared with|compared to|behind|beside|alongside|versus|vs)\b/i;

/**
 * Ranks against what the sentence says of the others. An ordinal against the
 * list ahead of it: "the second-largest, behind only France and Italy" (two
 * ahead is third; without "only" the list may be shorter, never longer). A
 * superlative against the figures compared with it: "the biggest seller with
 * 2 million, ahead of Toyota's 2.5 million"; "the smallest, with 20 seats, is
 * larger than the Greens with 12".
 */
export const rankMismatch: ConsistencyRule = {
  id: "rank-mismatch",
  description: "A rank (“second-largest”, “the biggest”) must agree with the others named and their figures.",
  check(sentence) {
    const ranked = [...ordinalAgainstList(sentence), ...superlativeAgainstFigures(sentence), ...superlativeThenOrdinal(sentence), ...figuresOfThoseAhead(sentence)];
    if (ranked.length > 0) return ranked;
    const grouped = groupAgesAgainstRank(sentence, rankMismatch.id);
    if (grouped.length > 0) return grouped;
    const since = rankSinceYear(sentence, rankMismatch.id);
    return since.length > 0 ? since : comparativeAgainstFigures(sentence);
  },
};

function ordinalAgainstList(sentence: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of sentence.matchAll(ORDINAL)) {
    const rank = ORDINALS[match[1].toLowerCase()];
    const tail = sentence.slice(match.index + match[0].length);
    const after = AHEAD_LIST.exec(tail);
    const before = after ? null : ONLY_AHEAD.exec(sentence.slice(0, match.index)) ?? onlyAheadAfter(tail, match.index + match[0].length);
    if (!rank || (!after && !before)) continue;
    const isOnly = after ? Boolean(after[1] ?? after[2]) || /\b(?:outranked|beaten)\s+only\s+by\s+$/i.test(after[0].slice(0, after[0].length - after[3].length)) : true;
    const count = countItems(after ? after[3] : before![1]);
    if (count === null || (isOnly ? count === rank - 1 : count <= rank - 1)) continue;
    findings.push({
      ruleId: rankMismatch.id,
      message: `“${match[0]}”, but ${count} ${count === 1 ? "is" : "are"} named ahead${isOnly ? " and only them" : ""}: that makes it ${ordinalWord(count + 1)}.`,
      start: before ? before.index : match.index,
      end: after ? match.index + match[0].length + after.index + after[0].length : match.index + match[0].length,
    });
  }
  return findings;
}

// "the third busiest with 61 million passengers, behind only two rivals that handled 58 million and 55 million": the
// figures told in the list of those ahead are theirs, so each must be beyond the ranked one's, the last figure of its
// kind before the list. The count of those ahead ("two rivals") is no figure; the list ends where another comparison or
// clause begins ("and ahead of Labour on 90", "while …").
const RANKED_WORD_AFTER_ORDINAL = /^[-\s]+(?:most\s+|least\s+)?([\p{L}-]+)/u;
const LIST_STOPS = /\b(?:while|whereas|but|although|though|against|ahead|above|beating|compared)\b/i;

function figuresOfThoseAhead(sentence: string): Finding[] {
  const findings: Finding[] = [];
  const quantities = findQuantities(sentence).filter((q) => !q.isYear && !q.isFraction);
  for (const match of sentence.matchAll(ORDINAL)) {
    const afterOrdinal = match.index + match[0].length;
    const word = RANKED_WORD_AFTER_ORDINAL.exec(sentence.slice(afterOrdinal));
    if (!word) continue;
    const phrase = sentence.slice(afterOrdinal, afterOrdinal + word[0].length).trim().replace(/^-/, "");
    const up = new RegExp(`^(?:${HIGHER.source})$`, "iu").test(phrase);
    if (!up && !new RegExp(`^(?:${LOWER.source})$`, "iu").test(phrase)) continue;
    const after = AHEAD_LIST.exec(sentence.slice(afterOrdinal));
    if (!after) continue;
    const listStart = afterOrdinal + after.index + after[0].length - after[3].length;
    let list = after[3];
    const end = LIST_END.exec(list);
    if (end) list = list.slice(0, end.index);
    const stop = LIST_STOPS.exec(list);
    if (stop) list = list.slice(0, stop.index);
    const counted = COUNTED_ITEM.exec(list.trim());
    const listed = quantities.filter((q) => q.start >= listStart && q.end <= listStart + list.length && !(counted && q.start - listStart <= list.indexOf(counted[1]) + 1));
    const own = quantities.filter((q) => q.start >= afterOrdinal && q.end <= listStart && measuresRank(phrase, q)).at(-1);
    if (!own || /;|\.\s/.test(sentence.slice(own.end, listStart))) continue;
    const sameKind = listed.filter((q) => kindOf(sentence, q, false) === kindOf(sentence, own, false));
    const notAhead = sameKind.filter((q) => (up ? q.value <= own.value : q.value >= own.value));
    if (sameKind.length === 0 || notAhead.length === 0) continue;
    findings.push({
      ruleId: rankMismatch.id,
      message: `“${match[0]} ${phrase}” with ${own.text.trim()}, but ${notAhead.map((q) => q.text.trim()).join(" and ")}, named ahead, ${notAhead.length === 1 ? "is" : "are"} not ${up ? "more" : "less"}.`,
      start: match.index,
      end: Math.max(...notAhead.map((q) => q.end)),
    });
  }
  return findings;
}

function onlyAheadAfter(tail: string, offset: number): RegExpExecArray | null {
  const found = ONLY_AHEAD.exec(tail);
  if (found) found.index += offset;
  return found;
}

function countItems(list: string): number | null {
  // ("came second with 80 points, after 38 games": a count of games or of time is when, not who is ahead.)
  if (/^(?:the\s+)?\S+\s+(?:games|matches|rounds|races|stages|years|months|weeks|days|hours|minutes|laps|starts|attempts)\b/i.test(list.trim())) return null;
  const top = TOP_N.exec(list.trim());
  if (top) {
    const n = /^\d+$/.test(top[1]) ? Number(top[1]) : wordValue(top[1].toLowerCase());
    return Number.isFinite(n) ? n : null;
  }
  const end = LIST_END.exec(list);
  let text = end ? list.slice(0, end.index) : list;
  // "after America, China grew": a comma not closed by "and" ends the list; after its "and", the next comma does.
  const comma = text.indexOf(",");
  if (comma >= 0 && !/\s(?:and|&)\s/.test(text.slice(comma))) text = text.slice(0, comma);
  const and = text.search(/\s(?:and|&)\s/);
  const closing = and < 0 ? -1 : text.indexOf(",", and);
  if (closing >= 0) text = text.slice(0, closing);
  const items = text.split(/,\s*(?:and\s+)?|\s+and\s+/).map((item) => item.replace(ITEM_TAIL, "")).filter((item) => /\p{L}/u.test(item));
  if (items.length === 0 || items.some((item) => item.trim().split(/\s+/).length > 4)) return null;
  // "beaten only by the two Ethiopians", "only to two in Europe": one item that is a count of them.
  const counted = items.length === 1 ? COUNTED_ITEM.exec(items[0].trim()) : null;
  if (counted) {
    const n = /^\d+$/.test(counted[1]) ? Number(counted[1]) : wordValue(counted[1].toLowerCase());
    if (Number.isFinite(n) && n >= 2) return n;
  }
  return items.length;
}

function ordinalWord(rank: number): string {
  return Object.entries(ORDINALS).find(([, value]) => value === rank)?.[0] ?? `number ${rank}`;
}

function superlativeAgainstFigures(sentence: string): Finding[] {
  const quantities = findQuantities(sentence).filter((q) => !q.isYear);
  // A finding needs the rank's own figure and another (`other !== own`, both from `quantities`): with fewer than two,
  // the superlatives need not be looked for.
  if (quantities.length < 2) return [];
  const findings: Finding[] = [];
  for (const [pattern, higher] of [[HIGHER, true], [LOWER, false]] as const) {
    for (const match of sentence.matchAll(pattern)) {
      if (RANKED_BEFORE.test(sentence.slice(Math.max(0, match.index - 14), match.index))) continue;
      // ("behind the biggest of £42m": the rival's rank, told to name it.)
      if (RIVAL_SUPERLATIVE_BEFORE.test(sentence.slice(Math.max(0, match.index - 24), match.index))) continue;
      // "the most visited", "Europe's least known" rank; "Most analysts", "most drivers paid" count a share of people.
      if (/^(?:most|least)\s/i.test(match[0]) && !RANKING_DETERMINER.test(sentence.slice(Math.max(0, match.index - 8), match.index))) continue;
      const end = match.index + match[0].length;
      // "their highest finish since 1990", "its biggest ever": a rank against its own past, not the rivals named.
      if (OWN_PAST_AFTER.test(sentence.slice(end, end + 40))) continue;
      const isAge = /^(?:oldest|youngest)$/i.test(match[0]);
      // "the smallest of the three", "the biggest of the town's four": the three are the group, not a figure.
      const own = nearest(quantities.filter((q) => !/^\s+of\s+(?:the\s+|its\s+)?(?:\p{L}+[’']s\s+)?$/iu.test(sentence.slice(end, q.start))), match.index, end);
      // "the EU's biggest economy, and France, with $3tn": a new clause, so the figure is not the superlative's.
      if (!own || /,\s+and\b|;|\b(?:while|whereas)\b/.test(own.start > end ? sentence.slice(end, own.start) : sentence.slice(own.end, match.index))) continue;
      // "The richest club, with 40 trophies, has won fewer than Celtic": a figure of another measure than the rank's.
      if (!measuresRank(match[0], own)) continue;
      // "the largest economy, grew 0.2%": a change is not what is ranked.
      if (CHANGE_BEFORE.test(sentence.slice(Math.max(0, own.start - 20), own.start))) continue;
      const wholes = shareWholes(sentence, quantities);
      const things = countUnits(quantities);
      for (const other of quantities) {
        if (other === own || kindOf(sentence, other, isAge) !== kindOf(sentence, own, isAge) || otherWholes(wholes, own, other)) continue;
        if (beyondScope(sentence, end, other.start, other.end) || isJointFigure(sentence, other.start, other.end) || (!isAge && otherThings(things, own, other))) continue;
        const between = other.start > own.end ? sentence.slice(own.end, other.start) : "";
        // "the youngest member of the cabinet, in which the housing secretary is 29": another member's age.
        if (!COMPARED.test(between) && !(isAge && MEMBER_OF_GROUP.test(between) && /\b(?:is|was|aged)\s+(?:(?:just|only|barely|still|already)\s+)?$/i.test(between))) continue;
        // "below forecasts of $5.5bn": an expectation is not a rival; "its highest share since 1997, against 45% then", "given
        // to 3,000 girls, against 3,500 a year earlier": nor is a figure of another time, unless times are ranked.
        if (EXPECTED_BEFORE.test(sentence.slice(Math.max(0, other.start - 30), other.start))) continue;
        if (OTHER_TIME_AFTER.test(sentence.slice(other.end, other.end + 60)) && !TIMES_RANKED.test(sentence.slice(end, end + 30))) continue;
        if (outsideRankedSpan(sentence, end, other.end)) continue;
        if (higher ? other.value <= own.value : other.value >= own.value) continue;
        findings.push({
          ruleId: rankMismatch.id,
          message: `“${match[0]}” with ${own.text.trim()}, but ${other.text.trim()} is ${higher ? "more" : "less"}.`,
          start: Math.min(match.index, own.start),
          end: Math.max(end, other.end),
        });
      }
    }
  }
  return findings;
}

const OWN_PAST_AFTER = /^(?:[\s-]+[\p{L}’'-]+){0,3}?[\s-]+(?:since\s+(?:(?:19|20)\d\d|records\s+began|the\s+\d{4}s)|ever|on\s+record|in\s+(?:\d+|a|[\p{L}-]+)\s+(?:years|decades?)|for\s+(?:\d+|[\p{L}-]+)\s+years)\b/iu;
// ("the youngest member of a cabinet in which the education minister is just 27": no comma needed before "in which".)
const MEMBER_OF_GROUP = /,\s+(?:in which|of which|among whom|where)\s|\s(?:in which|among whom)\s/i;

// "Europe's busiest, second only to Heathrow": a plain superlative is first, so an ordinal said of it in the same
// breath contradicts it ("the second busiest" is ranked, and is left to the ordinal).
const ORDINAL_AFTER_SUPERLATIVE = /^(?:\s+[\p{L}’'-]+){0,2}\s*,\s+(second|third|fourth|fifth|2nd|3rd|4th|5th)\s+(?:only\s+)?(?:to|behind|after)\b/iu;

// ORDINAL_AFTER_SUPERLATIVE's comma, ordinal and "to/behind/after" anywhere in the sentence: without them it cannot match
// after any superlative. (Its closing \b is left out: the original reads a slice of 60 characters, whose end is a word
// boundary even mid-word.)
const ORDINAL_AFTER_ANYWHERE = /,\s+(?:second|third|fourth|fifth|2nd|3rd|4th|5th)\s+(?:only\s+)?(?:to|behind|after)/iu;

function superlativeThenOrdinal(sentence: string): Finding[] {
  if (!ORDINAL_AFTER_ANYWHERE.test(sentence)) return [];
  const findings: Finding[] = [];
  for (const pattern of [HIGHER, LOWER]) {
    for (const match of sentence.matchAll(pattern)) {
      if (RANKED_BEFORE.test(sentence.slice(Math.max(0, match.index - 14), match.index))) continue;
      // ("behind the biggest of £42m": the rival's rank, told to name it.)
      if (RIVAL_SUPERLATIVE_BEFORE.test(sentence.slice(Math.max(0, match.index - 24), match.index))) continue;
      if (/^(?:most|least)\s/i.test(match[0]) && !RANKING_DETERMINER.test(sentence.slice(Math.max(0, match.index - 8), match.index))) continue;
      const end = match.index + match[0].length;
      const ordinal = ORDINAL_AFTER_SUPERLATIVE.exec(sentence.slice(end, end + 60));
      if (!ordinal) continue;
      // "Britain's biggest retailer, second behind Walmart worldwide": the ordinal has a wider scope of its own.
      const clause = /^[^,;.]*/.exec(sentence.slice(end + ordinal[0].length))?.[0] ?? "";
      if (/\b(?:worldwide|globally|internationally|overall|in the world|in\s+\p{Lu})/u.test(clause)) continue;
      findings.push({
        ruleId: rankMismatch.id,
        message: `“${match[0]}” is first, but it is called ${ordinal[1].toLowerCase()} too.`,
        start: match.index,
        end: end + ordinal[0].length,
      });
    }
  }
  return findings;
}

function nearest(quantities: Quantity[], start: number, end: number): Quantity | null {
  let best: Quantity | null = null;
  let distance = 60;
  for (const q of quantities) {
    const d = q.start >= end ? q.start - end : start - q.end;
    if (d >= 0 && d < distance) {
      best = q;
      distance = d;
    }
  }
  return best;
}

/** What a figure measures, as far as comparing two of them goes: a share, money, an age, or a count. */
function kindOf(sentence: string, q: Quantity, isAgeRank: boolean): string {
  if (q.isPercent) return "%";
  if (q.currency) return q.currency;
  if (/^[-\s]years?[-\s]old\b/i.test(sentence.slice(q.end, q.end + 12))) return "age";
  // "At 30, she is the youngest", "aged 61": a bare number after "at" or "aged" (not "at 500 metres").
  // "the oldest candidate, though his rival is 75": beside "oldest" or "youngest", a bare number is an age.
  if (isAgeRank && q.unit === "" && q.value <= 120 && !q.currency && !q.isFraction) return "age";
  if (q.unit === "" && q.value <= 120 && /\b(?:at|aged)\s+$/i.test(sentence.slice(Math.max(0, q.start - 7), q.start))) return "age";
  return "count";
}

// "The cheapest model, at $30,000, costs more than the $35,000 version", "workers, on $12 an hour, earn more than the
// minimum of $15": a figure set off beside its subject, then a comparison with another figure of the same kind.
const OWN_SET_OFF = /,\s+(?:at|on|with|earning|paid)\s+(?:(?:some|about|around|just|only)\s+)?$/i;
const COMPARATIVE = /\b(more|less|fewer|higher|lower|bigger|smaller|larger|greater|cheaper|dearer|taller|shorter|longer|heavier|lighter)\s+than\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\p{L}’'-]+\s+){0,3}?(?:of\s+)?$/iu;
const MORE_WORDS = /^(?:more|higher|bigger|larger|greater|dearer|taller|longer|heavier)$/i;

function comparativeAgainstFigures(sentence: string): Finding[] {
  const quantities = findQuantities(sentence).filter((q) => !q.isYear && !q.isFraction);
  for (let i = 0; i + 1 < quantities.length; i++) {
    const own = quantities[i];
    if (!OWN_SET_OFF.test(sentence.slice(Math.max(0, own.start - 16), own.start)) || !/^[^,;]{0,16},/.test(sentence.slice(own.end))) continue;
    const other = quantities.find((q) => q.start > own.end && COMPARATIVE.test(sentence.slice(own.end, q.start)) && !/[;]|\b(?:but|while|times|twice)\b/.test(sentence.slice(own.end, q.start)));
    if (!other || kindOf(sentence, own, false) !== kindOf(sentence, other, false) || kindOf(sentence, own, false) === "age") continue;
    const word = COMPARATIVE.exec(sentence.slice(own.end, other.start))![1];
    const isMore = MORE_WORDS.test(word);
    if (isMore ? own.value > other.value : own.value < other.value) continue;
    return [{
      ruleId: rankMismatch.id,
      message: `${own.text.trim()} is “${word} than” ${other.text.trim()}, but it is ${own.value === other.value ? "the same" : isMore ? "less" : "more"}.`,
      start: own.start,
      end: other.end,
    }];
  }
  return [];
}
