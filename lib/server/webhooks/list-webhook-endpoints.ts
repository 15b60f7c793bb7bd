import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { authorize } from "@/lib/server/authorize";

export const DELIVERY_LOG_SIZE = 50;

export type WebhookDeliveryLogRow = {
  id: string;
  eventId: string;
  event: string;
  articleId: string;
  status: "pending" | "delivered" | "failed";
  attempts: number;
  createdAt: Date;
  nextAttemptAt: Date;
  deliveredAt: Date | null;
  lastAttempt: { at: Date; statusCode: number | null; latencyMs: number; responseExcerpt: string; error: string | null } | null;
};

export type WebhookEndpointView = {
  id: string;
  url: string;
  events: string[];
  createdAt: Date;
  deliveries: WebhookDeliveryLogRow[];
};

/** Every endpoint with its delivery log: the latest deliveries, each with its last attempt. */
export async function listWebhookEndpoints(options: { actor: Actor | null }): Promise<WebhookEndpointView[]> {
  authorize(options.actor, "webhook:manage");
  const endpoints = await db.webhookEndpoint.findMany({
    orderBy: { createdAt: "asc" },
    select: {
      id: true, url: true, events: true, createdAt: true,
      deliveries: {
        orderBy: { id: "desc" },
        take: DELIVERY_LOG_SIZE,
        select: {
          id: true, eventId: true, event: true, articleId: true, status: true, attempts: true, createdAt: true, nextAttemptAt: true, deliveredAt: true,
          log: { orderBy: { id: "desc" }, take: 1, select: { at: true, statusCode: true, latencyMs: true, responseExcerpt: true, error: true } },
        },
      },
    },
  });
  return endpoints.map((endpoint) => ({
    ...endpoint,
    deliveries: endpoint.deliveries.map(({ log, id, ...delivery }) => ({ ...delivery, id: id.toString(), lastAttempt: log[0] ?? null })),
  }));
}
