// Re-anchoring claims onto a new revision of an article, in the order the
// product describes (product.md, "Revisions"): the same words (exact match, context and position decide
// between repeats), then changed words (fuzzy quote match scored with context
// and position, as Hypothesis does), else orphaned. It is deliberately
// conservative: a claim silently attached to the wrong words is worse than an
// orphan that a checker re-attaches by hand. Rules and thresholds live in
// reanchor-scoring.ts (REANCHOR_THRESHOLDS).
import { createAnchor, type Anchor } from "./create-anchor";
import { chooseSameWords } from "./reanchor-exact";
import { chooseChangedWords } from "./reanchor-fuzzy";
import { createPositionMapper } from "./reanchor-position";

export { REANCHOR_THRESHOLDS } from "./reanchor-scoring";
export { createPositionMapper, type PositionMapper } from "./reanchor-position";

export type ReanchorResult =
  /** Same words, same place, same context: nothing to update. */
  | { status: "unchanged"; anchor: Anchor }
  /** The same words (whitespace layout aside), elsewhere or with new context. */
  | { status: "moved"; anchor: Anchor }
  /** The passage is still there but its words changed; `similarity` of old and new words, 0–1. */
  | { status: "changed"; anchor: Anchor; similarity: number }
  /** The words are gone, or only something merely similar remains elsewhere. */
  | { status: "orphaned"; reason: string };

export type ReanchorOptions = {
  /** Where the claim is expected in the new text; defaults to its old start. */
  positionHint?: number;
};

export const ORPHAN_REASONS = {
  empty: "The claim quotes no words.",
  gone: "The quoted words are no longer in the article.",
} as const;

export function reanchorClaim(anchor: Anchor, newText: string, options: ReanchorOptions = {}): ReanchorResult {
  if (anchor.exact.trim().length === 0) return { status: "orphaned", reason: ORPHAN_REASONS.empty };
  const hint = clamp(options.positionHint ?? anchor.start, 0, newText.length);

  const same = chooseSameWords(anchor, newText, hint);
  if (same) {
    const moved = createAnchor(newText, same.start, same.end);
    return isSameAnchor(moved, anchor) ? { status: "unchanged", anchor: moved } : { status: "moved", anchor: moved };
  }
  const changed = chooseChangedWords(anchor, newText, hint);
  if (changed) {
    return { status: "changed", anchor: createAnchor(newText, changed.start, changed.end), similarity: changed.quote };
  }
  return { status: "orphaned", reason: ORPHAN_REASONS.gone };
}

export type ReanchoredClaim<T extends Anchor> = { claim: T; result: ReanchorResult };

/**
 * Re-anchors every claim of `oldText` onto `newText`. Old offsets are mapped
 * through a word diff of the two texts, so "nearest to the old position" means
 * nearest to where that position went.
 */
export function reanchorClaims<T extends Anchor>(
  claims: readonly T[],
  oldText: string,
  newText: string,
): ReanchoredClaim<T>[] {
  const mapPosition = createPositionMapper(oldText, newText);
  return claims.map((claim) => ({
    claim,
    result: reanchorClaim(claim, newText, { positionHint: mapPosition(claim.start) }),
  }));
}

function isSameAnchor(a: Anchor, b: Anchor): boolean {
  return a.exact === b.exact && a.prefix === b.prefix && a.suffix === b.suffix && a.start === b.start && a.end === b.end;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Number.isFinite(value) ? Math.round(value) : min));
}
