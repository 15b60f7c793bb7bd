import "server-only";
import type { Actor } from "@/lib/domain/capabilities";
import { AppError } from "@/lib/errors";
import { requestReviewSchema } from "@/lib/schemas/sign-off";
import { changeArticle } from "@/lib/server/articles/change-article";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorize } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";

/**
 * An editor asks the desk's reviewers to review the article: an audited
 * `article.request-review` event, from which every active reviewer gets an
 * inbox notification (notify-from-audit-event.ts). Changes nothing a sign-off
 * covers; refused on an article that is already signed off.
 */
export async function requestReview(options: { actor: Actor | null; input: unknown }): Promise<{ articleId: string }> {
  const actor = authorize(options.actor, "review:request");
  const input = parseInput(requestReviewSchema, options.input);
  return changeArticle({ actor, articleId: input.articleId, reason: "a review was requested" }, async (tx) => {
    const article = await tx.article.findUniqueOrThrow({ where: { id: input.articleId }, select: { state: true, currentRevision: { select: { number: true } } } });
    if (article.state === "signed_off") {
      throw new AppError("RULE_VIOLATION", { userMessage: "This article is already signed off." });
    }
    await recordAuditEvent(tx, {
      actor,
      action: "article.request-review",
      entityType: "article",
      entityId: input.articleId,
      articleId: input.articleId,
      after: { state: article.state, revision: article.currentRevision?.number ?? null },
      reason: input.note || null,
    });
    return { articleId: input.articleId };
  });
}
