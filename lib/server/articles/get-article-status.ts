import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { articleIdSchema } from "@/lib/schemas/article";
import { authorize, notFound } from "@/lib/server/authorize";
import { parseIdOrNotFound } from "@/lib/server/parse-input";

type Decision = { reviewerName: string; revisionNumber: number; at: Date };

/** Where an article stands, as the review page's header says it (issue 14, item 1). */
export type ArticleStatus = {
  articleId: string;
  state: "in_review" | "signed_off" | "sent_back";
  /** The sign-off standing now (state signed_off). */
  signOff: Decision | null;
  /** The send-back the article is in (state sent_back), with the reviewer's note. */
  sentBack: (Decision & { note: string | null }) | null;
  /** The newest decision, when it is a voided sign-off: what the last change undid. */
  voided: (Decision & { reason: string | null; voidedAt: Date }) | null;
};

/**
 * The article's state and its latest review decision: two small reads, cheap
 * enough to return with every save. A caller that has just read the article in
 * the same request passes its `state`, saving one of them. (The review page reads
 * both within its one statement and builds the status with buildArticleStatus.)
 */
export async function getArticleStatus(options: { actor: Actor | null; articleId: string; state?: ArticleStatus["state"] }): Promise<ArticleStatus> {
  authorize(options.actor, "article:read");
  const articleId = parseIdOrNotFound(articleIdSchema, options.articleId, "The article");
  const known = options.state;
  const [article, latest] = await Promise.all([
    known ? { state: known } : db.article.findUnique({ where: { id: articleId }, select: { state: true } }),
    db.signOff.findFirst({
      where: { articleId },
      orderBy: { createdAt: "desc" },
      select: {
        decision: true, note: true, createdAt: true, voidedAt: true, voidReason: true,
        reviewer: { select: { name: true } }, revision: { select: { number: true } },
      },
    }),
  ]);
  if (!article) throw notFound("The article");
  return buildArticleStatus(articleId, article.state, latest && {
    decision: latest.decision, note: latest.note, createdAt: latest.createdAt, voidedAt: latest.voidedAt, voidReason: latest.voidReason,
    reviewerName: latest.reviewer.name, revisionNumber: latest.revision.number,
  });
}

/** The newest sign-off row of an article, flattened: what the status is built from. */
export type LatestDecision = {
  decision: string; note: string | null; createdAt: Date; voidedAt: Date | null; voidReason: string | null;
  reviewerName: string; revisionNumber: number;
};

/** The status from the article's state and its newest decision (the review page reads both in its one statement). */
export function buildArticleStatus(articleId: string, state: ArticleStatus["state"], latest: LatestDecision | null): ArticleStatus {
  const decision = latest && { reviewerName: latest.reviewerName, revisionNumber: latest.revisionNumber, at: latest.createdAt };
  return {
    articleId,
    state,
    signOff: state === "signed_off" && decision && latest.decision === "signed_off" && !latest.voidedAt ? decision : null,
    sentBack: state === "sent_back" && decision && latest.decision === "sent_back" ? { ...decision, note: latest.note } : null,
    voided: decision && latest.decision === "signed_off" && latest.voidedAt
      ? { ...decision, reason: latest.voidReason, voidedAt: latest.voidedAt }
      : null,
  };
}
