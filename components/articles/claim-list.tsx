import { VERDICT_LABELS } from "@/lib/domain/verdicts";
import type { ReviewClaim } from "@/lib/server/articles/get-article-for-review";
import { VERDICT_BADGE_CLASS } from "./verdict-style";

export function ClaimList({ claims }: { claims: ReviewClaim[] }) {
  if (claims.length === 0) {
    return <p className="rounded border border-dashed border-stone-300 p-4 text-sm text-stone-600">No claims yet.</p>;
  }
  return (
    <ol className="space-y-3">
      {claims.map((claim) => (
        <li key={claim.id} className="rounded-lg border border-stone-200 bg-white p-3" data-testid="claim-card">
          <span className={`rounded px-2 py-0.5 text-xs font-semibold ${VERDICT_BADGE_CLASS[claim.verdict]}`}>
            {claim.isOrphaned ? "Orphaned" : VERDICT_LABELS[claim.verdict]}
          </span>
          <blockquote className="mt-2 font-serif text-stone-900">“{claim.exact}”</blockquote>
          {claim.restated && claim.restated !== claim.exact && (
            <p className="mt-1 text-sm text-stone-600">{claim.restated}</p>
          )}
        </li>
      ))}
    </ol>
  );
}
