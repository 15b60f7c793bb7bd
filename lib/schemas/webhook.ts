import { z } from "zod";
import { WEBHOOK_EVENTS } from "@/lib/domain/webhooks/webhook-events";
import { httpUrlSchema } from "./article";
import { safeText } from "./safe-text";

export const createWebhookEndpointSchema = z.strictObject({
  url: httpUrlSchema,
  events: z
    .array(z.enum(WEBHOOK_EVENTS, { message: `Choose events among: ${WEBHOOK_EVENTS.join(", ")}.` }), { message: "Choose the events to send." })
    .min(1, "Choose at least one event.")
    .transform((events) => [...new Set(events)]),
});

export const webhookEndpointIdSchema = z.strictObject({ endpointId: z.uuid("Unknown webhook endpoint.") });

export const redeliverWebhookSchema = z.strictObject({
  // WebhookDelivery ids are bigints, sent as decimal text.
  deliveryId: safeText().regex(/^[0-9]{1,18}$/, "Unknown delivery."),
});
