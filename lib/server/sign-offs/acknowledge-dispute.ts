import "server-only";
import type { Actor } from "@/lib/domain/capabilities";
import { AppError } from "@/lib/errors";
import { acknowledgeDisputeSchema } from "@/lib/schemas/sign-off";
import { changeArticle } from "@/lib/server/articles/change-article";
import { findArticleIdOfClaim } from "@/lib/server/articles/find-article-id-of";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorize } from "@/lib/server/authorize";
import { assertClaimVersion, loadClaim } from "@/lib/server/claims/versioned-claim-update";
import { parseInput } from "@/lib/server/parse-input";

/**
 * The reviewer acknowledges a disputed claim (the article may go out with the
 * dispute noted). Tied to the claim's version: any later change needs a new
 * acknowledgement. It does not change the claim itself, so its version stays.
 */
export async function acknowledgeDispute(options: { actor: Actor | null; input: unknown }): Promise<void> {
  const actor = authorize(options.actor, "article:sign-off");
  const input = parseInput(acknowledgeDisputeSchema, options.input);
  const articleId = await findArticleIdOfClaim(input.claimId);
  // The acknowledgement columns are outside the sign-off hash: this records activity only.
  await changeArticle({ actor, articleId, reason: "a dispute was acknowledged" }, async (tx) => {
    const claim = await loadClaim(tx, input.claimId);
    await assertClaimVersion(tx, claim, input.expectedVersion);
    if (claim.verdict !== "disputed") {
      throw new AppError("RULE_VIOLATION", { userMessage: "Only disputed claims need acknowledging." });
    }
    const { count } = await tx.claim.updateMany({
      where: { id: claim.id, version: claim.version },
      data: { disputeAckedById: actor.id, disputeAckedAt: new Date(), disputeAckedVersion: claim.version },
    });
    if (count === 0) await assertClaimVersion(tx, await loadClaim(tx, claim.id), input.expectedVersion);
    await recordAuditEvent(tx, {
      actor,
      action: "claim.acknowledge-dispute",
      entityType: "claim",
      entityId: claim.id,
      articleId: claim.articleId,
      claimId: claim.id,
      after: { disputeAckedVersion: claim.version },
    });
  });
}
