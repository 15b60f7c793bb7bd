import "server-only";
import type { Actor } from "@/lib/domain/capabilities";
import { deleteClaimSchema } from "@/lib/schemas/claim";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorize } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";
import { assertClaimVersion, loadClaim } from "./versioned-claim-update";
import { changeArticle } from "@/lib/server/articles/change-article";
import { findArticleIdOfClaim } from "@/lib/server/articles/find-article-id-of";

/**
 * Deletes a claim with its source links and comments. The audit event keeps the
 * claim's last state, so the trail still says what was there.
 */
export async function deleteClaim(options: { actor: Actor | null; input: unknown }): Promise<void> {
  const actor = authorize(options.actor, "claim:delete");
  const input = parseInput(deleteClaimSchema, options.input);
  const articleId = await findArticleIdOfClaim(input.claimId);
  await changeArticle({ actor, articleId, reason: "a claim was deleted" }, async (tx) => {
    const before = await loadClaim(tx, input.claimId);
    await assertClaimVersion(tx, before, input.expectedVersion);
    const { count } = await tx.claim.deleteMany({ where: { id: before.id, version: input.expectedVersion } });
    if (count === 0) await assertClaimVersion(tx, await loadClaim(tx, before.id), input.expectedVersion);
    await recordAuditEvent(tx, {
      actor,
      action: "claim.delete",
      entityType: "claim",
      entityId: before.id,
      articleId: before.articleId,
      claimId: before.id,
      before: {
        exact: before.exact,
        start: before.start,
        end: before.end,
        restated: before.restated,
        verdict: before.verdict,
        correction: before.correction,
        rationale: before.rationale,
        assigneeId: before.assigneeId,
      },
    });
  });
}
