import { findPercentages, type Quantity } from "../numbers";
import { formatPercent, type ConsistencyRule, type Finding } from "../rule";
import { isShareOfAWhole } from "./share-context";

const DETERMINER = "(?:(?:the|its|their|his|her|all|a|an|this|that)\\s+)?";
const WHOLE_AFTER = new RegExp(`^\\s+(?:of|in)\\s+${DETERMINER}([\\p{L}\\p{N}’'-]+)`, "iu");
const STAKE_IN = new RegExp(`^\\s+(?:stake|share|holding|interest)\\s+(?:in|of)\\s+${DETERMINER}([\\p{L}\\p{N}’'-]+)`, "iu");
// "Of the voters, 60% backed A and 55% backed B": the whole named first.
const WHOLE_FIRST = new RegExp(`^\\s*of\\s+${DETERMINER}(?:[\\d,]+\\s+)?([\\p{L}’'-]+)\\s*,`, "iu");

/**
 * Shares of one whole adding up to more than 100%. A share's whole is the noun
 * after "of"/"in" ("43% of Nissan", "a 15% stake in Renault"); a share without one
 * counts towards the whole of the share before it ("60% of voters backed A and
 * 55% backed B"). Changes and ranges ("rose 5%", "from 10% to 20%") are not shares.
 */
export const sharesOver100: ConsistencyRule = {
  id: "shares-over-100",
  description: "Shares of one whole cannot add up to more than 100%.",
  check(sentence) {
    const groups = new Map<string, Quantity[]>();
    const names = new Map<string, string>();
    let currentWhole = WHOLE_FIRST.exec(sentence)?.[1] ?? null;
    for (const share of findPercentages(sentence)) {
      if (!isShareOfAWhole(sentence, share)) continue;
      const whole = wholeOf(sentence.slice(share.end, share.end + 40)) ?? currentWhole;
      if (!whole) continue;
      currentWhole = whole;
      const key = whole.toLowerCase();
      const group = groups.get(key);
      if (group) group.push(share);
      else groups.set(key, [share]);
      names.set(key, whole);
    }
    const findings: Finding[] = [];
    for (const [key, shares] of groups) {
      const whole = names.get(key) ?? key;
      const total = shares.reduce((sum, share) => sum + share.value, 0);
      if (shares.length < 2 || total <= 100.5) continue;
      findings.push({
        ruleId: sharesOver100.id,
        message: `Shares of ${whole} add up to ${formatPercent(total)} (${shares.map((s) => s.text.trim()).join(" + ")}): more than the whole.`,
        start: shares[0].start,
        end: shares[shares.length - 1].end,
      });
    }
    return findings;
  },
};

function wholeOf(after: string): string | null {
  const match = STAKE_IN.exec(after) ?? WHOLE_AFTER.exec(after);
  return match ? match[1].replace(/[’']s$/, "") : null;
}
