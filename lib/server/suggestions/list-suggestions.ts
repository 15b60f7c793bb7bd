import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { lintClaim, type Finding } from "@/lib/domain/consistency-rules/lint-claim";
import { spotClaims, type Suggestion } from "@/lib/domain/claim-spotting/spot-claims";
import { articleIdSchema } from "@/lib/schemas/article";
import { authorize, notFound } from "@/lib/server/authorize";

export type SuggestionView = Omit<Suggestion, "reasons"> & {
  reasons: { id: string; label: string }[];
  findings: Finding[];
};

/**
 * Check-worthy sentences of the current revision that are not claims yet and
 * were not dismissed for this revision, each with its consistency warnings.
 * Computed on demand: the spotter is pure and fast (10,000 words < 200 ms).
 */
export async function listSuggestions(options: {
  actor: Actor | null;
  articleId: string;
}): Promise<{ revisionId: string; suggestions: SuggestionView[] }> {
  authorize(options.actor, "article:read");
  const parsed = articleIdSchema.safeParse(options.articleId);
  if (!parsed.success) throw notFound("The article");
  const article = await db.article.findUnique({
    where: { id: parsed.data },
    select: {
      currentRevision: { select: { id: true, text: true, dismissals: { select: { start: true, end: true } } } },
      claims: { where: { isOrphaned: false }, select: { start: true, end: true } },
    },
  });
  if (!article?.currentRevision) throw notFound("The article");
  const { id: revisionId, text, dismissals } = article.currentRevision;
  const isDismissed = (s: Suggestion) => dismissals.some((d) => d.start === s.start && d.end === s.end);
  const isClaimed = (s: Suggestion) => article.claims.some((claim) => overlapShare(claim, s) >= 0.5);
  const suggestions = spotClaims(text)
    .filter((suggestion) => suggestion.isCheckWorthy && !isDismissed(suggestion) && !isClaimed(suggestion))
    .map((suggestion) => ({ ...suggestion, findings: lintClaim(suggestion.exact) }));
  return { revisionId, suggestions };
}

/** How much of the suggestion a claim already covers (0–1). */
function overlapShare(claim: { start: number; end: number }, suggestion: { start: number; end: number }): number {
  const overlap = Math.min(claim.end, suggestion.end) - Math.max(claim.start, suggestion.start);
  return overlap <= 0 ? 0 : overlap / (suggestion.end - suggestion.start);
}
