import { wordValue } from "../number-words";
import { decimalSlack, findQuantities, type Quantity } from "../numbers";
import type { ConsistencyRule, Finding } from "../rule";
import { crossesContrastClause, isOfAnotherThing, participleOfAnotherThing } from "./multiple-of-another";
import { differenceAgainstPair, pointsAgainstShares, timesAsMany } from "./multiplier-comparisons";

/** `isPercent`: written as a percentage change ("rose 2%"), so the change itself is what is rounded; `isWord`: a verb or
 * "-fold" word, which may take an object or a baseline of its own (multiple-of-another.ts). */
type Change = { start: number; end: number; text: string; factor: number; isPercent?: boolean; isWord?: boolean };

// (`isVerb`: a verb, which may take an object: "…, doubling its profit margin".)
const WORD_FACTORS: { pattern: RegExp; factor: number; isVerb?: boolean }[] = [
  // "double" only as a verb ("will double", "to double"); "doubled down" is an idiom.
  { pattern: /\b(?:doubled|doubling|doubles|(?:to|will|would|could|may|might)\s+double)\b(?!\s+down)/gi, factor: 2, isVerb: true },
  { pattern: /\b(?:tripled|tripling|triples|trebled|trebling|trebles|(?:to|will|would)\s+(?:triple|treble))\b/gi, factor: 3, isVerb: true },
  { pattern: /\b(?:quadrupled|quadrupling|quadruples)\b/gi, factor: 4, isVerb: true },
  { pattern: /\b(?:quintupled|quintupling|quintuples)\b/gi, factor: 5, isVerb: true },
  // "are now double their 2019 level", "is triple what it was": the adjective after a verb of being.
  { pattern: /\b(?:is|are|was|were|now)\s+(?:now\s+)?double\b(?!\s+(?:as|the\s+number|digits?))/gi, factor: 2 },
  { pattern: /\b(?:is|are|was|were|now)\s+(?:now\s+)?(?:triple|treble)\b(?!\s+as)/gi, factor: 3 },
  // ("cut by half a point" is a change of half a point, not a halving.)
  { pattern: /\b(?:halved|halving|halves)\b|\b(?:cut|fell|dropped|shrank|down|reduced)\s+(?:by\s+)?(?:\w+\s+)?(?:in|by)\s+half\b(?!\s+an?\s)/gi, factor: 0.5, isVerb: true },
];
// "fivefold", "a threefold increase", "grew 10-fold", "rose three times".
const FOLD = /\b(\w+|\d+)[- ]?fold\b/gi;
// ("rose a hundredfold": number-words reads units and tens only.)
const LARGE_FOLD: Record<string, number> = { hundred: 100, thousand: 1000 };
// "grown by a factor of six", "rose by a factor of 2.5" (the verb is read before "by").
const BY_FACTOR = /(?<=\bby\s+)a\s+factor\s+of\s+(\d+(?:\.\d+)?|\p{L}+)(?![\d.]*\d)/giu;
// "have risen two and a half times since 2005", "grew 2.5 times": a multiple after a verb of rise. Only one with a
// fraction, since a whole number may count occasions ("rates have risen three times this year, from 0.1% to 0.75%").
// ("rose two-and-a-half times": the words may be hyphened.)
// (The verb is looked behind, so that "more than", "nearly", "about" stand right before the multiple.)
const RISE_TIMES = /(?<=\b(?:rose|risen|grew|grown|increased|climbed|jumped|multiplied|gone\s+up|went\s+up|up)\s+(?:by\s+)?(?:(?:more\s+than|over|nearly|almost|about|around|roughly|some|just\s+over|just\s+under)\s+)?)(?:(\p{L}+|\d+)[\s-]+and[\s-]+a[\s-]+half|(\d+\.\d+))\s+times\b/giu;
// The object a verb of change may take: "raised its dividend", "cut the payout on its flagship Isa" (a noun with one
// phrase of its own after it).
const OBJECT = String.raw`(?:(?:its|their|the|his|her)\s+[\p{L}-]+(?:\s+(?:on|of|for|in)\s+(?:its|their|the|his|her)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+)?\s+)?`;
// "rose 20%", "fell by a third", "cut by two-thirds", "up 50 per cent".
// "rose a modest 2%", "fell by a further 10%": an article and an adjective may come between.
// ("will rise by half", "is set to fall by a third": the bare verb after a modal or "to"; "a rise of 20%", "a fall of a
// quarter": the noun.)
const RISE = new RegExp(String.raw`\b(?:rose|risen|rising|rises|rise|grew|grown|growing|grow|up|increased|increasing|increase of|increase|rise of|growth of|jump of|hike of|climbed|climb|jumped|jump|gained|soared|raised|lifted|boosted|expanded|surged|swelled|widened|leapt|rocketed)\s+${OBJECT}(?:by\s+)?(?:an?\s+[\p{L}-]+\s+)?(?:some\s+|about\s+|around\s+)?$`, "iu");
const FALL = new RegExp(String.raw`\b(?:fell|fallen|falling|falls|fall|fall of|drop of|cut of|decline of|reduction of|down|dropped|drop|declined|decline|decreased|decrease|shrank|shrunk|shrinking|shrinks|shrink|contracted|cut|reduced|lost|slumped|plunged|slashed|tumbled|sank|dipped|eased|narrowed|trimmed|lowered)\s+${OBJECT}(?:by\s+)?(?:an?\s+[\p{L}-]+\s+)?(?:some\s+|about\s+|around\s+)?$`, "iu");
const OWN_LEVEL_AFTER = /^(?:\s*(?:,|;|:|\.|$|from\b|in\b|since\b|over\b|by\b|after\b|between\b)|\s+(?:of\s+)?(?:its|their|his|her|the)\s+(?:(?:19|20)\d\d(?:s?\s+|[-–]\d\d\s+)|former\s+|previous\s+|peak\s+|original\s+|earlier\s+|old\s+|pre-[\p{L}-]+\s+)*(?:level|size|peak|figure|value|total|number|high|strength|capacity|amount|height)s?\b)/iu;
const FALL_TO = /\b(?:fell|fallen|falling|shrunk|shrank|shrinking|dropped|cut|reduced|slumped|declined|sank|sunk|plunged|collapsed|dwindled|slashed|down)\s+to\s+(?:just\s+|only\s+|about\s+|around\s+|roughly\s+)?$/i;
// "a 40% drop", "a 30% rise in fees".
const RISE_AFTER = /^[-\s]+(?:rise|increase|jump|gain|growth|hike|surge)\b/i;
const FALL_AFTER = /^[-\s]+(?:drop|fall|decline|cut|reduction|slump|decrease|loss)\b/i;
const MORE_THAN = /\b(?:more than|over|better than|at least)\s+$/i;
const LESS_THAN = /\b(?:nearly|almost|close to|not quite|just under|less than)\s+$/i;
const ABOUT = /\b(?:about|around|roughly|some|approximately|effectively)\s+$/i;
// The words between may not start another clause ("to €4m, while profit rose from €1m").
// ("to 1.4 million barrels a day from 1.8 million": a rate may end the first figure's words.)
const PAIR_WORDS = String.raw`\S+(?:\s+(?!(?:while|whereas|but|and)\b)\S+){0,3}?(?:\s+(?:a|an|per)\s+(?:day|week|month|year|hour))?`;
const FROM_TO = new RegExp(String.raw`\bfrom\s+${PAIR_WORDS}\s+to\s+|\bto\s+${PAIR_WORDS}\s+from\s+`, "gi");
// Another verb of change, or a relative clause, between the word and the figures: they belong to something else.
// ", and wages have risen": a new subject with its own verb.
// ("and costs will jump from £10m to £14m": the bare verb after a modal too; "double that of 2015, when the club had 40
// players against 25 now": a "when" clause tells of its own time.)
// "Sales doubled as the chain grew from 40 to 55 stores", "tripled its profit after cutting staff from 900 to 600", "with
// the workforce rising from 200 to 240", "since 2019, when the minimum wage went from £8 to £8.72": a change told in a
// clause or phrase of its own, with its own subject (a pronoun is the same one: "as they rose from 10 to 20").
export const OTHER_CHANGE_PHRASE = /\b(?:as|after|before|since|when|with|though|although|because|following|once|until)\s+(?!(?:it|they|this|these|that)\s)(?:[\p{L}’'-]+\s+){0,4}?(?:only\s+)?(?:grew|grown|growing|rose|risen|rising|fell|fallen|falling|cut|cutting|went|going|pushing|pushed|took|taking|lifting|lifted|raising|raised|increasing|increased|reducing|reduced|dropping|dropped|climbing|climbed|jumping|jumped|moved|moving|expanding|expanded|shrinking|shrank|shrunk|soaring|soared|slashing|slashed)\b/iu;
const OTHER_CLAUSE = /\b(?:and|but|while|whereas)\s+(?:\w+\s+){0,2}?(?:raised|rose|risen|cut|lifted|increased|lowered|fell|fallen|grew|grown|dropped|reduced|boosted|put|set|climbed|jumped|soared|declined|rise|fall|grow|jump|climb|drop|increase|decline|shrink|soar|surge)\b|,\s*(?:which|who|while|whereas|but|when)\b|,\s+and\s+(?:\w+\s+){1,3}(?:has|have|had|is|are|was|were)\b|;/i;

/**
 * A change in words against the figures given: "rose from 10 to 15, doubling"
 * is ×1.5; "rose by 20%, from 1,000 to 1,500" is +50%. The figures are the pair
 * "from A to B" (or "to B from A") in the same clause; an exact word allows
 * ±10%, "about" ±25%, "more than" only above, "nearly" only below.
 */
export const multiplierMismatch: ConsistencyRule = {
  id: "multiplier-mismatch",
  description: "“Doubled”, “tripled”, “halved” or “rose 20%” must match the figures given (from A to B).",
  check(sentence) {
    const compared = timesAsMany(sentence, multiplierMismatch.id);
    const pair = fromToPair(sentence);
    if (!pair) return compared;
    const ratio = pair.to.value / pair.from.value;
    const findings: Finding[] = [...compared, ...pointsAgainstShares(sentence, pair, multiplierMismatch.id), ...differenceAgainstPair(sentence, pair, multiplierMismatch.id)];
    const changes = findChanges(sentence, pair);
    for (const change of changes) {
      const gap = change.end <= pair.start ? sentence.slice(change.end, pair.start) : sentence.slice(pair.end, change.start);
      // ("will rise 10% in 2025, and from £50 to £60 for members": "and" before the pair gives it another change.)
      if (OTHER_CLAUSE.test(gap) || OTHER_CHANGE_PHRASE.test(gap) || (change.end <= pair.start && /\band\s+$/i.test(gap))) continue;
      // "doubled since May, although the line's profit rose …, from $900m to $1.3bn": a contrast clause has its own subject.
      if (crossesContrastClause(sentence, change, pair)) continue;
      // "has doubled its fleet, cutting fares from £90 to £60": the participle's object is another thing.
      if (participleOfAnotherThing(sentence, change, Math.min(pair.from.start, pair.to.start))) continue;
      // "eggs have tripled, and milk has risen by a third, from 90p to £1.20": the nearer change owns the figures.
      if (changes.some((other) => other !== change && (change.end <= pair.start ? other.start >= change.end && other.end <= pair.start : other.start >= pair.end && other.end <= change.start))) continue;
      // "and will double to $12": the word has figures of its own.
      const ownTarget = /^\s+(?:to|from)\s+$/i.test(sentence.slice(change.end, change.end + 8).replace(/[$£€¥\d].*$/, ""))
        ? findQuantities(sentence).find((q) => q.start > change.end && q.start <= change.end + 8)
        : undefined;
      if (ownTarget && ownTarget !== pair.from && ownTarget !== pair.to) continue;
      // "rose from 40 to 55, doubling the size of the sales team", "…, a fivefold rise on its capacity in 1990".
      if (change.isWord && isOfAnotherThing(sentence, change, pair)) continue;
      const before = sentence.slice(Math.max(0, change.start - 20), change.start);
      const factor = change.factor;
      // "more than halved": a fall past half, so at most half (×0.5), not at least.
      const [low, high] = MORE_THAN.test(before)
        ? // ("more than doubled, from 1.6 million to 2.9 million": the figures' own rounding is allowed already, so only a
          // little more is.)
          factor < 1 ? [0, factor * 1.05] : [factor * 0.97, Infinity]
        : LESS_THAN.test(before)
          ? [factor > 1 ? 1 + (factor - 1) * 0.6 : factor, factor > 1 ? factor * 1.02 : 1 - (1 - factor) * 0.6]
          : change.isPercent
            ? percentBounds(factor, ABOUT.test(before) ? 2 : 1)
            : ABOUT.test(before)
              ? [factor * 0.8, factor * 1.2]
              : [factor * 0.92, factor * 1.08];
      // "rose 15%, from 1.2m to 1.4m": the rounded figures allow ×1.08 to ×1.26.
      const [sf, st] = [decimalSlack(pair.from), decimalSlack(pair.to)];
      const [ratioLow, ratioHigh] = widened(pair, [(pair.to.value - st) / (pair.from.value + sf), pair.from.value - sf > 0 ? (pair.to.value + st) / (pair.from.value - sf) : Infinity]);
      if (ratioHigh >= low && ratioLow <= high) continue;
      findings.push({
        ruleId: multiplierMismatch.id,
        message: `“${change.text}” means ×${round(factor)}, but ${pair.from.text.trim()} to ${pair.to.text.trim()} is ×${round(ratio)}.`,
        start: Math.min(change.start, pair.from.start, pair.to.start),
        end: Math.max(change.end, pair.from.end, pair.to.end),
      });
    }
    return findings;
  },
};

function findChanges(sentence: string, pair: { from: Quantity; to: Quantity }): Change[] {
  const changes: Change[] = [];
  for (const { pattern, factor, isVerb } of WORD_FACTORS) {
    for (const match of sentence.matchAll(pattern)) changes.push({ start: match.index, end: match.index + match[0].length, text: match[0], factor, isWord: isVerb });
  }
  for (const match of sentence.matchAll(FOLD)) {
    const n = /^\d+$/.test(match[1]) ? Number(match[1]) : (LARGE_FOLD[match[1].toLowerCase()] ?? wordValue(match[1].toLowerCase()));
    if (!Number.isFinite(n) || n <= 1) continue;
    // "fell fourfold", "a threefold drop": a fold of a fall divides by it (to a quarter, a third).
    const isFall = FALL.test(sentence.slice(Math.max(0, match.index - 30), match.index)) || FALL_AFTER.test(sentence.slice(match.index + match[0].length, match.index + match[0].length + 20));
    changes.push({ start: match.index, end: match.index + match[0].length, text: match[0], factor: isFall ? 1 / n : n, isWord: true });
  }
  // "grown by a factor of six", "cut by a factor of four": a multiple up after a verb of rise, its inverse after one of fall.
  for (const match of sentence.matchAll(BY_FACTOR)) {
    const n = /^\d/.test(match[1]) ? Number(match[1]) : wordValue(match[1].toLowerCase());
    const before = sentence.slice(Math.max(0, match.index - 30), match.index);
    const sign = RISE.test(before) ? 1 : FALL.test(before) ? -1 : 0;
    if (Number.isFinite(n) && n > 1 && sign !== 0) changes.push({ start: match.index, end: match.index + match[0].length, text: match[0], factor: sign > 0 ? n : 1 / n, isWord: true });
  }
  for (const match of sentence.matchAll(RISE_TIMES)) {
    const n = match[2] ? Number(match[2]) : (/^\d+$/.test(match[1]) ? Number(match[1]) : wordValue(match[1].toLowerCase())) + 0.5;
    if (Number.isFinite(n) && n > 1) changes.push({ start: match.index, end: match.index + match[0].length, text: match[0], factor: n });
  }
  // A percentage or fraction right after a verb of change, other than the pair itself.
  for (const q of findQuantities(sentence)) {
    if (!q.isPercent || q === pair.from || q === pair.to) continue;
    const before = sentence.slice(Math.max(0, q.start - 60), q.start);
    const after = sentence.slice(q.end, q.end + 20);
    // "has shrunk to a third of its 2010 level, from 6.3 to 3.1", "fell to half": the fraction is the new level's share
    // of the old (between counts or money only: "support fell to a third, from 45% to 33%" gives the level itself), the
    // fraction of its own level ("fell to half the national average" compares with another thing).
    const fallTo = FALL_TO.exec(before);
    if (fallTo && q.isFraction && !pair.from.isPercent && q.value < 100 && OWN_LEVEL_AFTER.test(sentence.slice(q.end, q.end + 50))) {
      changes.push({ start: q.start, end: q.end, text: `${fallTo[0]}${q.text}`, factor: q.value / 100 });
      continue;
    }
    const sign = RISE.test(before) || RISE_AFTER.test(after) ? 1 : FALL.test(before) || FALL_AFTER.test(after) ? -1 : 0;
    // "rose by 5% a year": a rate, compounded over the years, not the change from A to B.
    if (/^\s*(?:a|per|each|every)\s+(?:year|month|week|day|quarter)\b|^\s*(?:annually|yearly)\b/i.test(after)) continue;
    if (sign === 0 || (pair.from.isPercent && !q.isFraction)) continue; // "rose 5%, from 10% to 15%": points or per cent?
    changes.push({ start: q.start, end: q.end, text: sentence.slice(q.start, q.end), factor: 1 + (sign * q.value) / 100, isPercent: !q.isFraction });
  }
  return changes;
}

// "to some 1,300", "from about 400": a tenth either way; "to more than 20" has no top, "from nearly 10" a higher one.
function widened(pair: { from: Quantity; to: Quantity }, [low, high]: [number, number]): [number, number] {
  const [to, from] = [pair.to.approx, pair.from.approx];
  const about = (to === "about" ? 1.1 : 1) * (from === "about" ? 1.1 : 1);
  return [to === "under" || from === "over" ? 0 : low / about, to === "over" || from === "under" ? Infinity : high * about];
}

// "rose 2%" allows 1.4% to 2.6%, not 10%: half a point or a tenth of the change, whichever is more (twice after "about").
function percentBounds(factor: number, widen: number): [number, number] {
  const change = factor - 1;
  const slack = widen * Math.max(0.005, 0.1 * Math.abs(change));
  return [1 + change - slack, 1 + change + slack];
}

const APPROX_ONLY = /^\s?(?:(?:some|about|around|roughly|approximately|an\s+estimated|nearly|almost|close\s+to|just\s+over|just\s+under|more\s+than|over|under|less\s+than)\s+)?$/i;

function fromToPair(sentence: string): { from: Quantity; to: Quantity; start: number; end: number } | null {
  const quantities = findQuantities(sentence).filter((q) => !q.isYear);
  FROM_TO.lastIndex = 0;
  for (let match = FROM_TO.exec(sentence); match; match = FROM_TO.exec(sentence)) {
    const isReversed = match[0].toLowerCase().startsWith("to");
    const first = quantities.find((q) => q.start >= match.index && q.start < match.index + match[0].length);
    // ("from 415 TWh to some 1,300 TWh", "to nearly £5m from £2m": an approximation may come before the second figure.)
    const second = quantities.find((q) => q.start >= match.index + match[0].length && APPROX_ONLY.test(sentence.slice(match.index + match[0].length, q.start)));
    // "set to rise by 10%, from £300 to £500": "to rise … from" pairs nothing, and the "from … to" inside it is tried next.
    if (!first || !second || first.value === 0 || first.isPercent !== second.isPercent || first.isFraction || second.isFraction) {
      FROM_TO.lastIndex = match.index + 1;
      continue;
    }
    const [from, to] = isReversed ? [second, first] : [first, second];
    return { from, to, start: match.index, end: Math.max(first.end, second.end) };
  }
  const lettered = letteredPair(sentence);
  if (lettered) return lettered;
  // "3 million, against 2 million then", "£19m compared with £2m": the later figure first.
  for (let i = 0; i + 1 < quantities.length; i++) {
    const [to, from] = [quantities[i], quantities[i + 1]];
    if (from.value === 0 || from.isPercent !== to.isPercent || from.isFraction || to.isFraction) continue;
    // ("has 300,000 people, against 400,000 in its neighbour": a figure of another thing, not of another time.)
    if (AGAINST.test(sentence.slice(to.end, from.start)) && !OTHER_THING_AFTER.test(sentence.slice(from.end, from.end + 40))) return { from, to, start: to.start, end: from.end };
  }
  return null;
}

// "from R20 an hour to R27.58", "to Rs1,200 from Rs500", "from K4.50 to K9": a currency the parser does not know, written
// as the same letters glued before both figures. Money only where it shows (cents, thousands, or a rate such as "an
// hour"), so that "from J10 to J12" and "from A320 to A350" are no pair.
const LETTERED_FROM_TO = /\b(from|to)\s+(\p{Lu}\p{Ll}{0,2})(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\b((?:\s+(?!(?:while|whereas|but|and)\b)\S+){0,3}?)\s+(?:to|from)\s+\2(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\b/gu;
const MONEY_SHOWN = /\.\d\d$|,\d{3}/;
const RATE_AFTER = /^\s+(?:an?\s+(?:hour|day|week|month|year|kilo|litre|head)|per\s+\p{L}+)\b/u;
const PERIOD_PREFIX = /^(?:Q|H|FY|CY|No|Mk)$/;

function letteredPair(sentence: string): { from: Quantity; to: Quantity; start: number; end: number } | null {
  for (const match of sentence.matchAll(LETTERED_FROM_TO)) {
    const [, opener, prefix, firstDigits, middle, secondDigits] = match;
    if (PERIOD_PREFIX.test(prefix)) continue;
    const firstStart = match.index + match[0].indexOf(prefix + firstDigits);
    const firstEnd = firstStart + prefix.length + firstDigits.length;
    const secondEnd = match.index + match[0].length;
    const secondStart = secondEnd - prefix.length - secondDigits.length;
    const isMoney = MONEY_SHOWN.test(firstDigits) || MONEY_SHOWN.test(secondDigits) || RATE_AFTER.test(middle) || RATE_AFTER.test(sentence.slice(secondEnd));
    if (!isMoney) continue;
    const quantity = (start: number, end: number, digits: string): Quantity => ({
      value: Number(digits.replace(/,/g, "")), start, end, isPercent: false, isYear: false, text: sentence.slice(start, end),
      isFraction: false, approx: "exact", currency: prefix, unit: "",
    });
    const [first, second] = [quantity(firstStart, firstEnd, firstDigits), quantity(secondStart, secondEnd, secondDigits)];
    if (first.value === 0 || second.value === 0) continue;
    const [from, to] = opener.toLowerCase() === "to" ? [second, first] : [first, second];
    return { from, to, start: match.index, end: secondEnd };
  }
  return null;
}

export const OTHER_THING_AFTER = /^\s*(?:[\p{L}-]+\s+)?(?:in|at|for|among|across)\s+(?!(?:19|20)\d\d\b)(?!(?:(?:the|its|their|his|her)\s+)?(?:same|previous|last|first|prior|preceding|year|month|week|quarter|period|decade|spring|summer|autumn|winter|january|february|march|april|may|june|july|august|september|october|november|december)\b)\p{L}/iu;
const AGAINST = /^(?:\s+[\p{L}’'-]+){0,2}?\s*,?\s*(?:against|compared with|compared to)\s+(?:an?\s+|the\s+)?$/u;

function round(value: number): number {
  return Number(value.toFixed(2));
}
