// What a claim form does when the claim changes underneath it (someone else
// saved, or a refresh brought a new version): the rule that keeps typing safe.
export type DraftState<F extends Record<string, string>> = {
  draft: F;
  /** The saved values the draft started from, and the claim version they had. */
  base: F;
  baseVersion: number;
  /** The last claim version this form has seen. */
  seenVersion: number;
};

export function startDraft<F extends Record<string, string>>(values: F, version: number): DraftState<F> {
  return { draft: values, base: values, baseVersion: version, seenVersion: version };
}

export function isDraftDirty<F extends Record<string, string>>(state: DraftState<F>): boolean {
  return !isSameValues(state.draft, state.base);
}

/**
 * An untouched form follows the new version. A form with typed changes keeps
 * them, and moves its expected version along only when the fields it edits are
 * unchanged (say a source was attached): saving then cannot overwrite someone
 * else's edit of these fields, it gets a CONFLICT instead.
 */
export function followClaimVersion<F extends Record<string, string>>(
  state: DraftState<F>,
  incoming: F,
  version: number,
): DraftState<F> {
  if (version === state.seenVersion) return state;
  if (!isDraftDirty(state)) return startDraft(incoming, version);
  if (isSameValues(incoming, state.base)) return { ...state, base: incoming, baseVersion: version, seenVersion: version };
  return { ...state, seenVersion: version };
}

function isSameValues(a: Record<string, string>, b: Record<string, string>): boolean {
  return Object.keys(a).every((key) => a[key] === b[key]);
}
