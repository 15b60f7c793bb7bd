// Consistency checks: claims that contradict themselves. Add a rule by writing
// one file in rules/ and listing it here.
import type { ConsistencyRule, Finding } from "./rule";
import { ageAgainstYears } from "./rules/age-against-years";
import { majorityWithMinorityShare } from "./rules/majority-with-minority-share";
import { minorityWithMajorityShare } from "./rules/minority-with-majority-share";
import { multiplierAgainstFigures } from "./rules/multiplier-against-figures";
import { sharesOverWhole } from "./rules/shares-over-whole";
import { totalAgainstParts } from "./rules/total-against-parts";

export type { Finding } from "./rule";

export const CONSISTENCY_RULES: readonly ConsistencyRule[] = [
  majorityWithMinorityShare,
  minorityWithMajorityShare,
  sharesOverWhole,
  multiplierAgainstFigures,
  ageAgainstYears,
  totalAgainstParts,
];

export function lintClaim(text: string): Finding[] {
  return CONSISTENCY_RULES.flatMap((rule) => rule.check(text));
}
