import "server-only";
import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { computeSignOffHash } from "@/lib/domain/sign-off/sign-off-hash";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { loadSignOffState, toSignOffHashInput } from "./load-sign-off-state";

/** The sign-off that currently approves the article, if one does. */
export async function findStandingSignOff(tx: Tx, articleId: string) {
  return tx.signOff.findFirst({
    where: { articleId, decision: "signed_off", voidedAt: null },
    select: { id: true, sha256: true },
  });
}

/** The hash a sign-off of the article would record now (what a sign-off covers). */
export async function hashSignedContent(tx: Tx, articleId: string): Promise<string> {
  const state = await loadSignOffState(tx, articleId);
  return computeSignOffHash(toSignOffHashInput(state));
}

/**
 * Voids the standing sign-off (if any) and puts the article back in review, with
 * a `sign-off.void` audit event in the caller's transaction. Called by
 * changeArticle when a change altered what the sign-off covers, and by a
 * reviewer's send-back, which withdraws the approval without changing content.
 */
export async function voidStandingSignOff(
  tx: Tx,
  change: { actor: Actor; articleId: string; reason: string },
): Promise<boolean> {
  const standing = await findStandingSignOff(tx, change.articleId);
  if (!standing) return false;
  const voidReason = `Changed after sign-off: ${change.reason}`;
  // Writers on different claims run side by side (changeClaim) and may both have
  // seen it standing. The audit chain's lock already orders them (the second sees
  // it voided); the WHERE keeps a second void out even for work that audits nothing.
  const { count } = await tx.signOff.updateMany({ where: { id: standing.id, voidedAt: null }, data: { voidedAt: new Date(), voidReason } });
  if (count === 0) return false;
  await tx.article.update({
    where: { id: change.articleId },
    data: { state: "in_review", version: { increment: 1 } },
  });
  await recordAuditEvent(tx, {
    actor: change.actor,
    action: "sign-off.void",
    entityType: "sign-off",
    entityId: standing.id,
    articleId: change.articleId,
    before: { state: "signed_off", sha256: standing.sha256 },
    after: { state: "in_review" },
    reason: voidReason,
  });
  return true;
}
