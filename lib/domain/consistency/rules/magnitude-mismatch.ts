import { WORD_NUMBER } from "../number-words";
import { countedUnit, findQuantities, isPowerOfTenApart, parseNumber, roundingSlack, type Quantity } from "../numbers";
import type { ConsistencyRule, Finding } from "../rule";
import { BASE_UNIT_NAME, unitNamed, type UnitInfo } from "../measures";
import { isApposition } from "./apposition";
import { isDifferenceOrPart } from "./difference-after";
import { isWholeOfShare } from "./whole-of-share";
import { prefixedSizes } from "./prefixed-units";
import { perItemAgainstTotal, perItemOf } from "./per-item";
import { averagePerThing } from "./average-per-thing";
import { pricedAmount } from "./priced-amount";
import { isRateOfOne, rateTimesCountFindings } from "./rate-times-count";
import { inPounds } from "./stones";
import { breakdownPairs } from "./breakdown-list";
import { startOfCode, withCurrencySymbols } from "./currency-codes";

// Measures outside measures.ts's table, compared only with the same unit ("sq ft"), and degrees, left to unit-restatement.
const OTHER_MEASURES = new Set(["sq", "square", "c", "f"]);

/**
 * One amount written twice with different magnitudes: "€1.2 billion (1,200,000
 * euros)", "$3.5bn, or 350 million dollars", "1,500,000 visitors, or 15 million".
 * Compared only in the same currency (or none), and not across different
 * measures ("120mm, or 12cm" is a conversion). Rounding of the less precise
 * number is allowed, and 5% besides.
 */
