// Verdict rules shared by the UI (to open the right fields) and the use cases
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
