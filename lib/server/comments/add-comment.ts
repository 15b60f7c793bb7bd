import "server-only";
import type { Actor } from "@/lib/domain/capabilities";
import { addCommentSchema } from "@/lib/schemas/comment";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorize } from "@/lib/server/authorize";
import { loadClaim } from "@/lib/server/claims/versioned-claim-update";
import { parseInput } from "@/lib/server/parse-input";
import { changeArticle } from "@/lib/server/articles/change-article";
import { findArticleIdOfClaim } from "@/lib/server/articles/find-article-id-of";

/** Adds a comment to a claim. Comments are discussion: they do not change the claim's version. */
export async function addComment(options: { actor: Actor | null; input: unknown }): Promise<{ id: string }> {
  const actor = authorize(options.actor, "comment:add");
  const input = parseInput(addCommentSchema, options.input);
  const articleId = await findArticleIdOfClaim(input.claimId);
  // Through changeArticle for the activity time; a comment is not in the sign-off hash.
  return changeArticle({ actor, articleId, reason: "a comment was added" }, async (tx) => {
    const claim = await loadClaim(tx, input.claimId);
    const comment = await tx.comment.create({
      data: { claimId: claim.id, authorId: actor.id, body: input.body },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "comment.add",
      entityType: "comment",
      entityId: comment.id,
      articleId: claim.articleId,
      claimId: claim.id,
      after: { body: input.body },
    });
    return comment;
  });
}
