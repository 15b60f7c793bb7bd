import { unitNamed } from "../measures";
import { findQuantities, roundingSlack, type Quantity } from "../numbers";
import type { ConsistencyRule, Finding } from "../rule";

// Periods in days, from measures.ts's time units (a month and a year are averages there). A quarter is no unit in
// that table ("a quarter of an hour" is a fraction), so it is a quarter of its year here.
const daysIn = (period: string) => (unitNamed(period)?.factor ?? NaN) / (unitNamed("day")?.factor ?? NaN);
const PERIOD_DAYS: Record<string, number> = Object.fromEntries(["day", "week", "fortnight", "month", "year", "decade"].map((period) => [period, daysIn(period)]));
PERIOD_DAYS.quarter = PERIOD_DAYS.year / 4;
const PERIOD_WORDS: Record<string, string> = { daily: "day", weekly: "week", fortnightly: "fortnight", monthly: "month", quarterly: "quarter", annually: "year", yearly: "year", annual: "year" };
const PERIOD = "day|week|fortnight|month|quarter|year|decade";

// What comes between a figure and its period: at most two words of what is counted ("barrels", "new homes").
// "250,000 barrels a day", "£400 per week", "3 million visitors every year", "£20,800 annually".
const RATE_AFTER = new RegExp(`^((?:\\s+(?!(?:a|an|per|each|every)\\b)[\\p{L}’'-]+){0,2}?)\\s*(?:(?:a|an|per|each|every)\\s+(${PERIOD})\\b|(daily|weekly|fortnightly|monthly|quarterly|annually|yearly)\\b)`, "iu");
// Then a bracket, comma or dash, perhaps "or"/"that is", perhaps an approximation, and the restated figure.
const RESTATED = /^\s*\)?\s*(?:\(|,|[–—]|\s-\s|\s+or\b)\s*(?:(?:or|that is|i\.e\.|equivalent to|the equivalent of|which is|which works out at|roughly)\s+)?(?:(?:some|about|around|roughly|nearly|almost|just|approximately|over|more than|under|less than|close to)\s+)*$/i;

type Rate = { q: Quantity; days: number; period: string; end: number; noun: string; isNamedBefore?: boolean };

// "annual running costs of £46m", "Weekly earnings averaged £720", "a monthly rent of £1,200": the period named before
// the figure, by an adjective of a noun of up to three words, then "of" or a verb that gives the noun's amount.
const RATE_BEFORE = new RegExp(
  `\\b(daily|weekly|fortnightly|monthly|quarterly|annual|yearly)\\s+(?:[\\p{L}’'-]+\\s+){0,3}?(?:of|averaged|averaging|average|were|was|are|is|stood\\s+at|stand\\s+at|totalled|totalling|came\\s+to|amounted\\s+to)\\s+(?:(?:some|about|around|roughly|nearly|almost|an\\s+average\\s+of)\\s+)?$`,
  "iu",
);
// After a restatement in the same period, a condition or a date makes it another amount: "annual fees of £9,250, or
// £9,535 a year from September", "£46m, or £50m a year by 2030", "… a year with overtime".
const ANOTHER_CASE_AFTER = /^\s+(?:from|by|in|until|with|if|under|after|when|once|on|for|including|excluding)\b/i;

function rateNamedBefore(sentence: string, q: Quantity): Rate | null {
  const match = RATE_BEFORE.exec(sentence.slice(Math.max(0, q.start - 60), q.start));
  if (!match) return null;
  const period = PERIOD_WORDS[match[1].toLowerCase()];
  // ("The daily output of 90,000 barrels, or …": what is counted may follow the figure.)
  const noun = /^(?:\s+(?!or\b)[\p{L}’'-]+){0,2}(?=\s*[,(–—])/iu.exec(sentence.slice(q.end, q.end + 30))?.[0] ?? "";
  return { q, days: PERIOD_DAYS[period], period, end: q.end + noun.length, noun: noun.trim().toLowerCase(), isNamedBefore: true };
}

function rateOf(sentence: string, q: Quantity): Rate | null {
  const match = RATE_AFTER.exec(sentence.slice(q.end, q.end + 40));
  if (!match) return null;
  const period = match[2]?.toLowerCase() ?? PERIOD_WORDS[match[3].toLowerCase()];
  return { q, days: PERIOD_DAYS[period], period, end: q.end + match[0].length, noun: match[1].trim().toLowerCase() };
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
    const quantities = findQuantities(sentence).filter((q) => !q.isYear && !q.isPercent && q.high === undefined);
    const findings: Finding[] = [];
    for (let i = 0; i + 1 < quantities.length; i++) {
      const first = rateOf(sentence, quantities[i]) ?? rateNamedBefore(sentence, quantities[i]);
      const second = first && rateOf(sentence, quantities[i + 1]);
      if (!first || !second || first.q.currency !== second.q.currency) continue;
      // The same period twice is an alternative ("£400 a week, or £450 a week with overtime") unless the first named
      // it before the figure: "annual running costs of £46m, or roughly £460,000 a year" says it again.
      const isSamePeriod = first.period === second.period;
      if (isSamePeriod && (!first.isNamedBefore || ANOTHER_CASE_AFTER.test(sentence.slice(second.end, second.end + 12)))) continue;
      if (!RESTATED.test(sentence.slice(first.end, second.q.start))) continue;
      // "400 tonnes a day, or 12 lorries a month": another noun counted is another thing.
      if (first.noun && second.noun && first.noun !== second.noun) continue;
      const [short, long] = first.days < second.days ? [first, second] : [second, first];
      const perLong = short.q.value;
      const tolerance = first.q.approx === "exact" && second.q.approx === "exact" ? 0.05 : 0.1;
      const fits = (isSamePeriod ? [1] : conversions(short.period, long.period)).some((times) => {
        const expected = perLong * times;
        const slack = Math.max(roundingSlack(short.q) * times, roundingSlack(long.q)) + tolerance * Math.max(expected, long.q.value);
        return Math.abs(expected - long.q.value) <= slack;
      });
      if (fits) continue;
      const inSecondPeriod = first.q.value * (second.days / first.days);
      findings.push({
        ruleId: rateRestatement.id,
        message: isSamePeriod ? `${first.q.text.trim()} a ${first.period} is restated as ${second.q.text.trim()} a ${second.period}.` : `${first.q.text.trim()} a ${first.period} is about ${first.q.currency ?? ""}${format(inSecondPeriod)} a ${second.period}, but it is restated as ${second.q.text.trim()} a ${second.period}.`,
        start: first.q.start,
        end: second.end,
      });
    }
    return findings;
  },
};

function format(value: number): string {
  return Number(value.toPrecision(3)).toLocaleString("en-US");
}
