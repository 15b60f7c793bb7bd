// A rate for one thing, then the total it comes to over a count of those things: "Chasing at six an over, or 120
// across the full 50 overs" is 300; "A rise of 2p a litre will add £8,000 a year to a farm selling four million litres"
// is £80,000. magnitude-mismatch reports it (one amount written two ways, as per-item.ts's total and amount each are);
// it is read here so that the rule stays short.
import { roundingSlack, type Quantity } from "../numbers";
import type { Finding } from "../rule";
import { singular } from "./per-item";

// The rate: a figure (perhaps with the plural it counts: "1,500 fans", "4.5 runs") "a", "an" or "per" one thing.
const PER_ONE = /^(?:\s+[\p{Ll}]+s|\s+pence)?\s+(?:a|an|per|each|every)\s+(\p{L}+)\b/u;
// Periods are rate-restatement's ("£400 a week, or £20,800 over the 52 weeks"), and a head or a person is no thing
// the count names ("£5 a head … the 100 guests").
const NOT_A_THING = /^(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|season|decade|century|head|person|cent|time|while|lot|few|bit)$/i;
const APPROX = "(?:(?:some|about|around|roughly|nearly|almost|approximately|just\\s+over|just\\s+under|up\\s+to|an\\s+extra|close\\s+to)\\s+)*";
// Then the total, said as the same amount ("8p a litre, or £4.40 on a 55-litre tank") …
const SAID_AGAIN = new RegExp(`^\\s*(?:,|\\(|[–—]|\\s-\\s)\\s*(?:(?:or|that is|i\\.e\\.|equivalent to|the equivalent of|meaning|which is)\\s+)?${APPROX}$`, "i");
// … or as what the rate does, perhaps to whom ("2p a litre will add £8,000", "would save hauliers £500").
const VERB_OF_TOTAL = new RegExp(
  `^\\s+(?:(?:will|would|could|can|may|might|should|is\\s+set\\s+to)\\s+)?(?:adds?|adding|added|saves?|saving|saved|costs?|costing|raises?|raising|raised|brings?\\s+in|bringing\\s+in|brought\\s+in|means?|meaning)\\s+(?:(?!(?:some|about|around|roughly|nearly|almost|approximately|just|up|an)\\b)[\\p{L}’'-]+\\s+){0,2}?${APPROX}$`,
  "iu",
);
// Then the count of those things, within the clause: at most ten words, no new clause ("and", "but", a comma).
const TO_COUNT = /^(?:\s+(?!(?:and|but|while|whereas|than|against|compared|or|plus|with|including)\b)[\p{L}’'-]+){0,10}?\s+$/iu;
// ("for a 19-match season ticket": a price of its own for a bundle of the things, not the rate times the count.)
const BUNDLE = /\bfor\s+an?\s+$/i;
// The count's noun: the first or second word after it ("50 overs", "55-litre tank", "20 home matches").
const COUNTED = /^[-\s]([\p{Ll}]+)(?:\s+([\p{Ll}]+))?/u;
// One thing by two names: a crowd "a game" over "the 20 home matches".
const SAME_THING: readonly (readonly string[])[] = [["game", "match", "fixture"]];

export type RateTimesCount = { rate: Quantity; total: Quantity; count: Quantity; per: string; counted: string; isSameThing: boolean };

/** "8p a litre", "1,500 a game": a figure for one thing, which no figure without it restates. */
export function isRateOfOne(sentence: string, q: Quantity): boolean {
  const per = PER_ONE.exec(sentence.slice(q.end, q.end + 40));
  return per !== null && !NOT_A_THING.test(per[1]);
}

/** Whether quantities[i] is a rate for one thing and quantities[i + 1] its total over the count quantities[i + 2]. */
export function rateTimesCount(sentence: string, quantities: readonly Quantity[], i: number): RateTimesCount | null {
  const [rate, total, count] = [quantities[i], quantities[i + 1], quantities[i + 2]];
  if (!count || rate.currency !== total.currency || count.currency || count.isPercent || count.isYear || rate.high !== undefined) return null;
  const per = PER_ONE.exec(sentence.slice(rate.end, rate.end + 40));
  if (!per || !isRateOfOne(sentence, rate)) return null;
  const between = sentence.slice(rate.end + per[0].length, total.start);
  if (!SAID_AGAIN.test(between) && !VERB_OF_TOTAL.test(between)) return null;
  const toCount = sentence.slice(total.end, count.start);
  if (!TO_COUNT.test(toCount) || BUNDLE.test(toCount)) return null;
  const counted = COUNTED.exec(sentence.slice(count.end, count.end + 40));
  if (!counted) return null;
  const thing = singular(per[1].toLowerCase());
  const isSameThing = counted.slice(1).some((noun) => noun !== undefined && isOneThing(thing, singular(noun)));
  return { rate, total, count, per: per[0].trim(), counted: counted[0].trim(), isSameThing };
}

function isOneThing(a: string, b: string): boolean {
  return a === b || SAME_THING.some((names) => names.includes(a) && names.includes(b));
}

/** "six an over, or 120 across the full 50 overs": the total against the rate times the count. */
export function rateTimesCountFindings(sentence: string, quantities: readonly Quantity[], ruleId: string): Finding[] {
  const findings: Finding[] = [];
  for (let i = 0; i + 2 < quantities.length; i++) {
    const found = rateTimesCount(sentence, quantities, i);
    if (!found?.isSameThing) continue;
    const { rate, total, count, per, counted } = found;
    const expected = rate.value * count.value;
    const isExact = rate.approx !== "about" && total.approx !== "about";
    const slack = Math.max(roundingSlack(total), roundingSlack(rate) * count.value, roundingSlack(count) * rate.value) + (isExact ? 0.05 : 0.1) * Math.max(expected, total.value);
    if (Math.abs(expected - total.value) <= slack) continue;
    findings.push({
      ruleId,
      message: `${rate.text.trim()} ${per} across ${count.text.trim()} ${counted} comes to ${rate.currency ?? ""}${format(expected)}, but the total is given as ${total.text.trim()}.`,
      start: rate.start,
      end: count.end,
    });
  }
  return findings;
}

function format(value: number): string {
  return Number(value.toPrecision(3)).toLocaleString("en-US");
}
