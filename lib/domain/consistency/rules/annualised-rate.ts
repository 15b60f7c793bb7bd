// A growth rate for a quarter or a month restated at its annualised pace: "GDP grew 0.6% in the quarter, an annualised
// pace of roughly 2.4%". The yearly pace is the period's rate compounded over the periods of a year (four quarters,
// twelve months); newsrooms also multiply. rate-restatement reports it; rate-restatement's own figures are never
// percentages, so it is read here.
import { findQuantities, roundingSlack, type Quantity } from "../numbers";
import type { Finding } from "../rule";

const PERIODS_A_YEAR: Record<string, number> = { quarter: 4, month: 12, "three months": 4 };
// The period the first rate is for, right after it: "0.6% in the quarter", "1.2% over the three months to June",
// "0.3% quarter-on-quarter", "0.2% on the month".
const FOR_PERIOD = /^\s*(?:(?:in|over|during|on|for)\s+(?:the|that|this|a|each|every)\s+(?:(?:first|second|third|fourth|final|last|latest|previous)\s+)?(quarter|month|three\s+months)\b(?:\s+(?:to|of|ending|ended)\s+[\p{L}\d]+(?:\s+(?:19|20)\d\d)?)?|(quarter|month)-on-\2\b)/iu;
const APPROX = "(?:(?:some|about|around|roughly|nearly|almost|approximately|just\\s+over|just\\s+under|close\\s+to)\\s+)*";
// Then the yearly pace, set off as the same growth: ", an annualised pace of roughly 2.4%", "(2.4% annualised)",
// ", or an annualised 2.4%". (Not "an annual rate of": after a month's rise, "for an annual rate of 3.2%" is
// inflation on a year earlier, another figure.)
const PACE_BEFORE = new RegExp(
  `^\\s*(?:,|\\(|[–—]|\\s-\\s)\\s*(?:(?:or|that is|equivalent\\s+to|the\\s+equivalent\\s+of|which\\s+is)\\s+)?(?:at\\s+)?(?:an?\\s+|the\\s+)?annuali[sz]ed(?:\\s+(?:rate|pace|growth\\s+rate|rate\\s+of\\s+growth))?\\s+(?:of\\s+)?${APPROX}$`,
  "i",
);
const PACE_SET_OFF = new RegExp(`^\\s*(?:,|\\(|[–—]|\\s-\\s)\\s*(?:(?:or|that is|equivalent\\s+to)\\s+)?${APPROX}$`, "i");
const PACE_AFTER = /^\s+(?:on\s+an\s+)?annuali[sz]ed\b(?:\s+basis)?/i;
// ("an annualised 2.4% last year", "… in 2023": a rate of another time is another rate.)
const ANOTHER_TIME = /^\s*(?:in|last|a\s+year|the\s+year|previously|before|earlier|from|since|by|over\s+the\s+(?:year|past))\b/i;

/** "0.6% in the quarter, an annualised pace of 0.15%": the annualised figure against the period's rate compounded. */
export function annualisedRateFindings(sentence: string, ruleId: string): Finding[] {
  if (!/\bannuali[sz]ed\b/i.test(sentence)) return [];
  const percents = findQuantities(sentence).filter((q) => q.isPercent && q.high === undefined);
  const findings: Finding[] = [];
  for (let i = 0; i + 1 < percents.length; i++) {
    const [rate, pace] = [percents[i], percents[i + 1]];
    const period = FOR_PERIOD.exec(sentence.slice(rate.end, rate.end + 60));
    if (!period || !isPaceOf(sentence, rate.end + period[0].length, pace)) continue;
    const times = PERIODS_A_YEAR[(period[1] ?? period[2]).toLowerCase().replace(/\s+/g, " ")];
    const finding = againstPace(rate, pace, times, ruleId);
    if (finding) findings.push(finding);
  }
  return findings;
}

function isPaceOf(sentence: string, from: number, pace: Quantity): boolean {
  const between = sentence.slice(from, pace.start);
  if (between.length > 60 || ANOTHER_TIME.test(sentence.slice(pace.end, pace.end + 20).replace(PACE_AFTER, ""))) return false;
  return PACE_BEFORE.test(between) || (PACE_SET_OFF.test(between) && PACE_AFTER.test(sentence.slice(pace.end, pace.end + 30)));
}

function againstPace(rate: Quantity, pace: Quantity, times: number, ruleId: string): Finding | null {
  const compounded = ((1 + rate.value / 100) ** times - 1) * 100;
  const simple = rate.value * times;
  const [low, high] = [Math.min(compounded, simple), Math.max(compounded, simple)];
  const isExact = rate.approx === "exact" && pace.approx === "exact";
  const slack = Math.max(roundingSlack(rate) * times, roundingSlack(pace)) + (isExact ? 0.05 : 0.1) * Math.abs(high);
  if (pace.value >= low - slack && pace.value <= high + slack) return null;
  return {
    ruleId,
    message: `${rate.text.trim()} a ${times === 12 ? "month" : "quarter"} is about ${format(compounded)}% a year, but the annualised pace is given as ${pace.text.trim()}.`,
    start: rate.start,
    end: pace.end,
  };
}

function format(value: number): string {
  return Number(value.toPrecision(2)).toLocaleString("en-US");
}
