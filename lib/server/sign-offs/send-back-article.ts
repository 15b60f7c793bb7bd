import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { sendBackArticleSchema } from "@/lib/schemas/sign-off";
import { recordArticleChange } from "@/lib/server/articles/record-article-change";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorize } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";
import { lockArticle } from "@/lib/server/articles/lock-article";
import { loadSignOffState } from "./load-sign-off-state";

/** Instead of signing: the reviewer sends the article back to the editors with a note. */
export async function sendBackArticle(options: { actor: Actor | null; input: unknown }): Promise<{ id: string }> {
  const actor = authorize(options.actor, "article:send-back");
  const input = parseInput(sendBackArticleSchema, options.input);
  return db.$transaction(async (tx) => {
    await lockArticle(tx, input.articleId);
    const state = await loadSignOffState(tx, input.articleId);
    // A standing sign-off no longer stands once the reviewer sends the piece back.
    await recordArticleChange(tx, { actor, articleId: state.id, reason: "sent back by the reviewer" });
    const review = await tx.signOff.create({
      data: { articleId: state.id, revisionId: state.revision.id, reviewerId: actor.id, decision: "sent_back", note: input.note },
      select: { id: true },
    });
    await tx.article.update({ where: { id: state.id }, data: { state: "sent_back", version: { increment: 1 } } });
    await recordAuditEvent(tx, {
      actor,
      action: "article.send-back",
      entityType: "sign-off",
      entityId: review.id,
      articleId: state.id,
      before: { state: state.state === "signed_off" ? "in_review" : state.state },
      after: { state: "sent_back", revision: state.revision.number },
      reason: input.note,
    });
    return review;
  });
}
