/** A problem in a claim, with the offending words' offsets into the text linted. */
export type Finding = { ruleId: string; message: string; start?: number; end?: number };

/**
 * One consistency rule: a claim that contradicts itself. `check` sees one
 * sentence and returns offsets into it; lintClaim shifts them into the claim.
 */
export type ConsistencyRule = {
  id: string;
  description: string;
  check(sentence: string): Finding[];
  /** Rules that may flag the same slip: this rule's finding is dropped when one of them flags the same first figure. */
  defersTo?: readonly string[];
};

export function formatPercent(value: number): string {
  return `${Number(value.toFixed(2))}%`;
}
