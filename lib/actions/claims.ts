"use server";

import { getActor } from "@/lib/auth/get-actor";
import type { Actor } from "@/lib/domain/capabilities";
import type {
  AssignClaimInput,
  CreateClaimInput,
  DeleteClaimInput,
  SetClaimVerdictInput,
  UpdateClaimInput,
} from "@/lib/schemas/claim";
import { getArticleStatus, type ArticleStatus } from "@/lib/server/articles/get-article-status";
import { assignClaim } from "@/lib/server/claims/assign-claim";
import type { ClaimView } from "@/lib/server/claims/claim-view";
import { createClaim } from "@/lib/server/claims/create-claim";
import { deleteClaim } from "@/lib/server/claims/delete-claim";
import { setClaimVerdict } from "@/lib/server/claims/set-claim-verdict";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { runAction, withoutArticleId, type ActionResult } from "./action-result";

// Server actions are public POST endpoints: each passes the raw input to a use
// case, which authorizes and validates it again. None re-renders the review
// page (issue 12, item 3): a save answers with the changed claim and the
// article's status (a save can void a sign-off), and the page updates in place;
// every other open page hears of it through the live stream.

/** A saved claim, and where its article stands after the save. */
export type SavedClaim = ClaimView & { articleStatus: ArticleStatus };

export async function createClaimAction(input: CreateClaimInput): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => createClaim({ actor: await getActor(), input }), "Claim created.");
}

export async function updateClaimAction(input: UpdateClaimInput): Promise<ActionResult<SavedClaim>> {
  return runAction(async () => withStatus(await getActor(), (actor) => updateClaim({ actor, input })), "Saved.");
}

export async function setClaimVerdictAction(input: SetClaimVerdictInput): Promise<ActionResult<SavedClaim>> {
  return runAction(async () => withStatus(await getActor(), (actor) => setClaimVerdict({ actor, input })), "Verdict saved.");
}

export async function assignClaimAction(input: AssignClaimInput): Promise<ActionResult<SavedClaim>> {
  return runAction(async () => withStatus(await getActor(), (actor) => assignClaim({ actor, input })), "Assigned.");
}

export async function deleteClaimAction(input: DeleteClaimInput & { articleId: string }): Promise<ActionResult> {
  const rest = withoutArticleId(input);
  return runAction(async () => deleteClaim({ actor: await getActor(), input: rest }), "Claim deleted.");
}

async function withStatus(actor: Actor | null, save: (actor: Actor | null) => Promise<ClaimView>): Promise<SavedClaim> {
  const claim = await save(actor);
  return { ...claim, articleStatus: await getArticleStatus({ actor, articleId: claim.articleId }) };
}
