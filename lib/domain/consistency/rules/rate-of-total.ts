// Rates whose period is not written beside the figure: a total the sentence dates ("3.4 million people … last year"),
// a salary (yearly), and an hourly rate over an N-hour week. rate-restatement compares them with the rate that
// restates them; they are read here so that the rule itself stays short.
import type { Quantity } from "../numbers";

export type Rate = { q: Quantity; period: string; end: number; noun: string; isNamedBefore?: boolean; isInferred?: boolean };

// "Salaries for graduate engineers start at £38k": a salary is a year's pay unless a period is named.
const SALARY_BEFORE = /\bsalar(?:y|ies)\b[\p{L}’'\s-]{0,50}$/iu;
// "visited the museum last year", "in the month", "in 2023": the one period a total in the sentence is counted over.
const TOTAL_PERIOD = /\b(?:last|this|that|the\s+past|the\s+previous|the\s+same)\s+(year|month|week|decade)\b|\bin\s+the\s+(year|month|week|quarter)\b|\bin\s+((?:19|20)\d\d)\b(?![-–/]\d)/giu;

/**
 * The period a figure with none of its own is counted over, from a salary before it or the sentence's one date.
 * (`nounAfter`: what it counts, as written after it: " people".)
 */
export function totalOver(sentence: string, q: Quantity, nounAfter: string): Rate | null {
  const [end, noun] = [q.end + nounAfter.length, nounAfter.trim().toLowerCase()];
  if (SALARY_BEFORE.test(sentence.slice(Math.max(0, q.start - 60), q.start))) return { q, period: "year", end, noun, isInferred: true };
  const periods = [...sentence.matchAll(TOTAL_PERIOD)];
  if (periods.length !== 1) return null;
  const [, named, inThe, year] = periods[0];
  const period = (named ?? inThe)?.toLowerCase() ?? (year ? "year" : null);
  return period ? { q, period, end, noun, isInferred: true } : null;
}

// "£15 an hour for a 37.5-hour week": the hourly rate and the hours of the week (or day, or shift) it is paid for.
const HOURLY_FOR = /^\s*(?:an|per|each)\s+hour\s+(?:for|over|on|in|across)\s+(?:an?|the|their|his|her)\s+$/i;
const HOURS_OF = /^-hours?\s+(week|day|shift)\b/i;
// Then what that comes to, said by a verb of pay: "take home roughly £562 a week", "which works out at £112 a day".
const COMES_TO = /^\s*,?\s*(?:(?:which|that|so|and|they|he|she|would|will|could)\s+)*(?:takes?\s+home|took\s+home|earns?|earning|makes?|comes?\s+to|works?\s+out\s+at|amounts?\s+to|totals?|totalling|grosses|grossing)\s+(?:(?:some|about|around|roughly|nearly|almost|just\s+over|just\s+under|approximately|close\s+to)\s+)*$/i;

/**
 * "Workers earning £15 an hour for a 37.5-hour week take home roughly £562 a week": the hourly rate times the hours is
 * the pay of the week (a shift is a day), against the rate the pay is then given as (`rateOf` reads it).
 */
export function hourlyOverHours(sentence: string, quantities: readonly Quantity[], rateOf: (q: Quantity) => Rate | null): [Rate, Rate][] {
  const pairs: [Rate, Rate][] = [];
  for (let i = 0; i + 2 < quantities.length; i++) {
    const [hourly, hours, pay] = [quantities[i], quantities[i + 1], quantities[i + 2]];
    if (!hourly.currency || hours.currency || !HOURLY_FOR.test(sentence.slice(hourly.end, hours.start))) continue;
    const of = HOURS_OF.exec(sentence.slice(hours.end, hours.end + 12));
    const second = of && pay.currency === hourly.currency ? rateOf(pay) : null;
    if (!of || !second || !COMES_TO.test(sentence.slice(hours.end + of[0].length, pay.start))) continue;
    const period = of[1].toLowerCase() === "week" ? "week" : "day";
    const text = `${hourly.text.trim()} × ${hours.text.trim()} hours`;
    pairs.push([{ q: { ...hourly, value: hourly.value * hours.value, text }, period, end: hours.end + of[0].length, noun: "" }, second]);
  }
  return pairs;
}
