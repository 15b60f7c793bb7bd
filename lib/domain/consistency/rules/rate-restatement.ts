import { unitNamed } from "../measures";
import { findQuantities, roundingSlack, type Quantity } from "../numbers";
import { WORD_NUMBER } from "../number-words";
import type { ConsistencyRule, Finding } from "../rule";
import { isDifferenceOrPart } from "./difference-after";
import { annualisedRateFindings } from "./annualised-rate";
import { hourlyOverHours, MONTH_DAYS, totalOver, type Rate } from "./rate-of-total";

// Periods in days, from measures.ts's time units (a month and a year are averages there). A quarter is no unit in
// that table ("a quarter of an hour" is a fraction), so it is a quarter of its year here.
const daysIn = (period: string) => (unitNamed(period)?.factor ?? NaN) / (unitNamed("day")?.factor ?? NaN);
const PERIOD_DAYS: Record<string, number> = Object.fromEntries(["day", "week", "fortnight", "month", "year", "decade"].map((period) => [period, daysIn(period)]));
PERIOD_DAYS.quarter = PERIOD_DAYS.year / 4;
// ("Sea levels are rising by 4mm a year, or 40cm a century": measures.ts's time units stop at the decade.)
PERIOD_DAYS.century = PERIOD_DAYS.decade * 10;
// ("The airport handled 3.4 million passengers in August, roughly 11,000 a day": a month named is its own days.)
Object.assign(PERIOD_DAYS, MONTH_DAYS);
const PERIOD_WORDS: Record<string, string> = { daily: "day", weekly: "week", fortnightly: "fortnight", monthly: "month", quarterly: "quarter", annually: "year", yearly: "year", annual: "year" };
// A speed or flow in seconds, minutes and hours ("4cm per second, or 144 metres an hour") is restated only within
// them: a day may be a working day of any hours ("20 boxes an hour, or 160 a day"), and pay an hour has its own
// week (rate-of-total.ts).
const SUB_DAY = ["second", "minute", "hour"];
// (measures.ts names no unit "second", which is too often an ordinal there.)
for (const period of SUB_DAY) PERIOD_DAYS[period] = daysIn(period === "second" ? "seconds" : period);
const PERIOD = "second|minute|hour|day|week|fortnight|month|quarter|year|decade|century";

