// Consistency checks for a claim: every rule on every sentence of it. To add a
// rule, write rules/<id>.ts exporting a ConsistencyRule and list it here.
import { splitSentences } from "@/lib/domain/spotting/split-sentences";
import type { ConsistencyRule, Finding } from "./rule";
import { ageAgainstYears } from "./rules/age-against-years";
import { ageMismatch } from "./rules/age-mismatch";
import { agesAgainstCount } from "./rules/ages-against-count";
import { fractionMismatch } from "./rules/fraction-mismatch";
import { magnitudeMismatch } from "./rules/magnitude-mismatch";
import { rateRestatement } from "./rules/rate-restatement";
import { ratioRestatement } from "./rules/ratio-restatement";
import { rankMismatch } from "./rules/rank-mismatch";
import { rankAgainstFigures } from "./rules/rank-against-figures";
import { majorityUnderHalf } from "./rules/majority-under-half";
import { minorityOverHalf } from "./rules/minority-over-half";
import { majorityHolder } from "./rules/majority-holder";
import { multiplierMismatch } from "./rules/multiplier-mismatch";
import { multiplierAgainstBaseline } from "./rules/multiplier-against-baseline";
import { sharesOver100 } from "./rules/shares-over-100";
import { shareOfGroupOver100 } from "./rules/share-of-group-over-100";
import { totalMismatch } from "./rules/total-mismatch";
import { remainingPart } from "./rules/remaining-part";
import { unitRestatement } from "./rules/unit-restatement";

export type { ConsistencyRule, Finding };

export const CONSISTENCY_RULES: readonly ConsistencyRule[] = [
  majorityUnderHalf,
  minorityOverHalf,
  majorityHolder,
  sharesOver100,
  shareOfGroupOver100,
  multiplierMismatch,
  multiplierAgainstBaseline,
  ageMismatch,
  ageAgainstYears,
  totalMismatch,
  remainingPart,
  agesAgainstCount,
  fractionMismatch,
  magnitudeMismatch,
  rateRestatement,
  ratioRestatement,
  rankMismatch,
  rankAgainstFigures,
  unitRestatement,
];

/** Findings for `text` (a claim or any passage), offsets into `text`, in text order. */
export function lintClaim(text: string, rules: readonly ConsistencyRule[] = CONSISTENCY_RULES): Finding[] {
  const findings: Finding[] = [];
  for (const sentence of splitSentences(text)) {
    for (const finding of sentenceFindings(sentence.text, rules)) {
      findings.push({
        ...finding,
        start: finding.start === undefined ? undefined : sentence.start + finding.start,
        end: finding.end === undefined ? undefined : sentence.start + finding.end,
      });
    }
  }
  return findings.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
}

// A rule that defers to another (rule.defersTo) says nothing of a figure the other has already flagged.
function sentenceFindings(sentence: string, rules: readonly ConsistencyRule[]): Finding[] {
  const found: Finding[] = [];
  for (const rule of rules) {
    const isSaid = (finding: Finding) => rule.defersTo?.some((id) => found.some((f) => f.ruleId === id && f.start === finding.start)) ?? false;
    found.push(...rule.check(sentence).filter((finding) => !isSaid(finding)));
  }
  return found;
}
