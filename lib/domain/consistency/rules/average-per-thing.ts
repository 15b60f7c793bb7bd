// A total, the count of things it is spread over, and the average for one of them: "The 600-page novel runs to 240,000
// words, about 400 a page", "The auction raised £46m across 100 lots, an average of roughly £4.6m a lot". The amount
// for one is no restatement of the total (magnitude-mismatch skips it as such); this reads it against the total over
// the count. Unlike per-item.ts, which needs money and a plural count before the total, the count may name its thing
// hyphened to a noun ("600-page novel") or come between the total and the average ("across 100 lots"), and the
// figures may be of anything counted. It is read here so that magnitude-mismatch stays short.
import { roundingSlack, type Quantity } from "../numbers";
import type { Finding } from "../rule";
import { singular } from "./per-item";

// The average: a figure, perhaps with the plural it counts ("4,000 words"), then "a"/"per"/"for each" one thing.
const PER_ONE = /^(\s+[\p{Ll}]+s)?\s+(?:a|an|per|each|every|for\s+each|for\s+every)\s+(\p{L}+)\b/u;
// Periods are rate-restatement's; a head or a person is no thing a count names; "a bit" is no thing,
// nor is what "of" follows ("a number of", "a third of").
const NOT_A_THING = /^(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|season|decade|century|head|person|cent|time|while|few|bit|share)$/i;
// Between the total (or the count after it) and the average: a bracket, comma or dash, perhaps "or" or "an average of",
// perhaps an approximation. ("240,000 words, about 400 a page", "£46m across 100 lots, an average of roughly £4.6m".)
// ("36 million viewers in all, …", "£1.8m in bookings, …": what the total is in, or that it is all, may come first.)
const SET_OFF = /^(?:\s+(?:in\s+all|in\s+total|altogether|in\s+[\p{Ll}]+))?\s*(?:,|\(|[–—]|\s-\s)\s*(?:(?:or|that is|i\.e\.|an\s+average\s+of|on\s+average|averaging|which\s+is|working\s+out\s+at)\s+)?(?:(?:some|about|around|roughly|nearly|almost|approximately|just\s+over|just\s+under|close\s+to)\s+)*$/iu;
// The count after the total, joined by what spreads the total over it: "£46m across 100 lots", "… from 12 matches".
const SPREAD_OVER = /^(?:\s+[\p{Ll}]+s)?\s+(?:across|over|from|in|for|among|between|on)\s+(?:(?:the|its|their|his|her)\s+)?$/u;

type Average = { total: Quantity; count: Quantity; each: Quantity; thing: string };

// The thing a count counts: its plural noun ("100 lots"), or the noun hyphened to it ("the 600-page novel").
function thingCounted(sentence: string, q: Quantity): string | null {
  if (q.currency || q.isPercent || q.isYear || !Number.isInteger(q.value) || q.value < 2 || q.high !== undefined) return null;
  const noun = /^-?\s*([\p{Ll}]+)/u.exec(sentence.slice(q.end, q.end + 30))?.[1];
  if (!noun) return null;
  // ("600-page" is singular by its hyphen; "100 lots" is a plural.)
  return sentence[q.end] === "-" ? noun : noun.endsWith("s") ? singular(noun) : null;
}

function averageAt(sentence: string, quantities: readonly Quantity[], j: number): Average | null {
  const each = quantities[j];
  const per = PER_ONE.exec(sentence.slice(each.end, each.end + 40));
  if (!per || NOT_A_THING.test(per[2]) || /^\s+of\b/.test(sentence.slice(each.end + per[0].length)) || j < 1) return null;
  const thing = singular(per[2].toLowerCase());
  const isCountOfThing = (q: Quantity) => thingCounted(sentence, q) === thing;
  // The count between the total and the average ("£46m across 100 lots, …"), or the one count before the total.
  const [before, prev] = [quantities[j - 2], quantities[j - 1]];
  let total: Quantity, count: Quantity;
  if (before && isCountOfThing(prev) && SPREAD_OVER.test(sentence.slice(before.end, prev.start))) [total, count] = [before, prev];
  else {
    const counts = quantities.slice(0, j - 1).filter(isCountOfThing);
    if (counts.length !== 1 || isCountOfThing(prev)) return null;
    [total, count] = [prev, counts[0]];
  }
  if (total.currency !== each.currency || total.isPercent || total.high !== undefined || !SET_OFF.test(sentence.slice(countEnd(sentence, count, total), each.start))) return null;
  // ("240,000 words, … 4,000 words a page": what the average counts, when it says, is what the total counts.)
  const counted = per[1]?.trim();
  if (counted && !new RegExp(`^\\s*${counted}\\b`).test(sentence.slice(total.end, total.end + 30))) return null;
  return { total, count, each, thing };
}

// Where the words before the average start: after the count when it follows the total, else after the total's noun.
function countEnd(sentence: string, count: Quantity, total: Quantity): number {
  const end = count.start > total.end ? count.end : total.end;
  return end + (/^[-\s]?(?!in\b)[\p{L}’'-]+/u.exec(sentence.slice(end, end + 30))?.[0].length ?? 0);
}

/** "240,000 words, about 4,000 a page" in a 600-page novel: the average for one thing against the total over the count. */
export function averagePerThing(sentence: string, quantities: readonly Quantity[], ruleId: string): Finding | null {
  for (let j = 1; j < quantities.length; j++) {
    const found = averageAt(sentence, quantities, j);
    if (!found) continue;
    const { total, count, each, thing } = found;
    const expected = total.value / count.value;
    const isExact = total.approx === "exact" && each.approx === "exact";
    const slack = Math.max(roundingSlack(each), roundingSlack(total) / count.value) + (isExact ? 0.05 : 0.1) * Math.max(expected, each.value);
    if (Math.abs(expected - each.value) <= slack) continue;
    return {
      ruleId,
      message: `${total.text.trim()} over ${count.text.trim()} is ${each.currency ?? ""}${format(expected)} ${/^[aeio]/.test(thing) ? "an" : "a"} ${thing}, but the average is given as ${each.text.trim()}.`,
      start: total.start < count.start ? total.start : count.start,
      end: each.end,
    };
  }
  return null;
}

function format(value: number): string {
  return Number(value.toPrecision(3)).toLocaleString("en-US");
}
