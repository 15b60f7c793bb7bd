import { formatPercent, type ConsistencyRule, type Finding } from "../rule";
import { findPercentages, findQuantities } from "../numbers";
import { countShareForWord, isLeftOver, isSubsetToldOf, shareForWord, viewHeldBy } from "./share-of-word";
import { isShareOfAWhole, namesARole } from "./share-context";

const MINORITY = /\bminority\b/gi;
const DENIED = /\b(?:not|no|never)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?$/i;

export const minorityOverHalf: ConsistencyRule = {
  id: "minority-over-half",
  description: "A minority is less than half: a share of 50% or more contradicts it.",
  check(sentence) {
    const findings: Finding[] = [];
    const shares = findPercentages(sentence).filter((share) => isShareOfAWhole(sentence, share));
    MINORITY.lastIndex = 0;
    for (let match = MINORITY.exec(sentence); match; match = MINORITY.exec(sentence)) {
      if (DENIED.test(sentence.slice(Math.max(0, match.index - 30), match.index))) continue;
      const word = { start: match.index, end: match.index + match[0].length };
      const heldView = viewHeldBy(sentence, findPercentages(sentence), word);
      if (!heldView && namesARole(sentence, word.end, word.start)) continue;
      const counted = heldView ? null : countShareForWord(sentence, findQuantities(sentence), word);
      if (counted && counted.share >= 50) {
        findings.push({
          ruleId: minorityOverHalf.id,
          message: `“Minority”, but that is ${formatPercent(Math.round(counted.share))}: not less than half.`,
          start: Math.min(word.start, counted.start),
          end: Math.max(word.end, counted.end),
        });
        continue;
      }
      const share = heldView ?? shareForWord(sentence, shares, word, 4);
      // "retained 60%, leaving investors with a minority": the minority is what the share leaves, 40%.
      if (share && isLeftOver(sentence, share, word)) {
        if (share.high !== undefined || share.approx === "under" || 100 - share.value < 50 || share.value > 100) continue;
        findings.push({
          ruleId: minorityOverHalf.id,
          message: `“Minority” is what ${formatPercent(share.value)} leaves: ${formatPercent(Math.round((100 - share.value) * 10) / 10)} is not less than half.`,
          start: share.start,
          end: word.end,
        });
        continue;
      }
      if (!share || share.value < 50 || share.approx === "under") continue;
      // ("A minority of the 1,400 staff, 60% of them women, …": a part told of further is a subset of the whole.)
      if (share.start > word.end && isSubsetToldOf(sentence, share)) continue;
      findings.push({
        ruleId: minorityOverHalf.id,
        message: `“Minority” with ${formatPercent(share.value)}: ${formatPercent(share.value)} is not a minority (less than half).`,
        start: Math.min(word.start, share.start),
        end: Math.max(word.end, share.end),
      });
    }
    return findings;
  },
};
