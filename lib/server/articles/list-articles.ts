import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { emptyVerdictCounts, type VerdictCounts } from "@/lib/domain/verdicts";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActivityCursor } from "@/lib/domain/activity-cursor";
import { authorize } from "@/lib/server/authorize";

export type ArticleListFilter = { isAssignedToMe?: boolean; state?: "in_review" | "signed_off" | "sent_back" };

export type ArticleListRow = {
  id: string;
  slug: string;
  headline: string;
  publication: string | null;
  state: "in_review" | "signed_off" | "sent_back";
  lastActivityAt: Date;
  counts: VerdictCounts;
  orphanedCount: number;
  totalClaims: number;
  /** Set when the latest sign-off was voided by a later change: it needs signing again. */
  voidedSignOff: { voidedAt: Date; reason: string | null } | null;
};

export const ARTICLES_PAGE_SIZE = 50;

export type ArticleListPage = {
  articles: ArticleListRow[];
  /** Every article the filter matches, not only this page's. */
  total: number;
  /** Where the next (less recently active) page starts, or null on the last page. */
  next: ActivityCursor | null;
};

/**
 * One page of the dashboard, most recently active first. Keyset pagination on
 * (lastActivityAt, id) — an index — so the 100th page costs what the first does.
 */
export async function listArticles(options: {
  actor: Actor | null;
  filter?: ArticleListFilter;
  after?: ActivityCursor | null;
  limit?: number;
}): Promise<ArticleListPage> {
  const actor = authorize(options.actor, "article:read");
  const limit = Math.min(Math.max(options.limit ?? ARTICLES_PAGE_SIZE, 1), 200);
  const where: Prisma.ArticleWhereInput = {};
  if (options.filter?.state) where.state = options.filter.state;
  if (options.filter?.isAssignedToMe) where.claims = { some: { assigneeId: actor.id } };
  const after = options.after;
  const keyset: Prisma.ArticleWhereInput = after
    ? { OR: [{ lastActivityAt: { lt: after.at } }, { lastActivityAt: after.at, id: { lt: after.id } }] }
    : {};
  const [rows, total] = await Promise.all([
    db.article.findMany({
      where: { AND: [where, keyset] },
      orderBy: [{ lastActivityAt: "desc" }, { id: "desc" }],
      take: limit + 1,
      select: { id: true, slug: true, headline: true, publication: true, state: true, lastActivityAt: true },
    }),
    db.article.count({ where }),
  ]);
  const articles = rows.slice(0, limit);
  const last = articles.at(-1);
  const next = rows.length > limit && last ? { at: last.lastActivityAt, id: last.id } : null;
  return { articles: await withProgress(articles), total, next };
}

type ArticleListBase = Pick<ArticleListRow, "id" | "slug" | "headline" | "publication" | "state" | "lastActivityAt">;

/** Progress bars and voided sign-offs of the listed articles, in two grouped queries. */
async function withProgress(articles: ArticleListBase[]): Promise<ArticleListRow[]> {
  // One grouped query for the progress bars of every listed article.
  const grouped = await db.claim.groupBy({
    by: ["articleId", "verdict", "isOrphaned"],
    where: { articleId: { in: articles.map((article) => article.id) } },
    _count: { _all: true },
  });
  // The latest reviewer decision per article, to show a voided sign-off.
  const latestReviews = await db.signOff.findMany({
    where: { articleId: { in: articles.map((article) => article.id) } },
    orderBy: { createdAt: "desc" },
    distinct: ["articleId"],
    select: { articleId: true, decision: true, voidedAt: true, voidReason: true },
  });
  const voidedByArticle = new Map(
    latestReviews
      .filter((review) => review.decision === "signed_off" && review.voidedAt)
      .map((review) => [review.articleId, { voidedAt: review.voidedAt!, reason: review.voidReason }]),
  );
  return articles.map((article) => {
    const counts = emptyVerdictCounts();
    let orphanedCount = 0;
    for (const row of grouped) {
      if (row.articleId !== article.id) continue;
      counts[row.verdict] += row._count._all;
      if (row.isOrphaned) orphanedCount += row._count._all;
    }
    const totalClaims = Object.values(counts).reduce((sum, n) => sum + n, 0);
    return { ...article, counts, orphanedCount, totalClaims, voidedSignOff: voidedByArticle.get(article.id) ?? null };
  });
}
