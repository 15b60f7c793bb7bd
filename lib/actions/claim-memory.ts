"use server";

import { getActor } from "@/lib/auth/get-actor";
import { findSimilarClaims, type SimilarClaim } from "@/lib/server/claims/find-similar-claims";
import { reuseSources } from "@/lib/server/sources/reuse-sources";
import { runAction, type ActionResult } from "./action-result";

export async function findSimilarClaimsAction(claimId: string): Promise<ActionResult<SimilarClaim[]>> {
  return runAction(async () => findSimilarClaims({ actor: await getActor(), claimId }));
}

export async function reuseSourcesAction(input: {
  claimId: string;
  fromClaimId: string;
  articleId: string;
}): Promise<ActionResult<{ linkedCount: number }>> {
  return runAction(async () =>
    reuseSources({ actor: await getActor(), input: { claimId: input.claimId, fromClaimId: input.fromClaimId } }),
    "Sources cited.",
  );
}
