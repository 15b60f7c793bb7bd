import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import type { Verdict } from "@/lib/domain/verdicts";
import { claimIdSchema } from "@/lib/schemas/claim";
import { authorize, notFound } from "@/lib/server/authorize";
import { parseIdOrNotFound } from "@/lib/server/parse-input";

export type SimilarClaim = {
  id: string;
  articleId: string;
  headline: string;
  exact: string;
  restated: string;
  verdict: Exclude<Verdict, "pending">;
  correction: string | null;
  rationale: string | null;
  verdictSetAt: Date | null;
  similarity: number;
  sources: { sourceId: string; title: string; url: string; stance: string; excerpt: string }[];
};

// pg_trgm's default similarity threshold (0.3) is what the `%` operator and so
// the GIN indexes use; results below it are not similar enough to show.
const LIMIT = 5;

/**
 * Claim memory: checked claims in OTHER articles that resemble this one, by
 * trigram similarity of the restated claim and of the quoted words (indexed).
 */
export async function findSimilarClaims(options: { actor: Actor | null; claimId: string }): Promise<SimilarClaim[]> {
  authorize(options.actor, "article:read");
  const claimId = parseIdOrNotFound(claimIdSchema, options.claimId, "The claim");
  const claim = await db.claim.findUnique({ where: { id: claimId }, select: { articleId: true, restated: true, exact: true } });
  if (!claim) throw notFound("The claim");
  const rows = await db.$queryRaw<{ id: string; similarity: number }[]>`
    select c.id, greatest(similarity(c.restated, ${claim.restated}), similarity(c.exact, ${claim.exact})) as similarity
    from "Claim" c
    where c."articleId" <> ${claim.articleId}::uuid
      and c.verdict <> 'pending'
      and c."isOrphaned" = false
      and (c.restated % ${claim.restated} or c.exact % ${claim.exact})
    order by similarity desc, c."updatedAt" desc
    limit ${LIMIT}`;
  if (rows.length === 0) return [];
  const details = await db.claim.findMany({
    where: { id: { in: rows.map((row) => row.id) } },
    select: {
      id: true, articleId: true, exact: true, restated: true, verdict: true, correction: true, rationale: true, verdictSetAt: true,
      article: { select: { headline: true } },
      sources: { select: { sourceId: true, stance: true, excerpt: true, source: { select: { title: true, url: true } } } },
    },
  });
  const byId = new Map(details.map((detail) => [detail.id, detail]));
  return rows.flatMap((row) => {
    const detail = byId.get(row.id);
    if (!detail || detail.verdict === "pending") return [];
    const { article, sources, ...rest } = detail;
    return [{
      ...rest,
      verdict: detail.verdict,
      headline: article.headline,
      similarity: Number(row.similarity),
      sources: sources.map(({ source, ...link }) => ({ ...link, title: source.title, url: source.url })),
    }];
  });
}
