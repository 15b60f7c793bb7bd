// A rate as an amount on every amount: "At a 4% deposit rate, banks earn €4 a year on every €1,000 parked" is €40;
// "A 3% tax means shoppers pay 30p more on every £100 spent" is £3. The amount over the amount it is on must be the
// rate. unit-restatement reads it here, beside pence in the pound (pence-in-pound.ts), so that the rule stays short.
import { findQuantities, roundingSlack, type Quantity } from "../numbers";
import type { Finding } from "../rule";

// The amount, up to four words of what it is and when ("a year in interest"), then on (or to, for, of) every amount.
const ON_EVERY = /^(?:\s+(?!(?:and|but|while|or)\b)[\p{L}’'-]+){0,4}?\s+(?:on|in|to|for|of|from|out\s+of)\s+(?:every|each)\s+$/iu;
// The percentage is a rate the amount comes from: a rate word after it ("a 4% deposit rate", "a 3% tax"), or an opening
// "At 4%," ("At a 4% rate of interest,"), or "rates at 6%" before it. ("Inflation is running at 4%" is no such rate.)
const RATE_WORD = "rates?|interest|yield|fee|fees|tax|taxes|levy|vat|duty|charge|commission|coupon|return|surcharge|tariff|premium|discount|cut|rise|increase";
const RATE_AFTER = new RegExp(`^(?:\\s+[\\p{L}’'-]+){0,2}?\\s+(?:${RATE_WORD})\\b`, "iu");
const RATE_BEFORE = new RegExp(`(?:^|[,;]\\s*)(?:at|with)\\s+(?:an?\\s+)?$|\\b(?:${RATE_WORD})\\s+(?:at|of)\\s+$`, "iu");
// Periods other than a year: an annual rate over a month or a day is another sum.
const OTHER_PERIOD = /^\s+(?:a|per|each|every)\s+(?:day|week|month|quarter)\b/i;

function isRateOf(sentence: string, share: Quantity): boolean {
  return RATE_AFTER.test(sentence.slice(share.end, share.end + 40)) || RATE_BEFORE.test(sentence.slice(Math.max(0, share.start - 30), share.start).replace(/\s*(?:about|around|some|roughly|just)\s+$/i, " "));
}

/** "4% …, banks earn €4 a year on every €1,000": the one rate before the amounts against the amount over the amount. */
export function percentOnEvery(sentence: string, ruleId: string): Finding[] {
  if (!/\b(?:every|each)\b/i.test(sentence)) return [];
  const quantities = findQuantities(sentence);
  const findings: Finding[] = [];
  for (let i = 0; i + 1 < quantities.length; i++) {
    const [part, whole] = [quantities[i], quantities[i + 1]];
    if (!part.currency || part.currency !== whole.currency || part.high !== undefined || whole.high !== undefined) continue;
    if (!ON_EVERY.test(sentence.slice(part.end, whole.start)) || OTHER_PERIOD.test(sentence.slice(part.end, part.end + 12))) continue;
    // (Two rates before the amounts: which one it is, is not known.)
    const shares = quantities.slice(0, i).filter((q) => q.isPercent && !q.isFraction);
    if (shares.length !== 1 || shares[0].high !== undefined || !isRateOf(sentence, shares[0])) continue;
    const share = shares[0];
    const said = (100 * part.value) / whole.value;
    const slack = roundingSlack(share) + (100 * roundingSlack(part)) / whole.value + (share.approx === "exact" && part.approx === "exact" ? 0.02 : 0.06) * Math.max(said, share.value);
    // ("A 1.5% fee leaves £98.50 of every £100 for the fund": the rest of the whole, said instead.)
    if ([share.value, 100 - share.value].some((value) => Math.abs(said - value) <= slack)) continue;
    findings.push({
      ruleId,
      message: `${share.text.trim()} of ${whole.text.trim()} is ${whole.currency}${format((whole.value * share.value) / 100)}, but it is given as ${part.text.trim()}.`,
      start: share.start,
      end: whole.end,
    });
  }
  return findings;
}

function format(value: number): string {
  return Number(value.toPrecision(3)).toLocaleString("en-US", { maximumFractionDigits: 2 });
}
