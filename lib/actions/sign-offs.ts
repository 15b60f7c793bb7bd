"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { acknowledgeDispute } from "@/lib/server/sign-offs/acknowledge-dispute";
import { requestReview } from "@/lib/server/sign-offs/request-review";
import { sendBackArticle } from "@/lib/server/sign-offs/send-back-article";
import { signOffArticle } from "@/lib/server/sign-offs/sign-off-article";
import { formValues, runAction, type ActionResult } from "./action-result";

export async function signOffArticleAction(input: {
  articleId: string;
  expectedSha256: string;
}): Promise<ActionResult<{ id: string; sha256: string }>> {
  const result = await runAction(async () => signOffArticle({ actor: await getActor(), input }), "Signed off.");
  revalidatePath(`/articles/${input.articleId}/sign-off`);
  return result;
}

export async function acknowledgeDisputeAction(input: {
  claimId: string;
  expectedVersion: number;
  articleId: string;
}): Promise<ActionResult> {
  const { articleId, ...rest } = input;
  const result = await runAction(async () => acknowledgeDispute({ actor: await getActor(), input: rest }), "Acknowledged.");
  revalidatePath(`/articles/${articleId}/sign-off`);
  return result;
}

export async function sendBackArticleAction(_previous: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  const input = { articleId: String(form.get("articleId") ?? ""), note: String(form.get("note") ?? "") };
  const result = await runAction(async () => sendBackArticle({ actor: await getActor(), input }), "Sent back to the editors.");
  if (!result.ok) return { ...result, values: formValues(form) };
  revalidatePath(`/articles/${input.articleId}/sign-off`);
  return result;
}

export async function requestReviewAction(input: { articleId: string; note?: string }): Promise<ActionResult<{ articleId: string }>> {
  const result = await runAction(async () => requestReview({ actor: await getActor(), input }), "Review requested: the desk's reviewers are notified.");
  revalidatePath(`/articles/${input.articleId}/sign-off`);
  return result;
}
