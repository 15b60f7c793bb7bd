"use server";

import { getActor } from "@/lib/auth/get-actor";
import { isAppError } from "@/lib/errors";
import { getArticleStatus, type ArticleStatus } from "@/lib/server/articles/get-article-status";
import { getClaimDetail, type ClaimDetail } from "@/lib/server/claims/get-claim-detail";
import { runAction, type ActionResult } from "./action-result";

// What a live page fetches after an event names a claim or an article: the
// same authorized reads the page itself renders from, one row at a time.

/** The claim as the panel shows it now; `null` when it was deleted. */
export async function loadClaimUpdateAction(claimId: string): Promise<ActionResult<ClaimDetail | null>> {
  return runAction(async () => {
    const actor = await getActor();
    return getClaimDetail({ actor, claimId }).catch((error: unknown) => {
      if (isAppError(error) && error.code === "NOT_FOUND" && actor) return null;
      throw error;
    });
  });
}

export async function loadArticleStatusAction(articleId: string): Promise<ActionResult<ArticleStatus>> {
  return runAction(async () => getArticleStatus({ actor: await getActor(), articleId }));
}
