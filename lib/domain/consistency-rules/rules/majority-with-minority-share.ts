import { readFigures } from "../numbers";
import type { ConsistencyRule } from "../rule";

// "a majority 15%": majority or most, with a share under 50% right next to it.
export const majorityWithMinorityShare: ConsistencyRule = {
  id: "majority-under-half",
  description: "“Majority” or “most” with a share under 50%",
  check(sentence) {
    const findings = [];
    for (const word of sentence.matchAll(/\b(majority|most)\b/gi)) {
      const share = readFigures(sentence).find((f) => f.isPercent && Math.abs(f.start - word.index!) < 40 && f.value < 50);
      if (share) {
        findings.push({
          ruleId: this.id,
          message: `“${word[0]}” with ${share.value}%: a share under 50% is not a majority.`,
          start: Math.min(word.index!, share.start),
          end: Math.max(word.index! + word[0].length, share.end),
        });
      }
    }
    return findings;
  },
};
