import { readFigures } from "../numbers";
import type { ConsistencyRule } from "../rule";

// "a total of 12 seats: 5 for A and 6 for B": the total is not the sum of its parts.
export const totalAgainstParts: ConsistencyRule = {
  id: "total-mismatch",
  description: "A total that is not the sum of its parts",
  check(sentence) {
    const total = /\b(?:a )?total of\s+(\d[\d,]*)/i.exec(sentence) ?? /\b(\d[\d,]*)\s+in (?:all|total)\b/i.exec(sentence);
    if (!total) return [];
    const totalValue = Number(total[1].replace(/,/g, ""));
    const totalEnd = total.index + total[0].length;
    const parts = readFigures(sentence).filter((f) => !f.isYear && !f.isPercent && (f.start >= totalEnd || f.end <= total.index));
    if (parts.length < 2) return [];
    const sum = parts.reduce((acc, f) => acc + f.value, 0);
    if (sum === totalValue) return [];
    return [{ ruleId: this.id, message: `The total is ${totalValue}, but the parts named add up to ${sum}.` }];
  },
};
