import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CreateWebhookForm } from "@/components/admin/create-webhook-form";
import { DeleteWebhookButton, RedeliverButton } from "@/components/admin/webhook-buttons";
import { TableHead } from "@/components/table-head";
import { requireActor } from "@/lib/auth/require-actor";
import { can } from "@/lib/domain/capabilities";
import { formatDateTime } from "@/lib/format-date";
import { DELIVERY_LOG_SIZE, listWebhookEndpoints } from "@/lib/server/webhooks/list-webhook-endpoints";

export const metadata: Metadata = { title: "Webhooks" };

export default async function WebhooksPage() {
  const actor = await requireActor("/admin/webhooks");
  if (!can(actor, "webhook:manage")) notFound();
  const endpoints = await listWebhookEndpoints({ actor });
  return (
    <section className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">Webhooks</h1>
      <p className="max-w-2xl text-sm text-stone-600">
        The desk POSTs a signed JSON body (<code>Factdesk-Signature</code>) to each endpoint when an event it chose happens,
        retrying with backoff for a day. Deliveries of one article arrive in order.
      </p>
      {endpoints.length === 0 && <p className="rounded border border-dashed border-stone-300 p-4 text-sm text-stone-600">No endpoints yet.</p>}
      {endpoints.map((endpoint) => (
        <article key={endpoint.id} aria-label={`Endpoint ${endpoint.url}`} className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 className="break-all font-mono text-sm font-semibold">{endpoint.url}</h2>
            <DeleteWebhookButton endpointId={endpoint.id} url={endpoint.url} />
          </div>
          <p className="text-xs text-stone-600">Events: {endpoint.events.join(", ")} · registered {formatDateTime(endpoint.createdAt)}</p>
          {endpoint.deliveries.length === 0 ? (
            <p className="text-sm text-stone-600">No deliveries yet.</p>
          ) : (
            <table className="w-full text-xs">
              <caption className="text-left text-stone-600">Delivery log (latest {DELIVERY_LOG_SIZE})</caption>
              <TableHead columns={["Queued", "Event", "Article", "Status", "Tries", "Last answer", "Latency", "Response", ""]} />
              <tbody>
                {endpoint.deliveries.map((delivery) => (
                  <tr key={delivery.id} className="border-t border-stone-200 align-top">
                    <td className="p-1">{formatDateTime(delivery.createdAt)}</td>
                    <td className="p-1 font-mono">{delivery.event}</td>
                    <td className="p-1 font-mono">{delivery.articleId.slice(0, 8)}</td>
                    <td className="p-1">
                      {delivery.status}
                      {delivery.status === "pending" && delivery.attempts > 0 && ` (next ${formatDateTime(delivery.nextAttemptAt)})`}
                    </td>
                    <td className="p-1">{delivery.attempts}</td>
                    <td className="p-1">{delivery.lastAttempt ? (delivery.lastAttempt.statusCode ?? delivery.lastAttempt.error) : "—"}</td>
                    <td className="p-1">{delivery.lastAttempt ? `${delivery.lastAttempt.latencyMs} ms` : "—"}</td>
                    <td className="max-w-xs truncate p-1 font-mono" title={delivery.lastAttempt?.responseExcerpt}>{delivery.lastAttempt?.responseExcerpt || "—"}</td>
                    <td className="p-1"><RedeliverButton deliveryId={delivery.id} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </article>
      ))}
      <CreateWebhookForm />
    </section>
  );
}
