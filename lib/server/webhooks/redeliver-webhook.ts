import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { redeliverWebhookSchema } from "@/lib/schemas/webhook";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorize, notFound } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";

/**
 * Queues a delivery again, now, with the same body and id (receivers dedupe on
 * the id). Later deliveries for the same article and endpoint wait for it, as
 * they wait for any pending one. Audited on the desk chain.
 */
export async function redeliverWebhook(options: { actor: Actor | null; input: unknown }): Promise<void> {
  const actor = authorize(options.actor, "webhook:manage");
  const input = parseInput(redeliverWebhookSchema, options.input);
  await db.$transaction(async (tx) => {
    const delivery = await tx.webhookDelivery.findUnique({
      where: { id: BigInt(input.deliveryId) },
      select: { id: true, endpointId: true, event: true, eventId: true, status: true },
    });
    if (!delivery) throw notFound("The delivery");
    await tx.webhookDelivery.update({
      where: { id: delivery.id },
      data: { status: "pending", attempts: 0, nextAttemptAt: new Date(), leaseUntil: null, createdAt: new Date() },
    });
    await recordAuditEvent(tx, {
      actor, action: "webhook.redeliver", entityType: "webhook", entityId: delivery.endpointId,
      before: { delivery: delivery.id.toString(), status: delivery.status }, after: { event: delivery.event, id: delivery.eventId, status: "pending" },
    });
  });
}
