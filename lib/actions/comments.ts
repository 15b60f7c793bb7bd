"use server";

import { getActor } from "@/lib/auth/get-actor";
import type { AddCommentInput } from "@/lib/schemas/comment";
import { addComment } from "@/lib/server/comments/add-comment";
import { resolveComment } from "@/lib/server/comments/resolve-comment";
import { runAction, withoutArticleId, type ActionResult } from "./action-result";

export async function addCommentAction(input: AddCommentInput & { articleId: string }): Promise<ActionResult<{ id: string }>> {
  const rest = withoutArticleId(input);
  return runAction(async () => addComment({ actor: await getActor(), input: rest }), "Comment added.");
}

export async function resolveCommentAction(input: {
  commentId: string;
  isResolved: boolean;
  articleId: string;
}): Promise<ActionResult> {
  return runAction(
    async () => resolveComment({ actor: await getActor(), input: { commentId: input.commentId, isResolved: input.isResolved } }),
    input.isResolved ? "Comment resolved." : "Comment reopened.",
  );
}
