import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { resolveCommentSchema } from "@/lib/schemas/comment";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorize, notFound } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";

/** Marks a comment resolved (or reopens it). */
export async function resolveComment(options: { actor: Actor | null; input: unknown }): Promise<void> {
  const actor = authorize(options.actor, "comment:resolve");
  const { commentId, isResolved } = parseInput(resolveCommentSchema, options.input);
  await db.$transaction(async (tx) => {
    const comment = await tx.comment.findUnique({
      where: { id: commentId },
      select: { id: true, resolvedAt: true, claim: { select: { id: true, articleId: true } } },
    });
    if (!comment) throw notFound("The comment");
    if (Boolean(comment.resolvedAt) === isResolved) return;
    const resolvedAt = isResolved ? new Date() : null;
    // Only from the state just read: of two people resolving at once, one changes
    // the comment and records it, the other finds nothing left to do.
    const { count } = await tx.comment.updateMany({
      where: { id: comment.id, resolvedAt: comment.resolvedAt },
      data: { resolvedAt, resolvedById: isResolved ? actor.id : null },
    });
    if (count === 0) return;
    await recordAuditEvent(tx, {
      actor,
      action: isResolved ? "comment.resolve" : "comment.reopen",
      entityType: "comment",
      entityId: comment.id,
      articleId: comment.claim.articleId,
      claimId: comment.claim.id,
      before: { resolvedAt: comment.resolvedAt },
      after: { resolvedAt },
    });
  });
}