export const magnitudeMismatch: ConsistencyRule = {
  id: "magnitude-mismatch",
  description: "An amount restated in other words (“1.2 billion (1,200 million)”) must be the same amount.",
  check(written) {
    // ("a GBP46m, or GBP460,000, loan": codes read as their symbols, at the same offsets.)
    const sentence = withCurrencySymbols(written);
    const quantities = inPounds(sentence, findQuantities(sentence).filter((q) => !q.isPercent && !q.isYear).map((q) => withSquareUnit(sentence, withIndianScale(q))));
    const findings: Finding[] = [];
    const breakdown = breakdownPairs(sentence, quantities);
    for (let i = 0; i + 1 < quantities.length; i++) {
      const [first, second] = [quantities[i], quantities[i + 1]];
      if (breakdown.has(i) || isInLongBareList(sentence, quantities, i)) continue;
      const spread = spreadOverYears(sentence, quantities, i);
      if (spread) findings.push(spread);
      if (!isApposition(sentence, withDate(sentence, withCurrencyWord(sentence, first)), second) || !comparable(sentence, first, second)) continue;
      // ("£48m by 2027, £60m by 2028": amounts each with a date of their own are a series.)
      if (withDate(sentence, second) !== second && withDate(sentence, first) !== first) continue;
      const overYears = rateOverYears(sentence, first, second);
      if (overYears) {
        findings.push(overYears);
        continue;
      }
      // ("1,500 a game, or 30,000 across the 20 home matches", "150p a litre, or £82.50 for a full tank": an amount for
      // one thing, then a total, perhaps over a count of the things, which rate-times-count.ts checks below.)
      if (isRateOfOne(sentence, first) && !isRateOfOne(sentence, second)) continue;
      // ("240,000 words, about 400 a page": a total, then the average for one thing, which average-per-thing.ts checks.)
      if (isRateOfOne(sentence, second) && !isRateOfOne(sentence, first)) continue;
      if (!isRestatement(sentence, first, second, quantities[i + 2], quantities[i - 1])) continue;
      // ("25 players share a £5m pot, or £200,000 a player": the amount for each of a count, checked below.)
      if (perItemOf(sentence, quantities, i)) continue;
      // ("900Mbps, or 0.9Gbps": a data rate in two prefixes, compared in the first's unit.)
      const prefixed = prefixedSizes(first.unit, second.unit);
      const [a, b] = prefixed ? [inBaseUnit(first, 1), inBaseUnit(second, prefixed[1] / prefixed[0])] : [inBaseUnit(first), inBaseUnit(second)];
      const unit = unitOf(first.unit);
      const unitName = prefixed && a.factor !== b.factor ? ` ${first.unit}` : unit && a.factor !== b.factor ? ` ${BASE_UNIT_NAME[unit.dimension]}` : "";
      // A gallon or a ton differs from country to country: that much more is allowed (measures.ts's `loose`).
      const slack = Math.max(roundingSlack(first) * a.factor, roundingSlack(second) * b.factor, 0.05 * Math.max(a.value, b.value)) + Math.max(a.loose, b.loose);
      if (Math.abs(a.value - b.value) <= slack || isWithinLooseBound(sentence, [first, a.value], [second, b.value])) continue;
      findings.push({
        ruleId: magnitudeMismatch.id,
        message: unitName
          ? `${first.text.trim()} ${first.unit} is ${format(a.value)}${unitName}, but it is restated as ${second.text.trim()} ${second.unit} (${format(b.value)}${unitName}).`
          : `${first.text.trim()} is ${format(first.value)}, but it is restated as ${second.text.trim()} (${format(second.value)}).`,
        start: first.start,
        end: second.end,
      });
    }
    const group = groupSizeAgainstCount(sentence, quantities);
    if (group && !findings.some((f) => f.start === group.start)) findings.push(group);
    const yearly = yearlyAgainstDealTotal(sentence, quantities);
    if (yearly && !findings.some((f) => f.start === yearly.start)) findings.push(yearly);
    const perItem = perItemAgainstTotal(sentence, quantities, magnitudeMismatch.id);
    if (perItem && !findings.some((f) => f.start === perItem.start)) findings.push(perItem);
    // ("The 600-page novel runs to 240,000 words, about 4,000 a page": the average for one thing over the count.)
    const average = averagePerThing(sentence, quantities, magnitudeMismatch.id);
    if (average && !findings.some((f) => f.start === average.start)) findings.push(average);
    // ("$2,400 an ounce, valuing a 10-ounce bar at $240,000": a price times the units.)
    const priced = pricedAmount(sentence, quantities, magnitudeMismatch.id);
    if (priced && !findings.some((f) => f.start === priced.start)) findings.push(priced);
    // ("Chasing at six an over, or 120 across the full 50 overs": a rate for one thing times the count of them.)
    for (const counted of rateTimesCountFindings(sentence, quantities, magnitudeMismatch.id)) {
      if (!findings.some((f) => f.start === counted.start)) findings.push(counted);
    }
    return sentence === written ? findings : findings.map((f) => ({ ...f, start: f.start === undefined ? f.start : startOfCode(written, f.start) }));
  },
};

// "4.5km, less than three miles", "12,000 people, well over 10,000": a loose bound holds anything on its side; only
// "just over", "nearly" and the like say how near.
const TIGHT_BOUND = /\b(?:just|a\s+little|slightly|nearly|almost|close\s+to|not\s+quite)\s+(?:over|under|more\s+than|less\s+than|short\s+of\s+)?\s*$/i;

function isWithinLooseBound(sentence: string, ...sides: [Quantity, number][]): boolean {
  const bound = sides.find(([q]) => q.approx === "over" || q.approx === "under");
  const exact = sides.find(([q]) => q.approx === "exact" || q.approx === "about");
  if (!bound || !exact || TIGHT_BOUND.test(sentence.slice(Math.max(0, bound[0].start - 20), bound[0].start))) return false;
  // ("54,000, more than 5,000 people": a power of ten apart is the slip, whatever the bound.)
  return (bound[0].approx === "over" ? exact[1] >= bound[1] : exact[1] <= bound[1]) && !isPowerOfTenApart(exact[1], bound[1]);
}

