import { findQuantities, roundingSlack, type Quantity } from "../numbers";
import type { ConsistencyRule, Finding } from "../rule";
import { isApposition } from "./apposition";

// Units that are not the same thing written twice: "120mm, or 12cm", "12km (7.5 miles)".
const MEASURES = new Set(["mm", "cm", "m", "km", "metres", "meters", "miles", "feet", "ft", "kg", "g", "lb", "lbs", "tonnes", "tons", "litres", "gallons", "hectares", "acres", "sq", "square", "degrees", "c", "f", "mph", "kph"]);

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
      if (!isApposition(sentence, first, second) || !comparable(first, second)) continue;
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

function comparable(first: Quantity, second: Quantity): boolean {
  if (first.currency && second.currency && first.currency !== second.currency) return false;
  if (MEASURES.has(first.unit) || MEASURES.has(second.unit)) return first.unit === second.unit;
  // Written the same way twice ("5 and 6") is a list, not a restatement: one side needs a scale or separators.
  return /[,.]\d|\d\s?(?:m|bn|k|mn|tn|trn)\b|hundred|thousand|million|billion|trillion/i.test(first.text + " " + second.text);
}

function format(value: number): string {
  return value.toLocaleString("en-US");
}
