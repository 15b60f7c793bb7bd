import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { articleIdSchema } from "@/lib/schemas/article";
import { authorize, notFound } from "@/lib/server/authorize";
import type { ClaimView } from "@/lib/server/claims/claim-view";
import { parseIdOrNotFound } from "@/lib/server/parse-input";

/** A claim as the review page lists it: the claim view, with its assignee's name. */
export type ReviewClaim = Omit<ClaimView, "articleId" | "assigneeId"> & {
  assignee: { id: string; name: string } | null;
};

export type ArticleForReview = {
  id: string;
  slug: string;
  headline: string;
  byline: string | null;
  publication: string | null;
  originalUrl: string | null;
  publishedAt: Date | null;
  state: "in_review" | "signed_off" | "sent_back";
  version: number;
  revision: { id: string; number: number; text: string; sha256: string; createdAt: Date };
  claims: ReviewClaim[];
};

/** The article, its current revision and its claims in reading order. */
export async function getArticleForReview(options: {
  actor: Actor | null;
  articleId: string;
}): Promise<ArticleForReview> {
  authorize(options.actor, "article:read");
  const articleId = parseIdOrNotFound(articleIdSchema, options.articleId, "The article");
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      id: true, slug: true, headline: true, byline: true, publication: true, originalUrl: true,
      publishedAt: true, state: true, version: true,
      currentRevision: { select: { id: true, number: true, text: true, sha256: true, createdAt: true } },
      claims: {
        orderBy: [{ isOrphaned: "asc" }, { start: "asc" }, { end: "desc" }],
        select: {
          id: true, exact: true, start: true, end: true, restated: true, verdict: true,
          correction: true, rationale: true, isOrphaned: true, version: true, updatedAt: true,
          assignee: { select: { id: true, name: true } },
        },
      },
    },
  });
  if (!article?.currentRevision) throw notFound("The article");
  const { currentRevision, ...rest } = article;
  return { ...rest, revision: currentRevision };
}
