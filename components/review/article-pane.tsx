"use client";

import { useRef, type RefObject } from "react";
import { ArticleText } from "@/components/articles/article-text";
import { ClaimList } from "@/components/articles/claim-list";
import type { ReviewClaim } from "@/lib/server/articles/get-article-for-review";
import { NewClaimButton } from "./new-claim-button";
import { VerdictLegend } from "./verdict-legend";

type Props = {
  articleId: string;
  text: string;
  claims: ReviewClaim[];
  selectedClaimId: string | null;
  canCreateClaim: boolean;
  textRef: RefObject<HTMLDivElement | null>;
  onHighlightClick: (claimIds: string[]) => void;
  onSelect: (claimId: string) => void;
  onCreated: (claimId: string) => void;
};

/** The article column: legend, the highlighted text with "New claim" on selection, and orphaned claims. */
export function ArticlePane({ articleId, text, claims, selectedClaimId, canCreateClaim, textRef, onHighlightClick, onSelect, onCreated }: Props) {
  const wrapperRef = useRef<HTMLDivElement>(null);
  const orphaned = claims.filter((claim) => claim.isOrphaned);
  return (
    <section aria-label="Article text" className="rounded-lg border border-stone-200 bg-white p-6">
      <VerdictLegend />
      {canCreateClaim && (
        <p className="mt-2 text-xs text-stone-600">Select words in the text to make a new claim of them.</p>
      )}
      <div ref={wrapperRef} className="relative mt-5">
        <ArticleText ref={textRef} text={text} claims={claims} selectedClaimId={selectedClaimId} onHighlightClick={onHighlightClick} />
        {canCreateClaim && (
          <NewClaimButton articleId={articleId} text={text} textRef={textRef} wrapperRef={wrapperRef} onCreated={onCreated} />
        )}
      </div>
      {orphaned.length > 0 && (
        <section aria-labelledby="orphaned-heading" className="mt-8 border-t border-stone-200 pt-4">
          <h2 id="orphaned-heading" className="text-sm font-semibold text-red-900">Orphaned — words no longer in the text</h2>
          <p className="mb-3 text-xs text-stone-600">The text changed and these words are gone. Check each one, then delete it or keep it for the record.</p>
          <ClaimList claims={orphaned} selectedClaimId={selectedClaimId} onSelect={onSelect} itemIdPrefix="orphaned-item-" />
        </section>
      )}
    </section>
  );
}
