import "server-only";
import { db } from "@/lib/db";
import { can, type Actor } from "@/lib/domain/capabilities";
import { spotterModelVersion } from "@/lib/domain/spotting/model-version";
import { articleIdSchema } from "@/lib/schemas/article";
import { buildArticleStatus, type ArticleStatus, type LatestDecision } from "@/lib/server/articles/get-article-status";
import type { ArticleForReview, ReviewClaim } from "@/lib/server/articles/get-article-for-review";
import { authorize, notFound } from "@/lib/server/authorize";
import { parseIdOrNotFound } from "@/lib/server/parse-input";
import { withoutTakenSuggestions } from "@/lib/domain/suggestions/untaken-suggestions";
import { spotAndStore, type SuggestionView } from "@/lib/server/suggestions/list-suggestions";
import { reviewPageSql, type ReviewPageRow } from "./review-page-sql";

/** Everything the review page renders before a claim is opened. */
export type ReviewPageData = {
  article: ArticleForReview;
  status: ArticleStatus;
  /** The newest audit id in the same snapshot as the data: the live stream replays anything after it. */
  liveCursor: string;
  /** People claims can be assigned to; empty for an actor who may not assign. */
  users: { id: string; name: string }[];
  revisionId: string;
  suggestions: SuggestionView[];
};

/**
 * The review page's data in ONE SQL statement, whatever the claim count
 * (docs/decisions/030): the article, its current revision, its claims with
 * their assignees, the newest sign-off decision, the assignable people, the
 * stored spotter suggestions with this revision's dismissals, and the live
 * cursor, as one row of json. One snapshot, so the cursor is never older than
 * the data it belongs to. Only the first view of a revision adds statements
 * (the spotter's output is stored then).
 */
export async function loadReviewPage(options: { actor: Actor | null; articleId: string }): Promise<ReviewPageData> {
  authorize(options.actor, "article:read");
  const articleId = parseIdOrNotFound(articleIdSchema, options.articleId, "The article");
  const canAssign = can(options.actor, "claim:assign");
  const modelVersion = spotterModelVersion();
  const [row] = await db.$queryRaw<ReviewPageRow[]>(reviewPageSql(articleId, canAssign, modelVersion));
  if (!row?.article) throw notFound("The article");
  const { article: raw, revision, claims: rawClaims } = row.article;
  const claims: ReviewClaim[] = rawClaims.map((claim) => ({ ...claim, updatedAt: new Date(claim.updatedAt) }));
  const article: ArticleForReview = {
    ...raw,
    publishedAt: raw.publishedAt ? new Date(raw.publishedAt) : null,
    revision: { ...revision, createdAt: new Date(revision.createdAt) },
    claims,
  };
  const latest: LatestDecision | null = row.latestDecision && {
    ...row.latestDecision,
    createdAt: new Date(row.latestDecision.createdAt),
    voidedAt: row.latestDecision.voidedAt ? new Date(row.latestDecision.voidedAt) : null,
  };
  const spotted = row.suggestions ?? (await spotAndStore({ id: revision.id, text: revision.text, claims }, modelVersion));
  return {
    article,
    status: buildArticleStatus(article.id, article.state, latest),
    liveCursor: row.liveCursor ?? "0",
    users: row.users,
    revisionId: revision.id,
    suggestions: withoutTakenSuggestions(spotted, row.dismissals, claims),
  };
}
