import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { webhookEndpointIdSchema } from "@/lib/schemas/webhook";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorize, notFound } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";

/** Removes an endpoint with its outbox rows and log (the audit trail keeps that it existed). */
export async function deleteWebhookEndpoint(options: { actor: Actor | null; input: unknown }): Promise<void> {
  const actor = authorize(options.actor, "webhook:manage");
  const input = parseInput(webhookEndpointIdSchema, options.input);
  await db.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.findUnique({ where: { id: input.endpointId }, select: { id: true, url: true, events: true } });
    if (!endpoint) throw notFound("The webhook endpoint");
    await tx.webhookEndpoint.delete({ where: { id: endpoint.id } });
    await recordAuditEvent(tx, {
      actor, action: "webhook.delete", entityType: "webhook", entityId: endpoint.id, before: { url: endpoint.url, events: endpoint.events },
    });
  });
}
