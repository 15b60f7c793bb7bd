// A time saved on each journey, then the time saved over a number of days: "cut journey times by 20 minutes, saving
// commuters about 1,200 hours over a 240-day working year" is 80 hours (160 with the journey home). The total must be
// the saving times the days, once or twice a day. unit-restatement reads it here so that the rule stays short.
import type { Measure } from "../measures";
import type { Finding } from "../rule";

// Before the saving: a verb that cuts it ("cut journey times by", "shaves … off", "saves").
const CUT_BEFORE = /\b(?:cut|cuts|cutting|shave|shaves|shaved|shaving|save|saves|saved|reduce|reduces|reduced|reducing|shorten|shortens|shortened|shortening|trim|trims|trimmed|trimming)\b(?:\s+[\p{L}’'-]+){0,4}?\s+(?:by\s+)?(?:(?:some|about|around|roughly|nearly|almost|up\s+to)\s+)?$/iu;
// Between the saving and the total: what adds it up ("saving commuters about", "which adds up to").
const ADDS_UP = /^(?:\s+[\p{L}’'-]+){0,3}?\s*,?\s*(?:(?:which|and)\s+)?(?:saving|saves|save|adding\s+up\s+to|adds\s+up\s+to|totalling|totals|amounting\s+to|amounts\s+to|worth)\s+(?:(?!(?:and|but)\b)[\p{L}’'-]+\s+){0,2}?(?:(?:some|about|around|roughly|nearly|almost|more\s+than|over)\s+)?$/iu;
// After the total: the days it is over ("over a 240-day working year", "across 200 working days").
const OVER_DAYS = /^\s+(?:over|across|in|during)\s+(?:an?\s+|the\s+)?(\d{1,3}(?:,\d{3})?)(?:-|\s+)(?:(?:working|school|commuting|trading)\s+)?days?\b/i;

const ALL_TOGETHER = /\b(?:combined|collectively|together|in\s+all|in\s+total|between\s+them|all\s+told)\b/i;

/** "cut … by 20 minutes, saving … 1,200 hours over a 240-day year": the total against the saving each day. */
export function timeSavedOverDays(sentence: string, measures: readonly Measure[], ruleId: string): Finding[] {
  if (!/\bdays?\b/i.test(sentence)) return [];
  const times = measures.filter((m) => m.dimension === "time");
  const findings: Finding[] = [];
  for (let i = 0; i + 1 < times.length; i++) {
    const [each, total] = [times[i], times[i + 1]];
    const days = OVER_DAYS.exec(sentence.slice(total.end, total.end + 40));
    if (!days || !CUT_BEFORE.test(sentence.slice(Math.max(0, each.start - 50), each.start)) || !ADDS_UP.test(sentence.slice(each.end, total.start))) continue;
    // ("saving commuters a combined 24,000 hours": the total of many, not of one. A count of them before the total
    // is no word ADDS_UP reads: "saving its 300 commuters 24,000 hours".)
    if (ALL_TOGETHER.test(sentence.slice(each.end, total.start))) continue;
    const count = Number(days[1].replace(/,/g, ""));
    const [low, high] = [each.base * count, 2 * each.base * count];
    const slack = total.slack + 2 * each.slack * count + (each.approx === "exact" && total.approx === "exact" ? 0.05 : 0.1) * high;
    if (total.base >= low - slack && total.base <= high + slack) continue;
    findings.push({
      ruleId,
      message: `${each.text} a day over ${count} days is ${hours(low)} hours (${hours(high)} both ways), but it is given as ${total.text}.`,
      start: each.start,
      end: total.end + days[0].length,
    });
  }
  return findings;
}

const hours = (minutes: number) => Number((minutes / 60).toPrecision(3)).toLocaleString("en-US");
