// "The three firms were fined a combined £40,000 – £20,000, £15,000 and £5,000": an amount, a dash or colon, then a
// list of two or more amounts ending in "and" is the amount broken down, not the amount said again; nor does one item
// of the list restate the next. (Whether the parts add up is total-mismatch's.) Read here for magnitude-mismatch so
// that the rule stays short.
import type { Quantity } from "../numbers";

// The amount, then only a dash or colon (perhaps "made up of", "split as") before the first part.
const OPENS_BREAKDOWN = /^(?:\s+[\p{L}’'-]+){0,3}?\s*(?:[–—:]|\s-\s)\s*(?:(?:made\s+up\s+of|split\s+as|namely)\s+)?$/iu;
// Between two parts: a few words of what each is for ("for Acme"), then a comma or "and".
const NEXT_PART = /^(?:\s+[\p{L}’'-]+){0,4}?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:some|about|around|roughly|nearly|almost)\s+)?$/iu;
const LAST_PART = /^(?:\s+[\p{L}’'-]+){0,4}?\s*(?:,\s*)?\s+and\s+(?:(?:some|about|around|roughly|nearly|almost)\s+)?$/iu;

/** The indices i of `quantities` for which (quantities[i], quantities[i + 1]) is a whole and its first part, or two parts. */
export function breakdownPairs(sentence: string, quantities: readonly Quantity[]): Set<number> {
  const pairs = new Set<number>();
  for (let k = 0; k + 2 < quantities.length; k++) {
    if (!OPENS_BREAKDOWN.test(sentence.slice(quantities[k].end, quantities[k + 1].start))) continue;
    let last = k + 1;
    while (last + 1 < quantities.length && NEXT_PART.test(sentence.slice(quantities[last].end, quantities[last + 1].start))) last++;
    // ("£45m – 4.5 million pounds, a record": one amount after the dash restates; the list must end in "and".)
    if (last < k + 2 || !LAST_PART.test(sentence.slice(quantities[last - 1].end, quantities[last].start))) continue;
    for (let i = k; i < last; i++) pairs.add(i);
  }
  return pairs;
}
