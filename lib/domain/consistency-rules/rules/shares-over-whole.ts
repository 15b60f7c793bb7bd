import { readFigures } from "../numbers";
import type { ConsistencyRule } from "../rule";

// "A owns 60% and B owns 55% of the company": shares of one whole past 100%.
// Not for changes over time ("from 40% to 70%"), where the figures are not parts.
export const sharesOverWhole: ConsistencyRule = {
  id: "shares-over-100",
  description: "Shares of one whole adding up past 100%",
  check(sentence) {
    if (/\bfrom\b[^.]*\bto\b|\b(rose|fell|increased|decreased|grew|dropped|up|down)\b/i.test(sentence)) return [];
    if (!/\b(owns?|holds?|stake|share|shares|own|control|of the|of it)\b/i.test(sentence)) return [];
    const shares = readFigures(sentence).filter((f) => f.isPercent);
    const total = shares.reduce((sum, f) => sum + f.value, 0);
    if (shares.length < 2 || total <= 100) return [];
    return [{ ruleId: this.id, message: `The shares named add up to ${total}%, more than the whole.` }];
  },
};
