// Rates whose period is not written beside the figure: a total the sentence dates ("3.4 million people … last year"),
// a salary (yearly), and an hourly rate over an N-hour week. rate-restatement compares them with the rate that
// restates them; they are read here so that the rule itself stays short.
import type { Quantity } from "../numbers";

export type Rate = { q: Quantity; period: string; end: number; noun: string; isNamedBefore?: boolean; isInferred?: boolean };

// "Salaries for graduate engineers start at £38k": a salary is a year's pay unless a period is named.
const SALARY_BEFORE = /\bsalar(?:y|ies)\b[\p{L}’'\s-]{0,50}$/iu;
// The days of each month, for a total counted over one ("3.4 million passengers in August"): February's allows a leap year.
export const MONTH_DAYS: Readonly<Record<string, number>> = {
  january: 31, february: 28.25, march: 31, april: 30, may: 31, june: 30, july: 31, august: 31, september: 30, october: 31, november: 30, december: 31,
};
// "visited the museum last year", "in the month", "in 2023", "in August" (perhaps "in August 2023"): the one period a
// total in the sentence is counted over. ("May" is a verb too: only a capital one is a month.)
const TOTAL_PERIOD = /\b(?:last|this|that|the\s+past|the\s+previous|the\s+same)\s+(year|month|week|decade)\b|\bin\s+the\s+(year|month|week|quarter)\b|\bin\s+((?:19|20)\d\d)\b(?![-–/]\d)|\bin\s+(January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?:19|20)\d\d)?\b(?![-–/]\d)/giu;

/**
 * The period a figure with none of its own is counted over, from a salary before it or the sentence's one date.
 * (`nounAfter`: what it counts, as written after it: " people".)
 */
