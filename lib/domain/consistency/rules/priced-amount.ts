// A price for one unit, then a number of those units valued: "Gold hit $2,400 an ounce, valuing a 10-ounce bar at
// about $240,000" is $24,000; "With crude at $80 a barrel, a 2 million-barrel cargo is worth about $1.6m" is $160m.
// The value must be the price times the units. magnitude-mismatch reports it (one amount written two ways, as
// per-item.ts's total and amount each are); it is read here so that the rule stays short.
import { roundingSlack, type Quantity } from "../numbers";
import type { Finding } from "../rule";

// The price: a currency amount "a", "an" or "per" one unit ("an ounce", "per barrel", "a tonne").
const PER_UNIT = /^\s*(?:an?|per)\s+(\p{L}+)\b/iu;
// Periods, people and shares of a whole are rates of other rules ("£400 a week", "£5 a head", "per cent").
const NOT_A_UNIT = /^(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|season|decade|head|person|cent|time|piece|while|lot|few)$/;
// The units valued: a verb of value before them ("valuing a 10-ounce bar at", "puts the 300-acre estate at") …
const VALUING_BEFORE = /\b(?:valuing|values|valued|puts?|putting|prices?|pricing)\s+(?:(?:a|an|the|its|their|his|her|each|every|one|[\p{L}’'-]+[’']s)\s+)*$/iu;
const AT_AFTER = /^(?:-[\p{L}]+)?(?:\s+(?!(?:and|but|while|or|with)\b)[\p{L}’'-]+){0,4}?\s+at\s+(?:(?:some|about|around|roughly|nearly|almost|approximately|just\s+over|just\s+under|close\s+to)\s+)?$/iu;
// (The unit may be hyphened to the figure: "-ounce bar".)
// … or "worth" after them ("a 2 million-barrel cargo is worth about $1.6m", "leaves its 50,000 tonnes worth $450m").
const WORTH_AFTER = /^(?:-[\p{L}]+)?(?:\s+(?!(?:and|but|while|or|with)\b)[\p{L}’'-]+){0,4}?\s+(?:(?:is|are|was|were|would\s+be|will\s+be)\s+)?(?:worth|valued\s+at)\s+(?:(?:some|about|around|roughly|nearly|almost|approximately|just\s+over|just\s+under|close\s+to)\s+)?$/iu;

const singular = (unit: string) => unit.toLowerCase().replace(/(?<=[a-z]{3})e?s$/, "").replace(/e$/, "");

/** "$2,400 an ounce, valuing a 10-ounce bar at about $240,000": the value of units against their price. */
export function pricedAmount(sentence: string, quantities: readonly Quantity[], ruleId: string): Finding | null {
  for (let i = 0; i + 2 < quantities.length; i++) {
    const [price, units, value] = [quantities[i], quantities[i + 1], quantities[i + 2]];
    const unit = price.currency && price.high === undefined ? PER_UNIT.exec(sentence.slice(price.end, price.end + 20))?.[1].toLowerCase() : undefined;
    if (!unit || NOT_A_UNIT.test(unit) || units.currency || units.isPercent || singular(units.unit) !== singular(unit) || value.currency !== price.currency) continue;
    const [before, after] = [sentence.slice(price.end, units.start), sentence.slice(units.end, value.start)];
    if (!((VALUING_BEFORE.test(before) && AT_AFTER.test(after)) || WORTH_AFTER.test(after)) || /;|\bbut\b/.test(before)) continue;
    const expected = price.value * units.value;
    const slack = Math.max(roundingSlack(value), roundingSlack(price) * units.value, roundingSlack(units) * price.value) + (value.approx === "exact" ? 0.05 : 0.1) * Math.max(expected, value.value);
    if (Math.abs(expected - value.value) <= slack) continue;
    return {
      ruleId,
      message: `${units.text.trim()} ${unit}s at ${price.text.trim()} ${PER_UNIT.exec(sentence.slice(price.end))?.[0].trim()} come to ${price.currency}${format(expected)}, but they are valued at ${value.text.trim()}.`,
      start: price.start,
      end: value.end,
    };
  }
  return null;
}

function format(value: number): string {
  return Number(value.toPrecision(3)).toLocaleString("en-US");
}