// What comes between a figure and its period: at most two words of what is counted ("barrels", "new homes"), perhaps
// with what they are of ("tonnes of carbon dioxide"); the first may be a unit glued to the figure ("4mm a year").
// "250,000 barrels a day", "£400 per week", "3 million visitors every year", "£20,800 annually".
const RATE_AFTER = new RegExp(`^((?:(?:\\s+|^)(?!(?:a|an|per|each|every|of)\\b)[\\p{L}’'-]+){0,2}?(?:\\s+of\\s+[\\p{L}’'-]+(?:\\s+[\\p{L}’'-]+)?)?)\\s*(?:(?:a|an|per|each|every)\\s+(${PERIOD})\\b|(daily|weekly|fortnightly|monthly|quarterly|annually|yearly)\\b)`, "iu");
// Then a bracket, comma or dash, perhaps "or"/"that is", perhaps an approximation, and the restated figure.
// What the amount goes on or comes from may come first: "£3,000 a week on agency nurses, or £150,000 a year",
// "$500m a month in canal revenue, or $6bn a year". Or a verb that says what it comes to, with no comma: "a wage bill
// of £8.4m a year works out at about £16,000 a week".
const RESTATED = /^(\s+(?:on|in|for|from|to)\s+(?:the\s+|its\s+|their\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?)?\s*\)?\s*(?:\(|,|[–—]|\s-\s|\s+or\b|\s+(?:works?|worked)\s+out\s+at\b|\s+(?:comes?|came|equates?|amounts?)\s+to\b|\s+is\s+equivalent\s+to\b)\s*(?:(?:or|that is|i\.e\.|equivalent to|the equivalent of|which is|which works out at|roughly)\s+)?(?:(?:some|about|around|roughly|nearly|almost|just|approximately|over|more than|under|less than|close to)\s+)*$/iu;

// "annual running costs of £46m", "Weekly earnings averaged £720", "a monthly rent of £1,200": the period named before
// the figure, by an adjective of a noun of up to three words, then "of" or a verb that gives the noun's amount.
const RATE_BEFORE = new RegExp(
  `\\b(daily|weekly|fortnightly|monthly|quarterly|annual|yearly)\\s+(?:[\\p{L}’'-]+\\s+){0,3}?(?:of|averaged|averaging|average|were|was|are|is|stood\\s+at|stand\\s+at|totalled|totalling|came\\s+to|amounted\\s+to)\\s+(?:(?:some|about|around|roughly|nearly|almost|an\\s+average\\s+of)\\s+)?$`,
  "iu",
);
// After a restatement in the same period, a condition or a date makes it another amount: "annual fees of £9,250, or
// £9,535 a year from September", "£46m, or £50m a year by 2030", "… a year with overtime".
const ANOTHER_CASE_AFTER = /^\s+(?:from|by|in|until|with|if|under|after|when|once|on|for|including|excluding)\b/i;

const EACH_OF_A_COUNT = /^\s+(?:per|each|every|apiece|for\s+(?:each|every))\b/i;

function rateNamedBefore(sentence: string, q: Quantity): Rate | null {
  const match = RATE_BEFORE.exec(sentence.slice(Math.max(0, q.start - 60), q.start));
  if (!match) return null;
  const period = PERIOD_WORDS[match[1].toLowerCase()];
  // ("The daily output of 90,000 barrels, or …": what is counted may follow the figure.)
  const noun = /^(?:\s+(?!or\b)[\p{L}’'-]+){0,2}(?=\s*[,(–—])/iu.exec(sentence.slice(q.end, q.end + 30))?.[0] ?? "";
  return { q, period, end: q.end + noun.length, noun: noun.trim().toLowerCase(), isNamedBefore: true };
}

// Or the price of one whole period: "£75 for a five-day week", "£300 for a full month". (Not "for a 40-hour week":
// that is the hours an hourly rate is paid for, rate-of-total.ts's.)
const FOR_A_PERIOD = new RegExp(`^\\s+for\\s+(?:a|an|each|every)\\s+(?:(?:\\d+|${WORD_NUMBER})-(?:day|night)\\s+|full\\s+|whole\\s+|working\\s+)?(week|fortnight|month|year)\\b`, "iu");

function rateOf(sentence: string, q: Quantity): Rate | null {
  const match = RATE_AFTER.exec(sentence.slice(q.end, q.end + 40));
  const whole = match ? null : FOR_A_PERIOD.exec(sentence.slice(q.end, q.end + 40));
  if (whole) return { q, period: whole[1].toLowerCase(), end: q.end + whole[0].length, noun: "" };
  if (!match) return null;
  const period = match[2]?.toLowerCase() ?? PERIOD_WORDS[match[3].toLowerCase()];
  return { q, period, end: q.end + match[0].length, noun: match[1].trim().toLowerCase() };
}

// The number of the shorter periods in the longer one: 7 days a week, or 5 working days; 52 weeks a year; 12 months.
function conversions(short: string, long: string): number[] {
  const calendar = PERIOD_DAYS[long] / PERIOD_DAYS[short];
  if (short !== "day") return [calendar];
  // "£100 a day, or £500 a week", "£100 a day, or £25,000 a year": working days (5 a week, 220 to 260 a year).
  return [calendar, calendar * (5 / 7), calendar * (220 / 365.25)];
}

/**
 * An amount per period restated per another period must scale with the periods:
 * "250,000 barrels a day, or about 2.5 million barrels a week" is 1.75 million a week.
 * Both figures in one unit (or the second without one), set off as a restatement;
 * days may be calendar or working days. The less precise figure's rounding is allowed,
 * 5% besides, and 10% when either is approximate.
 */
export const rateRestatement: ConsistencyRule = {
  id: "rate-restatement",
  description: "An amount per day, week, month or year restated per another period (“£400 a week, or £20,800 a year”) must scale with the periods.",
  check(sentence) {
    if (!new RegExp(`\\b(?:${PERIOD})s?\\b|\\b(?:daily|weekly|monthly|annually|yearly)\\b`, "i").test(sentence)) return [];
    const found = findQuantities(sentence).filter((q) => !q.isYear && !q.isPercent && q.high === undefined);
    // ("£75 for a five-day week": a figure inside the rate before it is part of that rate, not the next amount.)
    const quantities = found.filter((q, k) => k === 0 || (rateOf(sentence, found[k - 1])?.end ?? 0) <= q.start);
    // ("GDP grew 0.6% in the quarter, an annualised pace of roughly 2.4%": growth a quarter, compounded over the year.)
    const findings: Finding[] = annualisedRateFindings(sentence, rateRestatement.id);
    for (let i = 0; i + 1 < quantities.length; i++) {
      const [q, next] = [quantities[i], quantities[i + 1]];
      const second = rateOf(sentence, next);
      // ("An estimated 3.4 million people, or around 9,300 a day, visited the museum last year": a total over the
      // period the sentence names, restated as a rate.)
      const first = second && (rateOf(sentence, q) ?? rateNamedBefore(sentence, q) ?? totalOver(sentence, q, nounAfter(sentence, q)));
      const finding = first && second && restatementError(sentence, first, second);
      if (finding) findings.push(finding);
    }
    for (const [first, second] of hourlyOverHours(sentence, quantities, (q) => rateOf(sentence, q))) {
      const finding = restatementError(sentence, first, second, true);
      if (finding) findings.push(finding);
    }
    return findings;
  },
};

// ("3.4 million people, or …": what a total counts, to be compared with what its rate counts.)
function nounAfter(sentence: string, q: Quantity): string {
  return /^\s+(?!(?:or|a|an|the)\b)[\p{Ll}’'-]+(?=\s*[,(–—])/u.exec(sentence.slice(q.end, q.end + 30))?.[0] ?? "";
}

// "4mm a year, or 40cm a century": what each counts, and the second's figure in the first's unit. Another noun counted
// is another thing ("400 tonnes a day, or 12 lorries a month"), and so is another substance ("tonnes of coal … of
// steel"); a noun of one unit may be restated in another of its dimension.
function inFirstUnit(first: Rate, second: Rate): Quantity | null {
  const [[head1, of1], [head2, of2]] = [first.noun, second.noun].map((noun) => noun.split(/\s+of\s+/));
  if (of1 && of2 && of1 !== of2) return null;
  const [unit1, unit2] = [unitNamed(head1 ?? ""), unitNamed(head2 ?? "")];
  if (unit1 && unit2) return unit1.dimension === unit2.dimension ? { ...second.q, value: (second.q.value * unit2.factor) / unit1.factor } : null;
  return head1 && head2 && head1 !== head2 ? null : second.q;
}

function restatementError(sentence: string, first: Rate, second: Rate, isComputed = false): Finding | null {
  if (first.q.currency !== second.q.currency) return null;
  // The same period twice is an alternative ("£400 a week, or £450 a week with overtime") unless the first named
  // it before the figure ("annual running costs of £46m, or roughly £460,000 a year" says it again) or is worked out
  // (£15 an hour for a 37.5-hour week is £562.50 a week).
  if (SUB_DAY.includes(first.period) !== SUB_DAY.includes(second.period)) return null;
  const isSamePeriod = first.period === second.period;
  const isAnotherCase = ANOTHER_CASE_AFTER.test(sentence.slice(second.end, second.end + 12));
  if (isSamePeriod && ((!first.isNamedBefore && !isComputed) || first.isInferred || isAnotherCase)) return null;
  // ("£2.4m in fines last year, £20,000 a month of it from one car park": a part of the first, or a difference.)
  if (isDifferenceOrPart(sentence.slice(second.end, second.end + 30))) return null;
  // ("a wage bill of £8.4m a year, or £16,000 a week per player": the amount for each of a count, not the whole again.)
  if (EACH_OF_A_COUNT.test(sentence.slice(second.end, second.end + 20))) return null;
  const between = isComputed ? [] : RESTATED.exec(sentence.slice(first.end, second.q.start));
  if (!between) return null;
  // "£400 a week in London, or £15,000 a year in Leeds": a place or purpose said of each is another case.
  if (between[1] && isAnotherCase) return null;
  const restated = inFirstUnit(first, second);
  if (!restated) return null;
  const [firstDays, secondDays] = [PERIOD_DAYS[first.period], PERIOD_DAYS[second.period]];
  const [short, long] = firstDays < secondDays ? [first.q, restated] : [restated, first.q];
  const [shortPeriod, longPeriod] = firstDays < secondDays ? [first.period, second.period] : [second.period, first.period];
  const tolerance = first.q.approx === "exact" && second.q.approx === "exact" ? 0.05 : 0.1;
  const fits = (isSamePeriod ? [1] : conversions(shortPeriod, longPeriod)).some((times) => {
    const expected = short.value * times;
    const slack = Math.max(roundingSlack(short) * times, roundingSlack(long)) + tolerance * Math.max(expected, long.value);
    return Math.abs(expected - long.value) <= slack;
  });
  if (fits) return null;
  // (A worked-out rate says what it comes to: "£15 × 37.5 hours (£562.50) a week".)
  const said = isComputed ? `${amount(first)} (${first.q.currency ?? ""}${format(first.q.value)})` : amount(first);
  const inSecondPeriod = (first.q.value * (secondDays / firstDays) * second.q.value) / restated.value;
  return {
    ruleId: rateRestatement.id,
    message: isSamePeriod
      ? `${said} ${per(first.period)} is restated as ${amount(second)} ${per(second.period)}.`
      : `${said} ${per(first.period)} is about ${first.q.currency ?? ""}${format(inSecondPeriod)}${unitOf(second)} ${per(second.period)}, but it is restated as ${amount(second)} ${per(second.period)}.`,
    start: first.q.start,
    end: second.end,
  };
}

// "4mm", "1,000 tonnes": a figure with the unit its noun names, if any.
function unitOf(rate: Rate): string {
  const head = rate.noun.split(/\s+of\s+/)[0] ?? "";
  return unitNamed(head) ? (head.length <= 3 ? head : ` ${head}`) : "";
}

const per = (period: string) => (period in MONTH_DAYS ? `in ${period[0].toUpperCase()}${period.slice(1)}` : `${period === "hour" ? "an" : "a"} ${period}`);

function amount(rate: Rate): string {
  return `${rate.q.text.trim()}${unitOf(rate)}`;
}

function format(value: number): string {
  return Number(value.toPrecision(3)).toLocaleString("en-US");
}
