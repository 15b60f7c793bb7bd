import { readFigures } from "../numbers";
import type { ConsistencyRule } from "../rule";

// "a minority 60% stake": minority with a share over 50% right next to it.
export const minorityWithMajorityShare: ConsistencyRule = {
  id: "minority-over-half",
  description: "“Minority” with a share over 50%",
  check(sentence) {
    const findings = [];
    for (const word of sentence.matchAll(/\bminority\b/gi)) {
      const share = readFigures(sentence).find((f) => f.isPercent && Math.abs(f.start - word.index!) < 40 && f.value > 50);
      if (share) findings.push({ ruleId: this.id, message: `“minority” with ${share.value}%: a share over 50% is a majority.` });
    }
    return findings;
  },
};
