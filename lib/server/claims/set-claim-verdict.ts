import "server-only";
import type { z } from "zod";
import type { Tx } from "@/lib/db";
import { diffFields } from "@/lib/domain/audit-diff";
import type { Actor } from "@/lib/domain/capabilities";
import { checkVerdictRules, isCorrectionRequired, isRationaleRequired, isSourceRequired } from "@/lib/domain/verdicts";
import { AppError } from "@/lib/errors";
import { setClaimVerdictSchema } from "@/lib/schemas/claim";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorize } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";
import type { ClaimView } from "./claim-view";
import { assertClaimVersion, updateClaimAtVersion } from "./versioned-claim-update";
import { changeClaim } from "@/lib/server/articles/change-article";
import { describeWarnings, loadClaimWarnings } from "./load-claim-warnings";

/**
 * Moves a claim to a verdict. Any move is allowed, with the fields that verdict
 * needs; verified and corrected claims must already cite a source. A claim with
 * a consistency warning (its own words, or a fact the article states otherwise)
 * is verified only with `warningOverride`, the reason the warning does not
 * apply, which the audit event records with the warnings it overrode.
 */
export async function setClaimVerdict(options: { actor: Actor | null; input: unknown }): Promise<ClaimView> {
  const actor = authorize(options.actor, "claim:set-verdict");
  const input = parseInput(setClaimVerdictSchema, options.input);
  return changeClaim({ actor, claimId: input.claimId, reason: "the verdict of a claim changed" }, (tx, claim) => applyClaimVerdict(tx, actor, claim, input));
}

/** The verdict change itself, on the claim changeClaim locked (also used by patchClaim). */
export async function applyClaimVerdict(tx: Tx, actor: Actor, before: ClaimView, input: z.output<typeof setClaimVerdictSchema>): Promise<ClaimView> {
  // Fields a verdict does not use are cleared, so a claim never shows a stale correction.
  const correction = isCorrectionRequired(input.verdict) ? input.correction || null : null;
  const rationale = isRationaleRequired(input.verdict) || input.rationale ? input.rationale || null : null;
  await assertClaimVersion(tx, before, input.expectedVersion);
  // Only verified and corrected need a source: other verdicts skip the count.
  const sourceCount = isSourceRequired(input.verdict) ? await tx.claimSource.count({ where: { claimId: before.id } }) : 0;
  const ruleErrors = checkVerdictRules({ verdict: input.verdict, correction, rationale, sourceCount });
  if (Object.keys(ruleErrors).length > 0) {
    throw new AppError("VALIDATION", { userMessage: Object.values(ruleErrors).flat().join(" "), fieldErrors: ruleErrors });
  }
  const overridden = input.verdict === "verified" ? describeWarnings(await loadClaimWarnings(tx, before.id)) : [];
  if (overridden.length > 0 && !input.warningOverride) {
    throw new AppError("VALIDATION", {
      userMessage: `This claim has a consistency warning (${overridden.join(" ")}) To mark it verified anyway, say why the warning does not apply.`,
      fieldErrors: { warningOverride: ["Say why the warning does not apply, or choose another verdict."] },
    });
  }
  const override = overridden.length > 0 ? { warningOverride: input.warningOverride ?? null, overriddenWarnings: overridden } : {};
  const after = await updateClaimAtVersion(tx, before.id, input.expectedVersion, {
    verdict: input.verdict,
    correction,
    rationale,
    verdictSetById: input.verdict === "pending" ? null : actor.id,
    verdictSetAt: input.verdict === "pending" ? null : new Date(),
    disputeAckedById: null,
    disputeAckedAt: null,
    disputeAckedVersion: null,
  });
  const change = diffFields(before, {
    verdict: after.verdict,
    correction: after.correction,
    rationale: after.rationale,
  });
  await recordAuditEvent(tx, {
    actor,
    action: "claim.set-verdict",
    entityType: "claim",
    entityId: after.id,
    articleId: after.articleId,
    claimId: after.id,
    before: { ...change.before, verdict: before.verdict },
    after: { ...change.after, verdict: after.verdict, ...override },
    reason: rationale,
  });
  return after;
}
