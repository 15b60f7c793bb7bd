import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { authorize } from "@/lib/server/authorize";
import type { ClaimSearchRow } from "./search-claims";

export const RECENT_CLAIMS_LIMIT = 25;

/** The desk's most recently changed claims, for the claims page before any search. */
export async function listRecentClaims(options: { actor: Actor | null }): Promise<ClaimSearchRow[]> {
  authorize(options.actor, "article:read");
  const claims = await db.claim.findMany({
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: RECENT_CLAIMS_LIMIT,
    select: {
      id: true, articleId: true, exact: true, restated: true, verdict: true, isOrphaned: true, updatedAt: true,
      article: { select: { headline: true } },
      assignee: { select: { name: true } },
    },
  });
  return claims.map(({ article, assignee, ...claim }) => ({ ...claim, headline: article.headline, assigneeName: assignee?.name ?? null }));
}
