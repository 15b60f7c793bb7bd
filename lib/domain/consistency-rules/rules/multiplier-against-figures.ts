import type { ConsistencyRule } from "../rule";

const FACTORS: Record<string, number> = { doubled: 2, doubling: 2, tripled: 3, tripling: 3, quadrupled: 4, halved: 0.5, halving: 0.5 };

// "rose from 10 to 15, doubling": the word says ×2, the figures say ×1.5.
export const multiplierAgainstFigures: ConsistencyRule = {
  id: "multiplier-mismatch",
  description: "“Doubled”, “halved”, “tripled” against the figures given",
  check(sentence) {
    const word = /\b(doubled|doubling|tripled|tripling|quadrupled|halved|halving)\b/i.exec(sentence);
    const figures = /\bfrom\s+\D{0,3}(\d[\d,.]*)\s*%?\D{0,12}?\s+to\s+\D{0,3}(\d[\d,.]*)/i.exec(sentence);
    if (!word || !figures) return [];
    const before = Number(figures[1].replace(/,/g, ""));
    const after = Number(figures[2].replace(/,/g, ""));
    const factor = FACTORS[word[1].toLowerCase()];
    if (!before || Math.abs(after / before - factor) / factor <= 0.15) return [];
    return [{
      ruleId: this.id,
      message: `“${word[1]}” means ×${factor}, but ${before} to ${after} is ×${(after / before).toFixed(2).replace(/\.?0+$/, "")}.`,
    }];
  },
};