// "$190,000 a month", "6,000 more than before", "£5 each": a rate or a difference, not the same amount.
// ("30,000, against 20,000 last year, three times as many as in 2010": a multiple, not the amount again.)
// "£400 per worker", "£80 for every adult", "£5 each": "per", "each" and "every" make any noun a rate.
// ("2.7 million barrels a month": what is counted may come before the period; a currency word is the amount's own,
// and "30 million euros a month, some €3bn" is a slip.)
const RATE_OR_DIFFERENCE = /^\s*(?:for\s+)?(?:per|each|every)\s+\p{L}|^\s*(?:(?!(?:dollars|euros|pounds|pence|cents|yen)\b)[\p{L}’'-]+\s+)?(?:a|an)\s+(?:day|week|month|year|head|person|share|hour|season|worker|household|family|pupil|patient)\b|^\s*(?:each|apiece|more|fewer|less|extra|higher|lower|up|down|short|times)\b/iu;
// "the ten-year plan", "over 20 years": a duration the whole amount is spread over ("in 12 years" is a date).
const YEARS_LONG = new RegExp(`\\b(\\d{1,2}|${WORD_NUMBER})-years?\\b(?!-old)|\\b(?:over|across|during)\\s+(?:the\\s+(?:next|last)\\s+)?(\\d{1,2}|${WORD_NUMBER})\\s+years\\b`, "gi");

// "the three-year, £90m deal", "the five-year deal, worth £250m": the total belongs to the duration's noun phrase.
const TOTAL_OF_DURATION = /^(?:,?\s*|\s+[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?,?\s+(?:worth|costing|valued at|of)\s+(?:(?:some|about|around|roughly|nearly|almost|up to)\s+)?)$/u;
// "pays £20m a year", "will see the club paid £30m a season": the yearly amount is what the deal pays or costs.
const PAYS_BEFORE = /\b(?:pays?|paid|paying|gets?|got|getting|earns?|earning|receives?|received|spends?|spending|spent|costs?|costing|brings? in|yields?)\s+(?:(?:him|her|them|it|the\s+[\p{L}]+|about|around|some|roughly|nearly|almost|an average of)\s+)*$/iu;
// ("the ten-year plan will cost €2bn (€20m a year)": a yearly amount restates a total over the years named.)
const A_YEAR_OR_SEASON = /^\s*(?:a|per|each|every)\s+(?:year|season)\b|^\s*(?:annually|yearly)\b/i;

// "a 2.1 million-strong electorate of some 210,000 people", "the 40,000-strong workforce, some 4,000 staff": a group's
// size said by "-strong", then counted again in people (or in nothing: "… of 4,000").
const STRONG_THEN_COUNT = /^-strong\s+(?:[\p{L}’'-]+\s+){1,2}?(?:of|numbering|totalling|,)\s*(?:(?:some|about|around|roughly|nearly|almost|just\s+over|just\s+under|more\s+than|over)\s+)?$/iu;
const PEOPLE = /^(?:|people|persons|members|voters|workers|staff|employees|soldiers|troops|fans|residents|pupils|students|volunteers|officers|delegates|supporters|men|women)$/;

/** "A 2.1 million-strong electorate of some 210,000 people": a group's size against its count. */
function groupSizeAgainstCount(sentence: string, quantities: readonly Quantity[]): Finding | null {
  for (let i = 0; i + 1 < quantities.length; i++) {
    const [size, count] = [quantities[i], quantities[i + 1]];
    if (size.currency || count.currency || !STRONG_THEN_COUNT.test(sentence.slice(size.end, count.start)) || !PEOPLE.test(countedUnit(count))) continue;
    const slack = Math.max(roundingSlack(size), roundingSlack(count), 0.05 * Math.max(size.value, count.value)) * (count.approx === "exact" ? 1 : 2);
    if (Math.abs(size.value - count.value) <= slack || isDifferenceOrPart(sentence.slice(count.end, count.end + 30))) continue;
    return {
      ruleId: magnitudeMismatch.id,
      message: `${size.text.trim()}-strong is ${format(size.value)}, but it is counted as ${count.text.trim()} (${format(count.value)}).`,
      start: size.start,
      end: count.end,
    };
  }
  return null;
}

/** "The three-year, £90m deal pays £20m a year": a deal's total against what it pays a year, over its one duration. */
function yearlyAgainstDealTotal(sentence: string, quantities: readonly Quantity[]): Finding | null {
  const durations = [...sentence.matchAll(YEARS_LONG)];
  if (durations.length !== 1 || durations[0][1] === undefined) return null;
  const years = parseNumber(durations[0][1]);
  const durationEnd = durations[0].index + durations[0][0].length;
  const total = quantities.find((q) => q.start >= durationEnd && q.currency && TOTAL_OF_DURATION.test(sentence.slice(durationEnd, q.start)));
  if (!total || years === null || years < 2) return null;
  const rates = quantities.filter((q) => q.start > total.end && A_YEAR_OR_SEASON.test(sentence.slice(q.end, q.end + 12)));
  if (rates.length !== 1 || rates[0].currency !== total.currency) return null;
  const rate = rates[0];
  if (!PAYS_BEFORE.test(sentence.slice(Math.max(0, rate.start - 40), rate.start)) || /;|\bbut\b/.test(sentence.slice(total.end, rate.start))) return null;
  const expected = years * rate.value;
  const slack = Math.max(roundingSlack(total), years * roundingSlack(rate), 0.05 * Math.max(expected, total.value)) * (rate.approx === "exact" ? 1 : 2);
  if (Math.abs(expected - total.value) <= slack) return null;
  return {
    ruleId: magnitudeMismatch.id,
    message: `${total.text.trim()} over ${years} years is ${format(total.value / years)} a year, but ${rate.text.trim()} a year is paid.`,
    start: total.start,
    end: rate.end,
  };
}

/** A total against its yearly rate times the one duration the sentence names, or null when that does not apply. */
// ("The rights deal is worth $1.2bn over 12 years, or $120m a season": a season of sport comes once a year.)
function rateOverYears(sentence: string, total: Quantity, rate: Quantity): Finding | null {
  if (!A_YEAR_OR_SEASON.test(sentence.slice(rate.end, rate.end + 12)) || A_YEAR_OR_SEASON.test(sentence.slice(total.end, total.end + 12))) return null;
  // ("£600m over five years, or £150m a year in the first two": the rate of some of the years only.)
  if (SOME_OF_THE_YEARS.test(sentence.slice(rate.end, rate.end + 50))) return null;
  // Two yearly amounts ("$1,200 a year … $400 billion a year"): which one restates the total is not known.
  if ((sentence.match(/\b(?:a|per)\s+(?:year|season)\b|\bannually\b/gi) ?? []).length > 1) return null;
  const durations = [...sentence.matchAll(YEARS_LONG)];
  if (durations.length !== 1) return null;
  const years = parseNumber(durations[0][1] ?? durations[0][2]);
  if (years === null || years < 2) return null;
  const expected = years * rate.value;
  const slack = Math.max(roundingSlack(total), years * roundingSlack(rate), 0.05 * Math.max(expected, total.value));
  if (Math.abs(expected - total.value) <= slack) return null;
  return {
    ruleId: magnitudeMismatch.id,
    message: `${total.text.trim()} over ${years} years is ${format(total.value / years)} a year, but it is restated as ${rate.text.trim()} ${A_YEAR_OR_SEASON.exec(sentence.slice(rate.end, rate.end + 12))?.[0].trim()}.`,
    start: total.start,
    end: rate.end,
  };
}

const SOME_OF_THE_YEARS = /^\s*(?:a|per|each|every)\s+(?:year|season)\s+(?:in|for|during|over|from|until|by)\s+(?:the|its)\s+(?:first|last|final|early|later|opening|remaining)\b/i;
// "worth $1.2bn over 12 years, or $120m a season": the years the total is spread over, then its yearly rate.
const OVER_THE_YEARS = /^\s+(?:over|across|during)\s+(?:the\s+(?:next|last)\s+)?$/i;

function spreadOverYears(sentence: string, quantities: readonly Quantity[], i: number): Finding | null {
  const [total, years, rate] = [quantities[i], quantities[i + 1], quantities[i + 2]];
  if (!rate || !total.currency || rate.currency !== total.currency || years.unit !== "years" || !OVER_THE_YEARS.test(sentence.slice(total.end, years.start))) return null;
  return isApposition(sentence, years, rate) ? rateOverYears(sentence, total, rate) : null;
}

const SAID_AGAIN = /(?:^|[\s,(–—])(?:or|that is|i\.e\.|equivalent to|the equivalent of)\s+(?:(?:some|about|around|roughly|nearly|almost|just|approximately)\s+)?$/i;
// "£50bn on health, £30bn on schools and £10bn": parts of a list, each with its own words.
const LIST_GOES_ON = /^(?:\s+[\p{L}’'-]+){1,4}\s*(?:,|\band\b)\s*(?:[\p{L}’'-]+\s+){0,3}$/iu;
// "$3.1bn, $2.4bn and $1.8bn respectively": bare amounts, a comma, then "and" a third and "respectively", are a list
// matched to the list of things named. (Without "respectively", "behind groups worth $3.1tn, $2.8tn and $1.7tn" is
// left as it was: rank sentences of the development corpus are caught only by reading it as a restatement.)
const BARE_LIST = { first: /^\s*,\s*$/, next: /^\s*,?\s*and\s*$/i, after: /^\s*(?:[\p{L}’'-]+\s+){0,3}?respectively\b/iu };

// (Opened by its own bracket, perhaps with an approximation; closed after at most two words, then only a comma.)
const BRACKETED_ITEM = { before: /\(\s*(?:(?:some|about|around|roughly|nearly|almost|just|approximately)\s+)?$/i, between: /^(?:[\s-]*[\p{L}’'-]+){0,2}\s*\)\s*,\s*$/u };

const WHOLE_OPENING = /(?:^|[;:]\s*|,\s+(?:and|but)\s+)(?:of|among|out\s+of)\s+(?:(?:the|a|an|its|their|this|these|some|an\s+estimated)\s+)?(?:[\p{L}’'-]+\s+){0,4}?(?:of\s+)?(?:(?:some|about|around|roughly|nearly|almost|more\s+than|over)\s+)?$/iu;

// "a ratio of one to eight, or 12.5 nurses per 100 patients": a ratio's last term is no amount (ratio-restatement's).
const RATIO_TERM_BEFORE = new RegExp(`\\bratio\\b.*(?:\\d|\\b${WORD_NUMBER})\\s*(?:\\bto|:)\\s*$`, "iu");

// "hold 12bn, 9bn, 10bn and 4bn litres": four figures or more, each after a bare comma and the last after "and", are
// an enumeration, whatever their order (three are left to BARE_LIST: rank sentences of the development corpus are
// caught by reading "A, B and C" as a restatement).
const LIST_COMMA = /^\s*,\s*$/;
const LIST_AND = /^\s*,?\s*and\s*$/i;

function isInLongBareList(sentence: string, quantities: readonly Quantity[], i: number): boolean {
  const link = (k: number) => (k < 0 || k + 1 >= quantities.length ? null : sentence.slice(quantities[k].end, quantities[k + 1].start));
  let [start, end] = [i, i + 1];
  if (!LIST_COMMA.test(link(i) ?? "") && !LIST_AND.test(link(i) ?? "")) return false;
  while (LIST_COMMA.test(link(start - 1) ?? "")) start--;
  while (LIST_COMMA.test(link(end - 1) ?? "") && link(end) !== null && (LIST_COMMA.test(link(end) ?? "") || LIST_AND.test(link(end) ?? ""))) end++;
  return end - start + 1 >= 4 && LIST_AND.test(link(end - 1) ?? "");
}

function isRestatement(sentence: string, first: Quantity, second: Quantity, third: Quantity | undefined, before: Quantity | undefined): boolean {
  if (RATIO_TERM_BEFORE.test(sentence.slice(Math.max(0, first.start - 80), first.start))) return false;
  if (RATE_OR_DIFFERENCE.test(sentence.slice(second.end, second.end + 30)) || RATE_OR_DIFFERENCE.test(sentence.slice(first.end, first.end + 30))) return false;
  // "28kg, 3kg heavier than the runner-up": a difference after its unit word.
  if (isDifferenceOrPart(sentence.slice(second.end, second.end + 30))) return false;
  // ("The bulk of the £41bn loan book, some £49bn": a part larger than its whole is no part.)
  if (isWholeOfShare(sentence, first) && inBaseUnit(second).value <= inBaseUnit(first).value) return false;
  // "Of the 1,300 victims, more than 1,000 were civilians": the whole named first, then a part of it.
  if (/\b(?:of|among)\s+(?:the|its|their|all)\s+$/i.test(sentence.slice(Math.max(0, first.start - 12), first.start))) return false;
  // So is a whole in an opening "Of …" or "Among …" phrase: "Of a crowd of 54,000, roughly 3,000 away fans …",
  // "Among a workforce of 12,000, some 1,200 …".
  if (WHOLE_OPENING.test(sentence.slice(Math.max(0, first.start - 60), first.start))) return false;
  // "two tries (10 points), one conversion (2)": a figure in brackets of its own says what the item before it comes to;
  // the figure after the bracket and a comma is the next item of the list, not the bracketed one again.
  if (BRACKETED_ITEM.before.test(sentence.slice(Math.max(0, first.start - 16), first.start)) && BRACKETED_ITEM.between.test(sentence.slice(first.end, second.start))) return false;
  // "12,000 staff, 4,000 of them in Britain": a part of the first, not the first again.
  if (/^\s+of\s+(?:them|whom|which|those|these|it)\b/i.test(sentence.slice(second.end, second.end + 12))) return false;
  // "or", "that is" mark a restatement outright, whatever follows ("1.6-litre engine, or 16 litres, produces 120").
  if (third && !SAID_AGAIN.test(sentence.slice(first.end, second.start)) && LIST_GOES_ON.test(sentence.slice(second.end, third.start))) return false;
  if (third && BARE_LIST.first.test(sentence.slice(first.end, second.start)) && BARE_LIST.next.test(sentence.slice(second.end, third.start))
    && BARE_LIST.after.test(sentence.slice(third.end, third.end + 45))) return false;
  // The list's last two items: "5 million by Ryanair, 4 million by easyJet, 2 million by Jet2" began before `first`.
  if (before && !SAID_AGAIN.test(sentence.slice(first.end, second.start)) && LIST_GOES_ON.test(sentence.slice(before.end, first.start))) return false;
  return true;
}

const POINTS_OF_A_RATE = /^(?:basis|bps?|percentage)$/;
const singular = (unit: string) => unit.replace(/(?<=[a-z]{3})s$/, "");

// "1.2 tonnes, or 1,200 kilograms", "12km (7.5 miles)": a unit one amount may be restated in (measures.ts's table).
// Durations are unit-restatement's, which reads "2 hours 45 minutes (165 minutes)" as one measure; here
// "15 minutes (165 minutes)" would be a false alarm, and "eight years, ten years" a list. Degrees, which do not start
// at zero, are unit-restatement's too.
function unitOf(unit: string): UnitInfo | undefined {
  const info = unitNamed(unit) ?? unitNamed(singular(unit));
  return info?.dimension === "time" || info?.dimension === "temperature" ? undefined : info;
}

function isMeasure(unit: string): boolean {
  return unitOf(unit) !== undefined || OTHER_MEASURES.has(unit) || OTHER_MEASURES.has(singular(unit));
}

// "250p (£25)": pence restated in pounds.
function isPence(q: Quantity): boolean {
  return q.currency === "£" && !q.text.includes("£");
}

// (`size`: the unit's size when it is no unit of measures.ts's table, as a prefixed data rate.)
function inBaseUnit(q: Quantity, size?: number): { value: number; factor: number; loose: number } {
  const unit = unitOf(q.unit);
  const factor = size ?? unit?.factor ?? 1;
  return { value: q.value * factor, factor, loose: (unit?.loose ?? 0) * q.value * factor };
}


function comparable(sentence: string, first: Quantity, second: Quantity): boolean {
  if (first.currency && second.currency && first.currency !== second.currency) return false;
  const [u1, u2] = [singular(first.unit), singular(second.unit)];
  // "1.2 percentage points, or 120 basis points" is the same change: basis points are unit-restatement's (basis-points.ts).
  if (POINTS_OF_A_RATE.test(first.unit) || POINTS_OF_A_RATE.test(second.unit)) return false;
  // "900Mbps, or 0.9Gbps", "a 2TB drive (2,000GB)": one rate or size in two prefixes, when said to be the same
  // ("500Mbps, 1Gbps and 2Gbps" is a list of plans).
  if (prefixedSizes(first.unit, second.unit)) return /\(|[–—]|\b(?:or|that is|i\.e\.|equivalent)\b/i.test(sentence.slice(first.end, second.start));
  // "the five-year deal, worth £250m", "a 10-page report (£3m)": a figure joined to its noun by a hyphen
  // describes the thing; it is not the amount of money beside it.
  // So is a duration ("a five year, $40 billion tax break"), and a count of things ("$120 billion of imports, 3 million jobs").
  const uncounted = first.currency ? (second.currency ? null : second) : second.currency ? first : null;
  if (uncounted && uncounted.unit !== "" && (sentence[uncounted.end] === "-" || TIME_UNIT.test(uncounted.unit) || countsThings(sentence, uncounted) || isOneThing(sentence, uncounted))) return false;
  // "some 40, 45, 50 billion dollars": bare figures before a scaled one share its scale; they are a list.
  if (isBareFigure(first) && /hundred|thousand|million|billion|trillion|\d\s?(?:k|m|mn|bn|tn)\b/i.test(second.text) && first.value < 1000) return false;
  const [unit1, unit2] = [unitOf(first.unit), unitOf(second.unit)];
  if (unit1 && unit2) return unit1.dimension === unit2.dimension;
  // "100 degrees Celsius, or 212 degrees Fahrenheit": degrees are unit-restatement's, which knows the scales.
  if (/^degrees?$/.test(u1) || /^degrees?$/.test(u2)) return false;
  // "120mm, or 12cm" is a conversion (above); "12km, or 12 hours" or "3 tonnes (3 lorries)" compares nothing.
  if (isMeasure(first.unit) || isMeasure(second.unit)) return u1 === u2;
  // "84 million people, or 41 million households": two different things counted, unless the figures
  // differ by a power of ten, the slip this rule is for ("3.2 million residents, or 320,000 people").
  if (!first.currency && !second.currency && u1 && u2 && countedUnit(first) && countedUnit(second) && u1 !== u2) return isPowerOfTenApart(first.value, second.value);
  // Written the same way twice ("5 and 6") is a list, not a restatement: one side needs a scale or separators.
  return /[,.]\d|\d\s?(?:m|bn|k|mn|tn|trn)\b|hundred|thousand|million|billion|trillion/i.test(first.text + " " + second.text) || isPence(first) || isPence(second);
}

const TIME_UNIT = /^(?:years?|months?|weeks?|days?|hours?|minutes?|seasons?|decades?)$/;
// "3 million jobs", "50 new bureaucracies": a plural noun within two words of the figure names what is counted.
const COUNTED_NOUN = /^\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}]+[^s\s]s)\b/u;

function countsThings(sentence: string, q: Quantity): boolean {
  const noun = COUNTED_NOUN.exec(sentence.slice(q.end, q.end + 40))?.[1];
  return noun !== undefined && !(noun in CURRENCY_PLURALS) && !isMeasure(noun);
}
// "tickets (£10m), one sponsor (£1m)": "one" with a singular noun counts a thing, as a plural after a figure does.
const ONE_THING = /^\s+(?!(?:of|and|or|in|on|at|to|for|with|by|from|is|was|a|an|the|more|less|fewer)\b)\p{Ll}+\b/u;

function isOneThing(sentence: string, q: Quantity): boolean {
  return q.value === 1 && /^(?:one|a\s+single|single)$/i.test(q.text.trim()) && !isMeasure(q.unit) && ONE_THING.test(sentence.slice(q.end, q.end + 30));
}
const CURRENCY_PLURALS: Record<string, true> = { dollars: true, euros: true, pounds: true, pence: true, cents: true, francs: true, pesos: true, rupees: true, roubles: true, rubles: true, shillings: true, riyals: true, dirhams: true };

// "12 million dollars a year — some $1.2bn": the currency word is part of the figure, so "a year" is all that comes between.
function withCurrencyWord(sentence: string, q: Quantity): Quantity {
  if (!(q.unit in CURRENCY_PLURALS)) return q;
  const word = new RegExp(`^\\s+${q.unit}\\b`, "i").exec(sentence.slice(q.end, q.end + 20));
  return word ? { ...q, end: q.end + word[0].length } : q;
}

// "Rs 12,000 crore, or 120bn rupees": a crore is ten million and a lakh a hundred thousand, the scales of Indian copy.
const INDIAN_SCALES: Record<string, number> = { crore: 1e7, crores: 1e7, lakh: 1e5, lakhs: 1e5 };

// "1.2 million square feet, or about 111,000 square metres": "square" is half a unit; with the word after it, the
// measures.ts area it names, converted as any other.
const SQUARE_UNIT = /^[-\s]?(?:square|sq)\s+(\p{L}+)/iu;

function withSquareUnit(sentence: string, q: Quantity): Quantity {
  if (q.unit !== "square" && q.unit !== "sq") return q;
  const word = SQUARE_UNIT.exec(sentence.slice(q.end, q.end + 30))?.[1].toLowerCase();
  const unit = word && `${q.unit} ${word}`;
  return unit && unitNamed(unit) ? { ...q, unit } : q;
}

function withIndianScale(q: Quantity): Quantity {
  const scale = INDIAN_SCALES[q.unit];
  return scale ? { ...q, value: q.value * scale, text: `${q.text} ${q.unit}`, unit: "" } : q;
}

// "a funding gap of £48m by 2027, nearly half a billion pounds": the date an amount is for is part of it; so is the
// period it is counted over ("600 billion roubles in the month, or 0.6 trillion roubles").
const DATE_AFTER = /^\s+(?:(?:by|in|until|for)\s+(?:(?:the\s+)?end\s+of\s+)?(?:19|20)\d\d(?:[-–/]\d\d)?\b|(?:in|during|over)\s+the\s+(?:week|month|quarter|year|season)\b|(?:last|this)\s+(?:week|month|quarter|year|season)\b)/i;

function withDate(sentence: string, q: Quantity): Quantity {
  const date = DATE_AFTER.exec(sentence.slice(q.end, q.end + 30));
  return date ? { ...q, end: q.end + date[0].length } : q;
}

function isBareFigure(q: Quantity): boolean {
  return !q.currency && q.unit === "" && /^\d+$/.test(q.text.trim());
}

function format(value: number): string {
  return value.toLocaleString("en-US");
}