export function totalOver(sentence: string, q: Quantity, nounAfter: string): Rate | null {
  const [end, noun] = [q.end + nounAfter.length, nounAfter.trim().toLowerCase()];
  if (SALARY_BEFORE.test(sentence.slice(Math.max(0, q.start - 60), q.start))) return { q, period: "year", end, noun, isInferred: true };
  const periods = [...sentence.matchAll(TOTAL_PERIOD)].filter((m) => m[4] === undefined || /^\p{Lu}/u.test(m[4]));
  if (periods.length !== 1) return null;
  const [, named, inThe, year, month] = periods[0];
  const period = (named ?? inThe ?? month)?.toLowerCase() ?? (year ? "year" : null);
  // ("Parking fines raised £2.4m last year, roughly £20,000 a month", "36 million passengers in 2023, or about …": the
  // period said right after the total, perhaps after what it counts, is part of it; the restatement comes after that.)
  const counted = /^(?:\s+(?!(?:or|and|a|an|the)\b)[\p{Ll}’'-]+){0,2}\s+$/u.exec(sentence.slice(q.end, periods[0].index))?.[0];
  if (!period) return null;
  return counted === undefined ? { q, period, end, noun, isInferred: true } : { q, period, end: periods[0].index + periods[0][0].length, noun: counted.trim().toLowerCase(), isInferred: true };
}

// "£15 an hour for a 37.5-hour week": the hourly rate and the hours of the week (or day, or shift) it is paid for.
// ("£11.44 an hour, which for a 40-hour week comes to …": the hours may follow a comma and "which", "or", "so".)
const HOURLY_FOR = /^\s*(?:an|per|each)\s+hour(?:\s*,\s*(?:which|that|or|so|and)(?:\s+(?:is|means|would\s+be))?)?\s+(?:for|over|on|in|across)\s+(?:an?|the|their|his|her)\s+$/i;
const HOURS_OF = /^-hours?\s+(week|day|shift)\b/i;
// Then what that comes to, said by a verb of pay: "take home roughly £562 a week", "which works out at £112 a day".
const COMES_TO = /^\s*,?\s*(?:(?:which|that|so|and|they|he|she|would|will|could)\s+)*(?:takes?\s+home|took\s+home|earns?|earning|makes?|comes?\s+to|works?\s+out\s+at|amounts?\s+to|totals?|totalling|grosses|grossing)\s+(?:(?:some|about|around|roughly|nearly|almost|just\s+over|just\s+under|approximately|close\s+to)\s+)*$/i;
// Or the pay first, restating the rate, and the hours after it: "£12.21 an hour, or about £122 for a 37.5-hour week".
// ("£12 an hour from April, or about £25,000 a year …": the date the rate starts on may come before the comma.)
const HOURLY_RESTATED = /^\s*(?:an|per|each)\s+hour(?:\s+(?:in|from|by|until)\s+(?:next\s+)?\p{L}+(?:\s+(?:19|20)\d\d)?)?\s*(?:,|\(|[–—]|\s-\s)\s*(?:(?:or|that is|equivalent to|the equivalent of)\s+)?(?:(?:some|about|around|roughly|nearly|almost|just\s+over|just\s+under|approximately|close\s+to)\s+)*$/iu;
const PAY_FOR = /^\s+(?:(?:a|per)\s+(?:week|day|shift)\s+)?(?:for|over|across)\s+(?:an?|the)\s+$/i;
// Or the pay of a longer period for one who works the hours a week: "or about £25,000 a year for someone working 40
// hours a week" (the pay's period is then its own, read by `rateOf`).
const PAY_FOR_WORKING = /^\s+(?:for|to)\s+(?:someone|anyone|a\s+[\p{L}-]+|those|people|workers|staff|employees)\s+(?:who\s+(?:works?|does|do)\s+|working\s+|doing\s+|on\s+)(?:(?:a|an|the)\s+)?$/iu;
const HOURS_A = /^\s+hours?\s+(?:a|an|per|each|every)\s+(week|day|shift)\b/i;

type Hourly = { hourly: Quantity; hours: Quantity; of: RegExpExecArray; second: Rate };

/**
 * "Workers earning £15 an hour for a 37.5-hour week take home roughly £562 a week": the hourly rate times the hours is
 * the pay of the week (a shift is a day), against the rate the pay is then given as (`rateOf` reads it). The pay may
 * take the hours' period ("which for a 40-hour week comes to £457.60"), or come before them ("or £458 for a 37.5-hour
 * week").
 */
export function hourlyOverHours(sentence: string, quantities: readonly Quantity[], rateOf: (q: Quantity) => Rate | null): [Rate, Rate][] {
  const pairs: [Rate, Rate][] = [];
  for (let i = 0; i + 2 < quantities.length; i++) {
    const found = hoursThenPay(sentence, quantities[i], quantities[i + 1], quantities[i + 2], rateOf) ?? payThenHours(sentence, quantities[i], quantities[i + 1], quantities[i + 2], rateOf);
    if (!found) continue;
    const { hourly, hours, of, second } = found;
    const text = `${hourly.text.trim()} × ${hours.text.trim()} hours`;
    pairs.push([{ q: { ...hourly, value: hourly.value * hours.value, text }, period: periodOf(of), end: hours.end + of[0].length, noun: "" }, second]);
  }
  return pairs;
}

const periodOf = (of: RegExpExecArray) => (of[1].toLowerCase() === "week" ? "week" : "day");

function hoursThenPay(sentence: string, hourly: Quantity, hours: Quantity, pay: Quantity, rateOf: (q: Quantity) => Rate | null): Hourly | null {
  if (!hourly.currency || hours.currency || pay.currency !== hourly.currency || !HOURLY_FOR.test(sentence.slice(hourly.end, hours.start))) return null;
  const of = HOURS_OF.exec(sentence.slice(hours.end, hours.end + 12));
  if (!of || !COMES_TO.test(sentence.slice(hours.end + of[0].length, pay.start))) return null;
  // (A pay with no period of its own is the hours' week or day: "which for a 40-hour week comes to £457.60.")
  const second = rateOf(pay) ?? (/^\s*(?:[.,;)]|$)/.test(sentence.slice(pay.end)) ? { q: pay, period: periodOf(of), end: pay.end, noun: "" } : null);
  return second && { hourly, hours, of, second };
}

function payThenHours(sentence: string, hourly: Quantity, pay: Quantity, hours: Quantity, rateOf: (q: Quantity) => Rate | null): Hourly | null {
  if (!hourly.currency || hours.currency || pay.currency !== hourly.currency || !HOURLY_RESTATED.test(sentence.slice(hourly.end, pay.start))) return null;
  const ofPay = rateOf(pay);
  const weekly = ofPay && PAY_FOR_WORKING.test(sentence.slice(ofPay.end, hours.start)) ? HOURS_A.exec(sentence.slice(hours.end, hours.end + 20)) : null;
  // (Its end is after the hours: "for someone working 39 hours a week" is whom the pay is for, not another case.)
  if (ofPay && weekly) return { hourly, hours, of: weekly, second: { ...ofPay, end: hours.end + weekly[0].length } };
  const of = PAY_FOR.test(sentence.slice(pay.end, hours.start)) ? HOURS_OF.exec(sentence.slice(hours.end, hours.end + 12)) : null;
  return of && { hourly, hours, of, second: { q: pay, period: periodOf(of), end: hours.end + of[0].length, noun: "" } };
}
