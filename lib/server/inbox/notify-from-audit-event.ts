import "server-only";
import type { Tx } from "@/lib/db";
import { CAPABILITIES, describeActor, isSystemActor, type Actor } from "@/lib/domain/capabilities";
import { findMentionedMembers } from "@/lib/domain/mentions";
import type { NotificationKind } from "@/lib/generated/prisma/client";
import type { AuditEventInput } from "@/lib/server/audit/record-audit-event";

/**
 * The inbox's one source: every audit event passes through here, inside the
 * transaction that records it (recordAuditEvent calls this), so a change that
 * is audited cannot skip its notifications, and a change that rolls back takes
 * them with it. Nobody is notified of their own action.
 *   claim.assign          → the new assignee
 *   comment.add           → every active desk member @mentioned in the body
 *   article.send-back     → the article's creator and everyone assigned one of its claims
 *   sign-off.void         → the reviewer whose sign-off was voided
 *   article.request-review → the desk's reviewers (everyone who may sign off)
 */
export async function notifyFromAuditEvent(tx: Tx, event: AuditEventInput & { id: bigint }): Promise<void> {
  const recipients = await findRecipients(tx, event);
  const actorId = event.actor && !isSystemActor(event.actor) ? event.actor.id : null;
  const targets = recipients.filter((recipient) => recipient.userId !== actorId);
  if (targets.length === 0) return;
  const where = await describePlace(tx, event);
  await tx.notification.createMany({
    data: targets.map((target) => ({
      recipientId: target.userId,
      kind: target.kind,
      actorLabel: actorName(event.actor),
      articleId: event.articleId ?? null,
      claimId: event.claimId ?? null,
      auditEventId: event.id,
      message: `${actorName(event.actor)} ${target.says} ${where}`.trim(),
    })),
  });
}

type Recipient = { userId: string; kind: NotificationKind; says: string };

async function findRecipients(tx: Tx, event: AuditEventInput): Promise<Recipient[]> {
  switch (event.action) {
    case "claim.assign": {
      const assigneeId = event.after?.assigneeId;
      return typeof assigneeId === "string" ? [{ userId: assigneeId, kind: "claim_assigned", says: "assigned you a claim" }] : [];
    }
    case "comment.add": {
      const body = event.after?.body;
      if (typeof body !== "string" || !body.includes("@")) return [];
      const members = await tx.user.findMany({ where: { disabledAt: null }, select: { id: true, name: true } });
      return findMentionedMembers(body, members).map((member) => ({ userId: member.id, kind: "mention", says: "mentioned you in a comment" }));
    }
    case "article.send-back": {
      if (!event.articleId) return [];
      const article = await tx.article.findUnique({ where: { id: event.articleId }, select: { createdById: true } });
      const assignees = await tx.claim.findMany({
        where: { articleId: event.articleId, assigneeId: { not: null } }, distinct: ["assigneeId"], select: { assigneeId: true },
      });
      const ids = new Set([article?.createdById, ...assignees.map((claim) => claim.assigneeId)].filter((id): id is string => !!id));
      return [...ids].map((userId) => ({ userId, kind: "article_sent_back", says: "sent back" }));
    }
    case "sign-off.void": {
      const signOff = await tx.signOff.findUnique({ where: { id: event.entityId }, select: { reviewerId: true } });
      return signOff ? [{ userId: signOff.reviewerId, kind: "sign_off_voided", says: "voided your sign-off of" }] : [];
    }
    case "article.request-review": {
      const reviewers = await tx.user.findMany({
        where: { disabledAt: null, role: { in: [...CAPABILITIES["article:sign-off"]] } }, select: { id: true },
      });
      return reviewers.map((reviewer) => ({ userId: reviewer.id, kind: "review_requested", says: "asked you to review" }));
    }
    default:
      return [];
  }
}

/** "on “claim words” in “Headline”", as far as the event names them. */
async function describePlace(tx: Tx, event: AuditEventInput): Promise<string> {
  const article = event.articleId ? await tx.article.findUnique({ where: { id: event.articleId }, select: { headline: true } }) : null;
  const claim = event.claimId ? await tx.claim.findUnique({ where: { id: event.claimId }, select: { exact: true } }) : null;
  const parts: string[] = [];
  if (claim && event.action !== "article.send-back" && event.action !== "sign-off.void") parts.push(`“${shorten(claim.exact, 80)}”`);
  if (article) parts.push(`${parts.length ? "in " : ""}“${shorten(article.headline, 120)}”`);
  return parts.join(" ");
}

function actorName(actor: Actor | null): string {
  if (!actor) return "Someone";
  return isSystemActor(actor) ? "The system" : actor.name || describeActor(actor);
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
