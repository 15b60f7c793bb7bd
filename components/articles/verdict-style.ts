import type { Verdict } from "@/lib/domain/verdicts";

export const VERDICT_HIGHLIGHT_CLASS: Record<Verdict, string> = {
  pending: "bg-stone-200/70 decoration-stone-500",
  verified: "bg-emerald-100 decoration-emerald-600",
  disputed: "bg-amber-100 decoration-amber-600",
  corrected: "bg-sky-100 decoration-sky-700",
};

export const VERDICT_BADGE_CLASS: Record<Verdict, string> = {
  pending: "bg-stone-200 text-stone-800",
  verified: "bg-emerald-100 text-emerald-900",
  disputed: "bg-amber-100 text-amber-900",
  corrected: "bg-sky-100 text-sky-900",
};
