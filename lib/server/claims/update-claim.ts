import "server-only";
import { diffFields } from "@/lib/domain/audit-diff";
import type { Actor } from "@/lib/domain/capabilities";
import { updateClaimSchema } from "@/lib/schemas/claim";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorize } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";
import type { ClaimView } from "./claim-view";
import { assertClaimVersion, updateClaimAtVersion } from "./versioned-claim-update";
import type { z } from "zod";
import type { Tx } from "@/lib/db";
import { changeClaim, noChange, type NoChange } from "@/lib/server/articles/change-article";

/** Edits the claim as the checker restates it. */
export async function updateClaim(options: { actor: Actor | null; input: unknown }): Promise<ClaimView> {
  const actor = authorize(options.actor, "claim:edit");
  const input = parseInput(updateClaimSchema, options.input);
  return changeClaim({ actor, claimId: input.claimId, reason: "a claim was edited" }, (tx, claim) => applyClaimEdit(tx, actor, claim, input));
}

/** The edit itself, on the claim changeClaim locked (also used by patchClaim). */
export async function applyClaimEdit(tx: Tx, actor: Actor, before: ClaimView, input: z.output<typeof updateClaimSchema>): Promise<ClaimView | NoChange<ClaimView>> {
  await assertClaimVersion(tx, before, input.expectedVersion);
  const restated = input.restated || before.exact;
  if (restated === before.restated) return noChange(before);
  const after = await updateClaimAtVersion(tx, before.id, input.expectedVersion, { restated });
  const change = diffFields(before, { restated: after.restated });
  await recordAuditEvent(tx, {
    actor,
    action: "claim.edit",
    entityType: "claim",
    entityId: after.id,
    articleId: after.articleId,
    claimId: after.id,
    ...change,
  });
  return after;
}
