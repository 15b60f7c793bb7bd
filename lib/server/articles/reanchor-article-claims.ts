import "server-only";
import type { Tx } from "@/lib/db";
import { findAppliedCorrection } from "@/lib/domain/anchoring/find-applied-correction";
import { createPositionMapper, reanchorClaims } from "@/lib/domain/anchoring/reanchor";
import type { Actor } from "@/lib/domain/capabilities";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";

export type AnchoringOutcome = {
  claimId: string;
  exact: string;
  status: "unchanged" | "moved" | "changed" | "orphaned" | "correction-applied";
  newExact?: string;
  reason?: string;
};

type AnchoredClaim = {
  id: string; exact: string; prefix: string; suffix: string; start: number; end: number;
  verdict: string; correction: string | null; rationale: string | null;
  version: number; disputeAckedVersion: number | null;
};

/**
 * Moves every anchored claim onto the new revision: same words → follow them;
 * changed words → new span, back to pending (sources kept); words gone →
 * orphaned, never attached elsewhere. A corrected claim whose correction now
 * stands in the text follows it and stays corrected ("correction applied in
 * revision N"). A dispute acknowledged at the claim's version stays acknowledged
 * when its words merely moved. Each move is audited with its reason.
 */
export async function reanchorArticleClaims(
  tx: Tx,
  options: {
    actor: Actor; articleId: string; revisionId: string; revisionNumber: number; oldText: string; newText: string; claims: AnchoredClaim[];
  },
): Promise<AnchoringOutcome[]> {
  const { actor, articleId, revisionId } = options;
  const results = reanchorClaims(options.claims, options.oldText, options.newText);
  const mapPosition = createPositionMapper(options.oldText, options.newText);
  const outcomes: AnchoringOutcome[] = [];
  for (const { claim, result } of results) {
    const base = { actor, entityType: "claim" as const, entityId: claim.id, articleId, claimId: claim.id };
    const applied = claim.verdict === "corrected" && (result.status === "changed" || result.status === "orphaned")
      ? findAppliedCorrection(claim, options.newText, mapPosition(claim.start))
      : null;
    if (applied) {
      const reason = `correction applied in revision ${options.revisionNumber}`;
      await tx.claim.update({ where: { id: claim.id }, data: { ...applied, revisionId, version: { increment: 1 } } });
      await recordAuditEvent(tx, {
        ...base, action: "claim.correction-applied",
        before: { exact: claim.exact, start: claim.start, end: claim.end },
        after: { exact: applied.exact, start: applied.start, end: applied.end, verdict: "corrected" },
        reason,
      });
      outcomes.push({ claimId: claim.id, exact: claim.exact, status: "correction-applied", newExact: applied.exact, reason });
    } else if (result.status === "unchanged") {
      await tx.claim.update({ where: { id: claim.id }, data: { revisionId } });
      outcomes.push({ claimId: claim.id, exact: claim.exact, status: "unchanged" });
    } else if (result.status === "moved") {
      // Same words: a dispute acknowledged at this version stays acknowledged at the next.
      const keepsAcknowledgement = claim.disputeAckedVersion !== null && claim.disputeAckedVersion === claim.version;
      await tx.claim.update({
        where: { id: claim.id },
        data: { ...result.anchor, revisionId, version: { increment: 1 }, ...(keepsAcknowledgement ? { disputeAckedVersion: claim.version + 1 } : {}) },
      });
      await recordAuditEvent(tx, {
        ...base, action: "claim.re-anchor",
        before: { start: claim.start, end: claim.end }, after: { start: result.anchor.start, end: result.anchor.end },
        reason: "The same words were found in the new revision.",
      });
      outcomes.push({ claimId: claim.id, exact: claim.exact, status: "moved" });
    } else if (result.status === "changed") {
      const reason = `The claim's words changed from “${claim.exact}” to “${result.anchor.exact}”; it needs checking again.`;
      await tx.claim.update({
        where: { id: claim.id },
        data: {
          ...result.anchor, revisionId, verdict: "pending", correction: null, rationale: null,
          verdictSetById: null, verdictSetAt: null, disputeAckedById: null, disputeAckedAt: null, disputeAckedVersion: null,
          version: { increment: 1 },
        },
      });
      await recordAuditEvent(tx, {
        ...base, action: "claim.words-changed",
        before: { exact: claim.exact, start: claim.start, end: claim.end, verdict: claim.verdict, correction: claim.correction, rationale: claim.rationale },
        after: { exact: result.anchor.exact, start: result.anchor.start, end: result.anchor.end, verdict: "pending" },
        reason,
      });
      outcomes.push({ claimId: claim.id, exact: claim.exact, status: "changed", newExact: result.anchor.exact, reason });
    } else {
      await tx.claim.update({ where: { id: claim.id }, data: { isOrphaned: true, version: { increment: 1 } } });
      await recordAuditEvent(tx, {
        ...base, action: "claim.orphan",
        before: { isOrphaned: false, exact: claim.exact }, after: { isOrphaned: true }, reason: result.reason,
      });
      outcomes.push({ claimId: claim.id, exact: claim.exact, status: "orphaned", reason: result.reason });
    }
  }
  return outcomes;
}
