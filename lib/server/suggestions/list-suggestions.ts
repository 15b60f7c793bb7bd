import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { lintClaim, type Finding } from "@/lib/domain/consistency/lint-claim";
import { spotClaims, type Suggestion } from "@/lib/domain/spotting/spot-claims";
import { articleIdSchema } from "@/lib/schemas/article";
import { authorize, notFound } from "@/lib/server/authorize";
import { parseIdOrNotFound } from "@/lib/server/parse-input";

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
  const articleId = parseIdOrNotFound(articleIdSchema, options.articleId, "The article");
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      currentRevision: { select: { id: true, text: true, dismissals: { select: { start: true, end: true } } } },
      claims: { where: { isOrphaned: false }, select: { start: true, end: true } },
    },
  });
  if (!article?.currentRevision) throw notFound("The article");
  const { id: revisionId, text, dismissals } = article.currentRevision;
  const isDismissed = (s: Suggestion) => dismissals.some((d) => d.start === s.start && d.end === s.end);
  // A sentence that already holds a claim is the editor's call already made.
  const isClaimed = (s: Suggestion) => article.claims.some((claim) => claim.start < s.end && claim.end > s.start);
  const suggestions = spotClaims(text)
    .filter((suggestion) => suggestion.isCheckWorthy && !isDismissed(suggestion) && !isClaimed(suggestion))
    .map((suggestion) => ({ ...suggestion, findings: lintClaim(suggestion.exact) }));
  return { revisionId, suggestions };
}
