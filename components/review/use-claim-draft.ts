"use client";

import { useEffect, useState } from "react";
import { followClaimVersion, isDraftDirty, startDraft, type DraftState } from "@/lib/domain/claim-draft";
import type { ClaimView } from "@/lib/server/claims/claim-view";

// Unsaved typing per claim and form, kept while the editor moves to another claim
// and back (j/k, clicks). Browser memory only: it is what the user has not saved
// yet, never shared state, and a reload starts from what is saved.
const unsavedDrafts = new Map<string, DraftState<Record<string, string>>>();

/** Whether any form of this claim holds unsaved typing (for presence: "typing"). */
export function hasUnsavedDraft(claimId: string): boolean {
  for (const key of unsavedDrafts.keys()) if (key.startsWith(`${claimId}:`)) return true;
  return false;
}

/**
 * The values a claim form edits, kept apart from the claim in props so nothing
 * the user typed is lost when the page refreshes underneath or the editor
 * switches claims (the rule is followClaimVersion in lib/domain/claim-draft.ts).
 */
export function useClaimDraft<F extends Record<string, string>>(claim: ClaimView, pick: (claim: ClaimView) => F) {
  const key = `${claim.id}:${Object.keys(pick(claim)).sort().join(",")}`;
  const [state, setState] = useState<DraftState<F>>(() => {
    const unsaved = unsavedDrafts.get(key) as DraftState<F> | undefined;
    return unsaved ? followClaimVersion(unsaved, pick(claim), claim.version) : startDraft(pick(claim), claim.version);
  });
  const isDirty = isDraftDirty(state);

  useEffect(() => {
    if (isDirty) unsavedDrafts.set(key, state);
    else unsavedDrafts.delete(key);
  }, [key, state, isDirty]);

  if (claim.version !== state.seenVersion) {
    // Adjusting state while rendering (React's pattern for "props changed"): no effect, no flash.
    setState(followClaimVersion(state, pick(claim), claim.version));
  }

  return {
    draft: state.draft,
    isDirty,
    expectedVersion: state.baseVersion,
    update(values: Partial<F>) {
      setState((current) => ({ ...current, draft: { ...current.draft, ...values } }));
    },
    /** After a save: the saved claim is the new starting point. */
    markSaved(saved: ClaimView) {
      const values = pick(saved);
      setState((current) => ({ ...current, draft: values, base: values, baseVersion: saved.version }));
    },
    /** After a CONFLICT: keep the typed values; the next save goes against the claim as it is now. */
    markConflict(current: ClaimView) {
      setState((previous) => ({ ...previous, base: pick(current), baseVersion: current.version }));
    },
  };
}
