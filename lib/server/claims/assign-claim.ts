import "server-only";
import type { Actor } from "@/lib/domain/capabilities";
import { AppError } from "@/lib/errors";
import { assignClaimSchema } from "@/lib/schemas/claim";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorize } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";
import type { ClaimView } from "./claim-view";
import { assertClaimVersion, updateClaimAtVersion } from "./versioned-claim-update";
import type { z } from "zod";
import type { Tx } from "@/lib/db";
import { changeClaim, noChange, type NoChange } from "@/lib/server/articles/change-article";

/** Assigns a claim to an active checker, or clears the assignee (null). */
export async function assignClaim(options: { actor: Actor | null; input: unknown }): Promise<ClaimView> {
  const actor = authorize(options.actor, "claim:assign");
  const input = parseInput(assignClaimSchema, options.input);
  return changeClaim({ actor, claimId: input.claimId, reason: "a claim was reassigned" }, (tx, claim) => applyClaimAssignment(tx, actor, claim, input));
}

/** The assignment itself, on the claim changeClaim locked (also used by patchClaim). */
export async function applyClaimAssignment(tx: Tx, actor: Actor, before: ClaimView, input: z.output<typeof assignClaimSchema>): Promise<ClaimView | NoChange<ClaimView>> {
  await assertClaimVersion(tx, before, input.expectedVersion);
  if (before.assigneeId === input.assigneeId) return noChange(before);
  if (input.assigneeId) {
    const assignee = await tx.user.findUnique({ where: { id: input.assigneeId }, select: { role: true, disabledAt: true } });
    if (!assignee || assignee.disabledAt || assignee.role === "viewer") {
      throw new AppError("VALIDATION", {
        userMessage: "That person cannot be assigned claims.",
        fieldErrors: { assigneeId: ["Choose an active editor, reviewer or admin."] },
      });
    }
  }
  const after = await updateClaimAtVersion(tx, before.id, input.expectedVersion, { assigneeId: input.assigneeId });
  await recordAuditEvent(tx, {
    actor,
    action: "claim.assign",
    entityType: "claim",
    entityId: after.id,
    articleId: after.articleId,
    claimId: after.id,
    before: { assigneeId: before.assigneeId },
    after: { assigneeId: after.assigneeId },
  });
  return after;
}
