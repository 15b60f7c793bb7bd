import "server-only";
import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";

/**
 * Every change to an article's text or claims goes through here, in the same
 * transaction as the change. It bumps the article's activity time — which takes
 * the article's row lock, so a concurrent sign-off (which locks the same row)
 * is ordered before or after this change, never in between — and then voids a
 * standing sign-off, because what the reviewer approved is no longer what is
 * there. `isContentChange: false` (comments) only records activity.
 */
export async function recordArticleChange(
  tx: Tx,
  change: { actor: Actor; articleId: string; reason: string; isContentChange?: boolean },
): Promise<void> {
  await tx.article.update({ where: { id: change.articleId }, data: { lastActivityAt: new Date() } });
  if (change.isContentChange === false) return;
  const standing = await tx.signOff.findFirst({
    where: { articleId: change.articleId, decision: "signed_off", voidedAt: null },
    select: { id: true, sha256: true },
  });
  if (!standing) return;
  const voidReason = `Changed after sign-off: ${change.reason}`;
  await tx.signOff.update({ where: { id: standing.id }, data: { voidedAt: new Date(), voidReason } });
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
}
