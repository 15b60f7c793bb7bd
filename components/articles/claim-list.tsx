"use client";

import { useIsHydrated } from "@/components/review/use-is-hydrated";
import { VERDICT_LABELS } from "@/lib/domain/verdicts";
import type { ReviewClaim } from "@/lib/server/articles/get-article-for-review";
import { VERDICT_BADGE_CLASS } from "./verdict-style";

type Props = {
  claims: ReviewClaim[];
  selectedClaimId?: string | null;
  onSelect?: (claimId: string) => void;
  emptyMessage?: string;
  /** Prefix of each button's id; two lists of the same claims on one page need different ones. */
  itemIdPrefix?: string;
};

/** The claims in reading order; with `onSelect` each one is a button that opens it. */
export function ClaimList({ claims, selectedClaimId = null, onSelect, emptyMessage = "No claims yet.", itemIdPrefix = "claim-item-" }: Props) {
  if (claims.length === 0) {
    return <p className="rounded border border-dashed border-stone-300 p-4 text-sm text-stone-600">{emptyMessage}</p>;
  }
  return (
    <ol className="space-y-2">
      {claims.map((claim) => {
        const isSelected = claim.id === selectedClaimId;
        const body = <ClaimSummary claim={claim} />;
        return (
          <li key={claim.id} data-testid="claim-card" data-claim-id={claim.id}>
            {onSelect ? (
              <button type="button" id={`${itemIdPrefix}${claim.id}`} aria-current={isSelected ? "true" : undefined}
                onClick={() => onSelect(claim.id)}
                className={`block w-full rounded-lg border p-3 text-left hover:border-stone-400 ${
                  isSelected ? "border-stone-900 bg-white shadow-sm ring-1 ring-stone-900" : "border-stone-200 bg-white"
                }`}>
                {body}
              </button>
            ) : (
              <div className="rounded-lg border border-stone-200 bg-white p-3">{body}</div>
            )}
          </li>
        );
      })}
    </ol>
  );
}

function ClaimSummary({ claim }: { claim: ReviewClaim }) {
  // The words are in the article text already: filled in from it once hydrated, not sent again in the HTML.
  const isHydrated = useIsHydrated();
  return (
    <>
      <span className="flex flex-wrap items-center gap-2">
        <span className={`rounded px-2 py-0.5 text-xs font-semibold ${VERDICT_BADGE_CLASS[claim.verdict]}`}>
          {VERDICT_LABELS[claim.verdict]}
        </span>
        {claim.isOrphaned && (
          <span className="rounded bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-900">Orphaned</span>
        )}
      </span>
      <span className="mt-2 line-clamp-3 block min-h-6 font-serif text-stone-900">{isHydrated && `“${claim.exact}”`}</span>
      <span className="mt-1 block text-xs text-stone-600">
        {claim.assignee ? `Assigned to ${claim.assignee.name}` : "Unassigned"}
      </span>
    </>
  );
}
