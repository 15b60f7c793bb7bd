"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { createWebhookEndpoint } from "@/lib/server/webhooks/create-webhook-endpoint";
import { deleteWebhookEndpoint } from "@/lib/server/webhooks/delete-webhook-endpoint";
import { redeliverWebhook } from "@/lib/server/webhooks/redeliver-webhook";
import { formValues, runAction, type ActionResult } from "./action-result";

export async function createWebhookEndpointAction(
  _previous: unknown,
  form: FormData,
): Promise<ActionResult<{ id: string; url: string; events: string[]; secret: string }>> {
  const input = { url: String(form.get("url") ?? ""), events: form.getAll("events").map(String) };
  const result = await runAction(async () => createWebhookEndpoint({ actor: await getActor(), input }), "Webhook endpoint registered.");
  if (!result.ok) return { ...result, values: formValues(form) };
  revalidatePath("/admin/webhooks");
  return result;
}

export async function deleteWebhookEndpointAction(endpointId: string): Promise<ActionResult> {
  const result = await runAction(async () => deleteWebhookEndpoint({ actor: await getActor(), input: { endpointId } }), "Endpoint removed.");
  if (result.ok) revalidatePath("/admin/webhooks");
  return result;
}

export async function redeliverWebhookAction(deliveryId: string): Promise<ActionResult> {
  const result = await runAction(async () => redeliverWebhook({ actor: await getActor(), input: { deliveryId } }), "Queued again.");
  if (result.ok) revalidatePath("/admin/webhooks");
  return result;
}
