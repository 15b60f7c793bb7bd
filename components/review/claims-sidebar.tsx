"use client";

import type { RefObject } from "react";
import { ClaimList } from "@/components/articles/claim-list";
import type { ReviewClaim } from "@/lib/server/articles/get-article-for-review";

type Props = {
  claims: ReviewClaim[];
  visibleClaims: ReviewClaim[];
  query: string;
  selectedClaimId: string | null;
  searchRef: RefObject<HTMLInputElement | null>;
  onQueryChange: (query: string) => void;
  onSelect: (claimId: string) => void;
  onShowShortcuts: () => void;
  canCreateClaim: boolean;
};

/** The claims in reading order, with a search box that filters them. */
export function ClaimsSidebar({ claims, visibleClaims, query, selectedClaimId, searchRef, onQueryChange, onSelect, onShowShortcuts, canCreateClaim }: Props) {
  const checked = claims.filter((claim) => claim.verdict !== "pending").length;
  return (
    <>
      <div className="mb-3 flex items-start justify-between gap-2">
        <div>
          <h2 className="font-semibold">Claims</h2>
          <p className="text-xs text-stone-600">{checked} of {claims.length} checked</p>
        </div>
        <button type="button" onClick={onShowShortcuts} className="whitespace-nowrap text-xs text-stone-600 underline underline-offset-2 hover:text-stone-900">
          Shortcuts (?)
        </button>
      </div>
      <div role="search" className="mb-3">
        <label htmlFor="claim-search" className="block text-sm font-medium">Search claims</label>
        <input ref={searchRef} id="claim-search" type="search" value={query} autoComplete="off"
          onChange={(event) => onQueryChange(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Escape" && query) {
              event.preventDefault();
              onQueryChange("");
            }
          }}
          aria-describedby="claim-search-count"
          className="mt-1 w-full rounded border border-stone-300 bg-white px-2 py-1 text-sm" />
        <p id="claim-search-count" aria-live="polite" className="mt-1 text-xs text-stone-600">
          {query ? `${visibleClaims.length} of ${claims.length} claims match` : "Words, verdict or assignee. Press / to search."}
        </p>
      </div>
      <ClaimList claims={visibleClaims} selectedClaimId={selectedClaimId} onSelect={onSelect}
        emptyMessage={query ? "No claim matches the search." : `No claims yet.${canCreateClaim ? " Select words in the article to make the first one." : ""}`} />
    </>
  );
}
