import "server-only";
import { db } from "@/lib/db";
import { decodeActivityCursor, encodeActivityCursor } from "@/lib/domain/activity-cursor";
import type { Actor } from "@/lib/domain/capabilities";
import { emptyVerdictCounts, type VerdictCounts } from "@/lib/domain/verdicts";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_ARTICLE_LIST_LIMIT, listArticlesQuerySchema } from "@/lib/schemas/article-list";
import { authorize } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";

export type CmsArticleItem = {
  id: string;
  externalId: string | null;
  slug: string;
  headline: string;
  state: "in_review" | "signed_off" | "sent_back";
  revision: number;
  lastActivityAt: string;
  signOff: { reviewer: { id: string; name: string; email: string }; signedOffAt: string; revision: number; sha256: string } | null;
  progress: VerdictCounts & { total: number; orphaned: number };
};

export type CmsArticlePage = { articles: CmsArticleItem[]; nextCursor: string | null };

/**
 * GET /api/articles: what a CMS syncs from. Oldest activity first, keyset
 * paginated on (lastActivityAt, id), which the Article_lastActivityAt_id and
 * Article_state_lastActivityAt_id indexes serve: a CMS walks forward from its
 * last cursor (or updatedSince) and sees every article that changed since. An
 * article changed while a client pages moves to the end, so it is seen again.
 */
export async function listArticlesForCms(options: { actor: Actor | null; query: unknown }): Promise<CmsArticlePage> {
  authorize(options.actor, "article:read");
  const query = parseInput(listArticlesQuerySchema, options.query);
  const limit = query.limit ?? DEFAULT_ARTICLE_LIST_LIMIT;
  const filters: Prisma.ArticleWhereInput[] = [];
  if (query.state) filters.push({ state: query.state });
  if (query.externalId) filters.push({ externalId: query.externalId });
  if (query.updatedSince) filters.push({ lastActivityAt: { gte: query.updatedSince } });
  if (query.signedOffSince) {
    filters.push({ signOffs: { some: { decision: "signed_off", voidedAt: null, createdAt: { gte: query.signedOffSince } } } });
  }
  const after = query.cursor ? decodeActivityCursor(query.cursor) : null;
  if (after) {
    filters.push({ OR: [{ lastActivityAt: { gt: after.at } }, { lastActivityAt: after.at, id: { gt: after.id } }] });
  }
  const rows = await db.article.findMany({
    where: { AND: filters },
    orderBy: [{ lastActivityAt: "asc" }, { id: "asc" }],
    take: limit + 1,
    select: {
      id: true, externalId: true, slug: true, headline: true, state: true, lastActivityAt: true,
      currentRevision: { select: { number: true } },
      signOffs: {
        where: { decision: "signed_off", voidedAt: null },
        take: 1,
        select: { createdAt: true, sha256: true, revision: { select: { number: true } }, reviewer: { select: { id: true, name: true, email: true } } },
      },
    },
  });
  const page = rows.slice(0, limit);
  const progress = await progressOf(page.map((row) => row.id));
  const last = page.at(-1);
  return {
    articles: page.map((row) => {
      const signOff = row.signOffs[0];
      return {
        id: row.id,
        externalId: row.externalId,
        slug: row.slug,
        headline: row.headline,
        state: row.state,
        revision: row.currentRevision?.number ?? 1,
        lastActivityAt: row.lastActivityAt.toISOString(),
        signOff: signOff
          ? { reviewer: signOff.reviewer, signedOffAt: signOff.createdAt.toISOString(), revision: signOff.revision.number, sha256: signOff.sha256 ?? "" }
          : null,
        progress: progress.get(row.id) ?? { ...emptyVerdictCounts(), total: 0, orphaned: 0 },
      };
    }),
    nextCursor: rows.length > limit && last ? encodeActivityCursor({ at: last.lastActivityAt, id: last.id }) : null,
  };
}

/** Claims by verdict for the listed articles, in one grouped query. */
async function progressOf(articleIds: string[]): Promise<Map<string, CmsArticleItem["progress"]>> {
  const grouped = await db.claim.groupBy({
    by: ["articleId", "verdict", "isOrphaned"],
    where: { articleId: { in: articleIds } },
    _count: { _all: true },
  });
  const byArticle = new Map<string, CmsArticleItem["progress"]>();
  for (const row of grouped) {
    const progress = byArticle.get(row.articleId) ?? { ...emptyVerdictCounts(), total: 0, orphaned: 0 };
    progress[row.verdict] += row._count._all;
    progress.total += row._count._all;
    if (row.isOrphaned) progress.orphaned += row._count._all;
    byArticle.set(row.articleId, progress);
  }
  return byArticle;
}
