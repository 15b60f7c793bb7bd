import { findQuantities, roundingSlack, type Quantity } from "../numbers";
import type { ConsistencyRule, Finding } from "../rule";

// "a total of 12", "totalling 12", "12 in total", "12 … in all", "12 altogether".
const TOTAL_BEFORE = /\b(?:a total of|total of|totall?ing|totall?ed|in total|in all|altogether|overall)\s+(?:about\s+|some\s+)?$/i;
const TOTAL_AFTER = /^(?:\s+[\p{L}’'-]+){0,3}?\s+(?:in total|in all|altogether)\b/iu;
// Where the breakdown starts: "…: 5 from A and 6 from B", "(5 … and 6 …)", ", of which".
const BREAKDOWN = /^[^:(–—]{0,120}?(?::|\(|\s[–—]\s|,\s+(?:of which|made up of|comprising|consisting of|split between|divided between|namely))/iu;
const BREAKDOWN_END = /[)]|;|\.\s/;
// How far the parts may run after the breakdown starts (keeps long texts linear).
const MAX_BREAKDOWN = 400;

/**
 * A total that is not the sum of the parts listed after it: "a total of 12:
 * 5 from A and 6 from B" (5 + 6 = 11). Lists introduced by "including" are
 * partial and not checked. Rounding is allowed for up to half the last digit
 * of the least precise number ("1.5 million" ± 50,000); whole counts are exact.
 */
export const totalMismatch: ConsistencyRule = {
  id: "total-mismatch",
  description: "A total must equal the sum of the parts it is broken into.",
  check(sentence) {
    const quantities = findQuantities(sentence);
    const findings: Finding[] = [];
    quantities.forEach((total, index) => {
      if (total.isYear) return;
      const before = sentence.slice(Math.max(0, total.start - 30), total.start);
      const after = sentence.slice(total.end, total.end + MAX_BREAKDOWN);
      if (!TOTAL_BEFORE.test(before) && !TOTAL_AFTER.test(after)) return;
      const breakdown = BREAKDOWN.exec(after);
      if (!breakdown) return;
      const from = total.end + breakdown[0].length;
      const stop = BREAKDOWN_END.exec(sentence.slice(from, from + MAX_BREAKDOWN));
      const to = stop ? from + stop.index : Math.min(sentence.length, from + MAX_BREAKDOWN);
      const parts: Quantity[] = [];
      for (let i = index + 1; i < quantities.length && quantities[i].start < to; i++) {
        const q = quantities[i];
        if (q.start >= from && q.end <= to && !q.isYear && q.isPercent === total.isPercent) parts.push(q);
      }
      if (parts.length < 2) return;
      const sum = parts.reduce((s, part) => s + part.value, 0);
      // Rounding: as much as the least precise number may have been rounded.
      const slack = Math.max(...[total, ...parts].map(roundingSlack));
      if (Math.abs(sum - total.value) <= slack) return;
      findings.push({
        ruleId: totalMismatch.id,
        message: `The total is ${total.text.trim()}, but the parts add up to ${formatSum(sum)} (${parts.map((p) => p.text.trim()).join(" + ")}).`,
        start: total.start,
        end: parts[parts.length - 1].end,
      });
    });
    return findings;
  },
};

function formatSum(value: number): string {
  return Number(value.toFixed(2)).toLocaleString("en-US");
}
