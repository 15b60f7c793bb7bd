import "server-only";
import type { Actor } from "@/lib/domain/capabilities";
import { sendBackArticleSchema } from "@/lib/schemas/sign-off";
import { changeArticle } from "@/lib/server/articles/change-article";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorize } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";
import { loadSignOffState } from "./load-sign-off-state";
import { voidStandingSignOff } from "./void-standing-sign-off";

/** Instead of signing: the reviewer sends the article back to the editors with a note. */
export async function sendBackArticle(options: { actor: Actor | null; input: unknown }): Promise<{ id: string }> {
  const actor = authorize(options.actor, "article:send-back");
  const input = parseInput(sendBackArticleSchema, options.input);
  return changeArticle({ actor, articleId: input.articleId, reason: "sent back by the reviewer" }, async (tx) => {
    const state = await loadSignOffState(tx, input.articleId);
    // A standing sign-off no longer stands once the reviewer sends the piece back,
    // though no content changed (so changeArticle would not void it by itself).
    await voidStandingSignOff(tx, { actor, articleId: state.id, reason: "sent back by the reviewer" });
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
