"use server";

import { getActor } from "@/lib/auth/get-actor";
import { getClaimChecks, type ClaimChecks } from "@/lib/server/claims/get-claim-checks";
import { runAction, type ActionResult } from "./action-result";

export async function getClaimChecksAction(claimId: string): Promise<ActionResult<ClaimChecks>> {
  return runAction(async () => getClaimChecks({ actor: await getActor(), claimId }));
}
