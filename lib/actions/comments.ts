"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import type { AddCommentInput } from "@/lib/schemas/comment";
import { addComment } from "@/lib/server/comments/add-comment";
import { resolveComment } from "@/lib/server/comments/resolve-comment";
import { runAction, type ActionResult } from "./action-result";

export async function addCommentAction(input: AddCommentInput & { articleId: string }): Promise<ActionResult<{ id: string }>> {
  const { articleId, ...rest } = input;
  const result = await runAction(async () => addComment({ actor: await getActor(), input: rest }), "Comment added.");
  if (result.ok) revalidatePath(`/articles/${articleId}`);
  return result;
}

export async function resolveCommentAction(input: {
  commentId: string;
  isResolved: boolean;
  articleId: string;
}): Promise<ActionResult> {
  const result = await runAction(
    async () => resolveComment({ actor: await getActor(), input: { commentId: input.commentId, isResolved: input.isResolved } }),
    input.isResolved ? "Comment resolved." : "Comment reopened.",
  );
  if (result.ok) revalidatePath(`/articles/${input.articleId}`);
  return result;
}
