import { VERDICT_LABELS, VERDICTS, type VerdictCounts } from "@/lib/domain/verdicts";

export const VERDICT_BAR_CLASS: Record<keyof VerdictCounts, string> = {
  pending: "bg-stone-300",
  verified: "bg-emerald-500",
  disputed: "bg-amber-500",
  corrected: "bg-sky-600",
};

/**
 * Claims by verdict as one bar, with the numbers in text for screen readers.
 * Orphaned claims (their words are gone from the text) are named apart: they
 * block sign-off whatever their verdict.
 */
export function ProgressBar({ counts, orphanedCount = 0 }: { counts: VerdictCounts; orphanedCount?: number }) {
  const total = VERDICTS.reduce((sum, verdict) => sum + counts[verdict], 0);
  const summary = VERDICTS.filter((v) => counts[v] > 0).map((v) => `${counts[v]} ${VERDICT_LABELS[v].toLowerCase()}`).join(", ");
  if (total === 0) return <p className="text-xs text-stone-500">No claims yet</p>;
  return (
    <div>
      <div className="flex h-2 w-full overflow-hidden rounded bg-stone-100" aria-hidden="true">
        {VERDICTS.map((verdict) =>
          counts[verdict] > 0 ? (
            <div key={verdict} className={VERDICT_BAR_CLASS[verdict]} style={{ width: `${(counts[verdict] / total) * 100}%` }} />
          ) : null,
        )}
      </div>
      <p className="mt-1 text-xs text-stone-600">
        {total - counts.pending} of {total} checked · {summary}
        {orphanedCount > 0 && <span className="font-medium text-red-800"> · {orphanedCount} orphaned</span>}
      </p>
    </div>
  );
}
