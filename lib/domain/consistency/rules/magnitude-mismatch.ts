import { findQuantities, roundingSlack, type Quantity } from "../numbers";
import type { ConsistencyRule, Finding } from "../rule";
import { isApposition } from "./apposition";

// Units that are not the same thing written twice: "120mm, or 12cm", "12km (7.5 miles)".
const MEASURES = new Set(["mm", "cm", "m", "km", "metre", "meter", "mile", "feet", "ft", "kg", "g", "lb", "lbs", "tonne", "ton", "litre", "gallon", "hectare", "acre", "sq", "square", "degree", "c", "f", "mph", "kph"]);

/**
 * One amount written twice with different magnitudes: "€1.2 billion (1,200,000
 * euros)", "$3.5bn, or 350 million dollars", "1,500,000 visitors, or 15 million".
 * Compared only in the same currency (or none), and not across different
 * measures ("120mm, or 12cm" is a conversion). Rounding of the less precise
 * number is allowed, and 5% besides.
 */
export const magnitudeMismatch: ConsistencyRule = {
  id: "magnitude-mismatch",
  description: "An amount restated in other words (“1.2 billion (1,200 million)”) must be the same amount.",
  check(sentence) {
    const quantities = findQuantities(sentence).filter((q) => !q.isPercent && !q.isYear);
    const findings: Finding[] = [];
    for (let i = 0; i + 1 < quantities.length; i++) {
      const [first, second] = [quantities[i], quantities[i + 1]];
      if (!isApposition(sentence, first, second) || !comparable(first, second) || !isRestatement(sentence, first, second, quantities[i + 2])) continue;
      const slack = Math.max(roundingSlack(first), roundingSlack(second), 0.05 * Math.max(first.value, second.value));
      if (Math.abs(first.value - second.value) <= slack) continue;
      findings.push({
        ruleId: magnitudeMismatch.id,
        message: `${first.text.trim()} is ${format(first.value)}, but it is restated as ${second.text.trim()} (${format(second.value)}).`,
        start: first.start,
        end: second.end,
      });
    }
    return findings;
  },
};

// "$190,000 a month", "6,000 more than before", "£5 each": a rate or a difference, not the same amount.
const RATE_OR_DIFFERENCE = /^\s*(?:a|an|per|each|every)\s+(?:day|week|month|year|head|person|share|hour)\b|^\s*(?:each|apiece|more|fewer|less|extra|higher|lower|up|down|short)\b/i;
// "40% of the 2,000 employees – 800 people": the whole of a share, then its part.
const WHOLE_OF_SHARE = /(?:%|\bper\s?cent|\bhalf|thirds?|quarters?|fifths?|tenths?)\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?$/i;
// "£50bn on health, £30bn on schools and £10bn": parts of a list, each with its own words.
const LIST_GOES_ON = /^(?:\s+[\p{L}’'-]+){1,4}\s*(?:,|\band\b)\s*(?:[\p{L}’'-]+\s+){0,3}$/iu;

function isRestatement(sentence: string, first: Quantity, second: Quantity, third: Quantity | undefined): boolean {
  if (RATE_OR_DIFFERENCE.test(sentence.slice(second.end, second.end + 30)) || RATE_OR_DIFFERENCE.test(sentence.slice(first.end, first.end + 30))) return false;
  if (WHOLE_OF_SHARE.test(sentence.slice(Math.max(0, first.start - 30), first.start))) return false;
  if (third && LIST_GOES_ON.test(sentence.slice(second.end, third.start))) return false;
  return true;
}

const singular = (unit: string) => unit.replace(/(?<=[a-z]{3})s$/, "");

function comparable(first: Quantity, second: Quantity): boolean {
  if (first.currency && second.currency && first.currency !== second.currency) return false;
  if (MEASURES.has(singular(first.unit)) || MEASURES.has(singular(second.unit)) || MEASURES.has(first.unit) || MEASURES.has(second.unit)) return singular(first.unit) === singular(second.unit);
  // Written the same way twice ("5 and 6") is a list, not a restatement: one side needs a scale or separators.
  return /[,.]\d|\d\s?(?:m|bn|k|mn|tn|trn)\b|hundred|thousand|million|billion|trillion/i.test(first.text + " " + second.text);
}

function format(value: number): string {
  return value.toLocaleString("en-US");
}
