import { findQuantities, type Quantity } from "../numbers";
import type { ConsistencyRule, Finding } from "../rule";

const MULTIPLIERS: { pattern: RegExp; factor: number }[] = [
  { pattern: /\b(?:doubled|doubling|doubles|double)\b(?![- ](?:digits?|check|standards?|agents?))/i, factor: 2 },
  { pattern: /\b(?:tripled|tripling|triples|triple|trebled|trebling)\b/i, factor: 3 },
  { pattern: /\b(?:quadrupled|quadrupling|quadruples)\b/i, factor: 4 },
  { pattern: /\b(?:halved|halving|halves)\b|\bcut (?:\w+ )?in half\b/i, factor: 0.5 },
];
const MORE_THAN = /\b(?:more than|over|better than|at least)\s+$/i;
const LESS_THAN = /\b(?:nearly|almost|close to|not quite|just under|less than)\s+$/i;
const ABOUT = /\b(?:about|around|roughly|some|approximately|effectively|nearly|almost)\s+$/i;
const FROM_TO = /\bfrom\s+\S+(?:\s+\S+){0,3}?\s+to\s+|\bto\s+\S+(?:\s+\S+){0,3}?\s+from\s+/gi;

/**
 * "Doubled", "tripled", "halved" against the figures given: "rose from 10 to 15,
 * doubling" is ×1.5. The figures are the pair "from A to B" (or "to B from A");
 * an exact word allows ±10%, "about" ±25%, "more than" only above, "nearly" only below.
 */
export const multiplierMismatch: ConsistencyRule = {
  id: "multiplier-mismatch",
  description: "“Doubled”, “tripled” or “halved” must match the figures given (from A to B).",
  check(sentence) {
    const pair = fromToPair(sentence);
    if (!pair) return [];
    const findings: Finding[] = [];
    const ratio = pair.to.value / pair.from.value;
    for (const { pattern, factor } of MULTIPLIERS) {
      const match = pattern.exec(sentence);
      if (!match) continue;
      const before = sentence.slice(Math.max(0, match.index - 20), match.index);
      const [low, high] = MORE_THAN.test(before)
        ? [factor * 0.95, Infinity]
        : LESS_THAN.test(before)
          ? [factor * 0.7, factor * 1.02]
          : ABOUT.test(before)
            ? [factor * 0.75, factor * 1.25]
            : [factor * 0.9, factor * 1.1];
      if (ratio >= low && ratio <= high) continue;
      findings.push({
        ruleId: multiplierMismatch.id,
        message: `“${match[0]}” means ×${factor}, but ${pair.from.text.trim()} to ${pair.to.text.trim()} is ×${Number(ratio.toFixed(2))}.`,
        start: Math.min(match.index, pair.from.start, pair.to.start),
        end: Math.max(match.index + match[0].length, pair.from.end, pair.to.end),
      });
    }
    return findings;
  },
};

function fromToPair(sentence: string): { from: Quantity; to: Quantity } | null {
  const quantities = findQuantities(sentence).filter((q) => !q.isYear);
  FROM_TO.lastIndex = 0;
  for (let match = FROM_TO.exec(sentence); match; match = FROM_TO.exec(sentence)) {
    const isReversed = match[0].toLowerCase().startsWith("to");
    const first = quantities.find((q) => q.start >= match.index && q.start < match.index + match[0].length);
    const second = quantities.find((q) => q.start >= match.index + match[0].length && q.start <= match.index + match[0].length + 1);
    if (!first || !second || first.value === 0 || first.isPercent !== second.isPercent) continue;
    return isReversed ? { from: second, to: first } : { from: first, to: second };
  }
  return null;
}
