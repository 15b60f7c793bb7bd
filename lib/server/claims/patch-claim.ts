import "server-only";
import type { Actor } from "@/lib/domain/capabilities";
import { patchClaimBodySchema } from "@/lib/schemas/claims-api";
import { claimIdSchema } from "@/lib/schemas/claim";
import { changeClaim, isNoChange, noChange, type NoChange } from "@/lib/server/articles/change-article";
import { authorize } from "@/lib/server/authorize";
import { parseIdOrNotFound, parseInput } from "@/lib/server/parse-input";
import { applyClaimAssignment } from "./assign-claim";
import type { ClaimView } from "./claim-view";
import { applyClaimVerdict } from "./set-claim-verdict";
import { applyClaimEdit } from "./update-claim";
import { assertClaimVersion } from "./versioned-claim-update";

/**
 * PATCH /api/claims/{id}: any of the restated text, verdict (with correction and
 * rationale) and assignee, at the claim's `version`, in ONE transaction through
 * the same steps as the UI's use cases (updateClaim, setClaimVerdict,
 * assignClaim): all apply or none. Each step needs its own capability, and each
 * records its own audit event. A stale version is a CONFLICT with the current claim.
 */
export async function patchClaim(options: { actor: Actor | null; claimId: string; input: unknown }): Promise<ClaimView> {
  const claimId = parseIdOrNotFound(claimIdSchema, options.claimId, "The claim");
  const body = parseInput(patchClaimBodySchema, options.input);
  const touchesVerdict = body.verdict !== undefined || body.correction !== undefined || body.rationale !== undefined;
  let actor = authorize(options.actor, "article:read");
  if (body.restated !== undefined) actor = authorize(options.actor, "claim:edit");
  if (touchesVerdict) actor = authorize(options.actor, "claim:set-verdict");
  if (body.assigneeId !== undefined) actor = authorize(options.actor, "claim:assign");
  return changeClaim({ actor, claimId, reason: "a claim was changed through the API" }, async (tx, locked) => {
    await assertClaimVersion(tx, locked, body.version);
    // Each step starts from what the one before returned: the claim as it now is.
    let claim = locked;
    let changed = false;
    const step = (outcome: ClaimView | NoChange<ClaimView>) => {
      changed ||= !isNoChange(outcome);
      claim = isNoChange(outcome) ? outcome.value : outcome;
    };
    if (body.restated !== undefined) {
      step(await applyClaimEdit(tx, actor, claim, { claimId, expectedVersion: claim.version, restated: body.restated }));
    }
    if (touchesVerdict) {
      // Fields not sent keep their value; null clears one.
      const keep = (sent: string | null | undefined, current: string | null) => (sent === undefined ? current ?? undefined : sent ?? undefined);
      step(await applyClaimVerdict(tx, actor, claim, {
        claimId,
        expectedVersion: claim.version,
        verdict: body.verdict ?? claim.verdict,
        correction: keep(body.correction, claim.correction),
        rationale: keep(body.rationale, claim.rationale),
        warningOverride: body.warningOverride,
      }));
    }
    if (body.assigneeId !== undefined) {
      step(await applyClaimAssignment(tx, actor, claim, { claimId, expectedVersion: claim.version, assigneeId: body.assigneeId }));
    }
    return changed ? claim : noChange(claim);
  });
}
