// Verdict rules (product.md, "Claims and verdicts") shared by the UI (to open the right fields) and the use cases
// (to refuse what breaks them).
export const VERDICTS = ["pending", "verified", "disputed", "corrected"] as const;
export type Verdict = (typeof VERDICTS)[number];

export const VERDICT_LABELS: Record<Verdict, string> = {
  pending: "Pending",
  verified: "Verified",
  disputed: "Disputed",
  corrected: "Corrected",
};

export function isCorrectionRequired(verdict: Verdict): boolean {
  return verdict === "corrected";
}

export function isRationaleRequired(verdict: Verdict): boolean {
  return verdict === "disputed" || verdict === "corrected";
}

export function isSourceRequired(verdict: Verdict): boolean {
  return verdict === "verified" || verdict === "corrected";
}

export type VerdictCounts = Record<Verdict, number>;

export function emptyVerdictCounts(): VerdictCounts {
  return { pending: 0, verified: 0, disputed: 0, corrected: 0 };
}

export type VerdictChange = {
  verdict: Verdict;
  correction?: string | null;
  rationale?: string | null;
  sourceCount: number;
};

/**
 * The fields a verdict needs, as field errors (empty when the change is
 * allowed). Used by the form to open the right fields and by the use case to
 * refuse what breaks the rules.
 */
export function checkVerdictRules(change: VerdictChange): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  if (isCorrectionRequired(change.verdict) && !change.correction?.trim()) {
    errors.correction = ["A corrected claim needs the corrected wording."];
  }
  if (isRationaleRequired(change.verdict) && !change.rationale?.trim()) {
    errors.rationale = [`Explain why the claim is ${change.verdict}.`];
  }
  if (isSourceRequired(change.verdict) && change.sourceCount === 0) {
    errors.sources = [`A ${change.verdict} claim must cite at least one source: attach one first.`];
  }
  return errors;
}
