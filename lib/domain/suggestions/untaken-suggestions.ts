type Span = { start: number; end: number };

/**
 * The suggestions still open: not dismissed for this revision, and not in a
 * sentence that already holds a claim (the editor's call is made there). Pure, so
 * the server filters what it renders and the review page filters again as claims
 * appear and suggestions are dismissed while it is open.
 */
export function withoutTakenSuggestions<S extends Span>(
  spotted: S[],
  dismissals: Span[],
  claims: (Span & { isOrphaned: boolean })[],
): S[] {
  const isDismissed = (s: S) => dismissals.some((d) => d.start === s.start && d.end === s.end);
  const anchored = claims.filter((claim) => !claim.isOrphaned);
  const isClaimed = (s: S) => anchored.some((claim) => claim.start < s.end && claim.end > s.start);
  return spotted.filter((s) => !isDismissed(s) && !isClaimed(s));
}
