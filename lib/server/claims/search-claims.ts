import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import type { Verdict } from "@/lib/domain/verdicts";
import { searchClaimsSchema } from "@/lib/schemas/claim";
import { authorize } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";


export type ClaimSearchRow = {
  id: string;
  articleId: string;
  headline: string;
  exact: string;
  restated: string;
  verdict: Verdict;
  isOrphaned: boolean;
  assigneeName: string | null;
  updatedAt: Date;
};

/**
 * Claims across every article whose quoted or restated words contain the query
 * (the trigram indexes serve ILIKE), or the actor's queue of assigned claims;
 * most recently changed first.
 */
export async function searchClaims(options: { actor: Actor | null; input: unknown }): Promise<ClaimSearchRow[]> {
  const actor = authorize(options.actor, "article:read");
  const { query, isAssignedToMe } = parseInput(searchClaimsSchema, options.input);
  if (!query && !isAssignedToMe) return [];
  const contains = { contains: query, mode: "insensitive" as const };
  const claims = await db.claim.findMany({
    where: {
      ...(query ? { OR: [{ exact: contains }, { restated: contains }] } : {}),
      ...(isAssignedToMe ? { assigneeId: actor.id } : {}),
    },
    orderBy: { updatedAt: "desc" },
    take: 100,
    select: {
      id: true, articleId: true, exact: true, restated: true, verdict: true, isOrphaned: true, updatedAt: true,
      article: { select: { headline: true } },
      assignee: { select: { name: true } },
    },
  });
  return claims.map(({ article, assignee, ...claim }) => ({ ...claim, headline: article.headline, assigneeName: assignee?.name ?? null }));
}
