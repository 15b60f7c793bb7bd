import "server-only";
import type { Tx } from "@/lib/db";
import { describeActor, isSystemActor, type Actor } from "@/lib/domain/capabilities";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notifyFromAuditEvent } from "@/lib/server/inbox/notify-from-audit-event";

export type AuditEventInput = {
  actor: Actor | null;
  action: string;
  entityType:
    | "article" | "revision" | "claim" | "source" | "claim-source" | "comment" | "sign-off" | "user" | "settings" | "api-token" | "suggestion"
    // A signed-in browser (id: UserSession.id), and a sign-in attempt (id: the email or throttle key tried).
    | "session" | "sign-in"
    // A webhook endpoint (id: WebhookEndpoint.id).
    | "webhook";
  entityId: string;
  articleId?: string | null;
  claimId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  reason?: string | null;
};

/**
 * Writes one audit event, and the inbox notifications it implies. Always called
 * with the transaction of the change it records, so the change, its record and
 * its notifications commit or roll back together.
 */
export async function recordAuditEvent(tx: Tx, event: AuditEventInput): Promise<void> {
  const { id } = await tx.auditEvent.create({
    select: { id: true },
    data: {
      actorId: event.actor && !isSystemActor(event.actor) ? event.actor.id : null,
      actorLabel: event.actor ? describeActor(event.actor) : "anonymous",
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      articleId: event.articleId ?? null,
      claimId: event.claimId ?? null,
      before: toJson(event.before),
      after: toJson(event.after),
      reason: event.reason ?? null,
    },
  });
  // The inbox derives from the trail, in the same transaction (decision 021).
  await notifyFromAuditEvent(tx, { ...event, id });
}

function toJson(value: Record<string, unknown> | null | undefined): Prisma.InputJsonValue | undefined {
  if (value == null) return undefined;
  // Dates become ISO strings; undefined fields are dropped.
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}
