import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { isSystemActor } from "@/lib/domain/capabilities";
import { AppError } from "@/lib/errors";
import { createWebhookEndpointSchema } from "@/lib/schemas/webhook";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorize } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";
import { newWebhookSecret, sealWebhookSecret } from "./webhook-secret";
import { findWebhookUrlProblem } from "./webhook-url";

/**
 * Registers an endpoint. The signing secret is in the result only: it is
 * stored sealed and never shown again. Audited on the desk chain.
 */
export async function createWebhookEndpoint(options: {
  actor: Actor | null;
  input: unknown;
}): Promise<{ id: string; url: string; events: string[]; secret: string }> {
  const actor = authorize(options.actor, "webhook:manage");
  const input = parseInput(createWebhookEndpointSchema, options.input);
  const problem = await findWebhookUrlProblem(input.url);
  if (problem) throw new AppError("VALIDATION", { userMessage: problem, fieldErrors: { url: [problem] } });
  const id = randomUUID();
  const secret = newWebhookSecret();
  await db.$transaction(async (tx) => {
    await tx.webhookEndpoint.create({
      data: { id, url: input.url, events: input.events, sealedSecret: sealWebhookSecret(secret, id), createdById: isSystemActor(actor) ? null : actor.id },
    });
    await recordAuditEvent(tx, {
      actor, action: "webhook.create", entityType: "webhook", entityId: id, after: { url: input.url, events: input.events },
    });
  });
  return { id, url: input.url, events: input.events, secret };
}
