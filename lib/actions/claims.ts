"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import type {
  AssignClaimInput,
  CreateClaimInput,
  DeleteClaimInput,
  SetClaimVerdictInput,
  UpdateClaimInput,
} from "@/lib/schemas/claim";
import { assignClaim } from "@/lib/server/claims/assign-claim";
import type { ClaimView } from "@/lib/server/claims/claim-view";
import { createClaim } from "@/lib/server/claims/create-claim";
import { deleteClaim } from "@/lib/server/claims/delete-claim";
import { setClaimVerdict } from "@/lib/server/claims/set-claim-verdict";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { runAction, type ActionResult } from "./action-result";

// Server actions are public POST endpoints: each passes the raw input to a use
// case, which authorizes and validates it again.

export async function createClaimAction(input: CreateClaimInput): Promise<ActionResult<{ id: string }>> {
  const result = await runAction(async () => createClaim({ actor: await getActor(), input }), "Claim created.");
  if (result.ok) revalidatePath(`/articles/${input.articleId}`);
  return result;
}

export async function updateClaimAction(input: UpdateClaimInput): Promise<ActionResult<ClaimView>> {
  return revalidateClaim(await runAction(async () => updateClaim({ actor: await getActor(), input }), "Saved."));
}

export async function setClaimVerdictAction(input: SetClaimVerdictInput): Promise<ActionResult<ClaimView>> {
  return revalidateClaim(
    await runAction(async () => setClaimVerdict({ actor: await getActor(), input }), "Verdict saved."),
  );
}

export async function assignClaimAction(input: AssignClaimInput): Promise<ActionResult<ClaimView>> {
  return revalidateClaim(await runAction(async () => assignClaim({ actor: await getActor(), input }), "Assigned."));
}

export async function deleteClaimAction(input: DeleteClaimInput & { articleId: string }): Promise<ActionResult> {
  const { articleId, ...rest } = input;
  const result = await runAction(async () => deleteClaim({ actor: await getActor(), input: rest }), "Claim deleted.");
  if (result.ok) revalidatePath(`/articles/${articleId}`);
  return result;
}

function revalidateClaim(result: ActionResult<ClaimView>): ActionResult<ClaimView> {
  if (result.ok) revalidatePath(`/articles/${result.data.articleId}`);
  return result;
}
