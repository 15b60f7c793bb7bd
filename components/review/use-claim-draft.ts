"use client";

import { useState } from "react";
import type { ClaimView } from "@/lib/server/claims/claim-view";

type DraftState<F> = {
  draft: F;
  /** The saved values the draft started from, and the claim version they had. */
  base: F;
  baseVersion: number;
  /** The last claim version this form has seen in its props. */
  seenVersion: number;
};

/**
 * The values a claim form edits, kept apart from the claim in props so nothing
 * the user typed is lost when the page refreshes underneath.
 *
 * When the claim changes in props: an untouched form follows it; a form with
 * typed changes keeps them, and moves its expected version along only when the
 * fields it edits are unchanged (say a source was attached), so saving then
 * cannot overwrite someone else's edit of these fields: it gets a CONFLICT.
 */
export function useClaimDraft<F extends Record<string, string>>(claim: ClaimView, pick: (claim: ClaimView) => F) {
  const [state, setState] = useState<DraftState<F>>(() => ({
    draft: pick(claim),
    base: pick(claim),
    baseVersion: claim.version,
    seenVersion: claim.version,
  }));
  const isDirty = !isSame(state.draft, state.base);

  if (claim.version !== state.seenVersion) {
    // Adjusting state while rendering (React's pattern for "props changed"): no effect, no flash.
    const incoming = pick(claim);
    if (!isDirty) {
      setState({ draft: incoming, base: incoming, baseVersion: claim.version, seenVersion: claim.version });
    } else if (isSame(incoming, state.base)) {
      setState({ ...state, base: incoming, baseVersion: claim.version, seenVersion: claim.version });
    } else {
      setState({ ...state, seenVersion: claim.version });
    }
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

function isSame(a: Record<string, string>, b: Record<string, string>): boolean {
  return Object.keys(a).every((key) => a[key] === b[key]);
}
