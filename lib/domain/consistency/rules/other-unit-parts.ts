import { unitNamed } from "../measures";
import type { Quantity } from "../numbers";

// Figures among a total's parts that count something else than the total does. (Read for total-mismatch and
// remaining-part in a file of its own, since total-mismatch is long.)
//
// A count of things, then in brackets what they came to: "The tourists' 24 points came from two tries (10 points),
// one conversion (2) and four penalties (12)". The bracketed figure is the part; the count before it counts how many
// things made it up. Between the count and its bracket, a word or two naming what is counted; after the bracketed
// figure, at most its unit ("points") before the bracket closes.
const COUNT_TO_BRACKET = /^\s+[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?\s*\(\s*$/u;
const BRACKET_CLOSES = /^(?:\s+[\p{L}’'-]+){0,2}\s*\)/u;

// Two series told side by side: "The valley's 31 farms supply 1.6 million litres a month, 22 of them producing 1.1
// million litres between them and the other nine 500,000 litres", the farms and their litres. When two or more
// figures are of the total's measure (or, like it, of none) and two or more of another, only its own series can add
// up to it.
const dimension = (q: Quantity) => unitNamed(q.unit)?.dimension ?? null;

/** The figures of `figures` of the measure of `of`, when they are one of two series (see above); else null. */
export function ownSeries<Q extends Quantity>(figures: readonly Q[], of: Quantity, isPaired = false): Q[] | null {
  const own = figures.filter((q) => dimension(q) === dimension(of));
  return own.length >= 2 && (isPaired || figures.length - own.length >= 2) ? own : null;
}

/** Whether `next` is a figure of another measure right after `q` ("the other nine 500,000 litres"): two series. */
export function isPairedWith(sentence: string, q: Quantity, next: Quantity | undefined): boolean {
  return next !== undefined && dimension(next) !== dimension(q) && /^\s+$/.test(sentence.slice(q.end, next.start));
}

/**
 * The readings of `readings`, the parts of `total`, and besides each (when they differ from it) the reading without
 * the counts whose value is bracketed after them and the reading of the total's own series only. Only when no reading
 * adds up is the sentence at odds with itself.
 */
export function withOtherUnitReadings<Q extends Quantity>(sentence: string, total: Quantity, readings: Q[][]): Q[][] {
  return readings.flatMap((parts) => {
    const counts = parts.filter((q, i) => {
      const next = parts[i + 1];
      return next !== undefined && COUNT_TO_BRACKET.test(sentence.slice(q.end, next.start)) && BRACKET_CLOSES.test(sentence.slice(next.end));
    });
    const series = ownSeries(parts, total);
    return [parts, ...(counts.length > 0 ? [parts.filter((q) => !counts.includes(q))] : []), ...(series ? [series] : [])];
  });
}
