"use client";

import { useActionState } from "react";
import { FieldError } from "@/components/field-error";
import { createWebhookEndpointAction } from "@/lib/actions/webhooks";
import { WEBHOOK_EVENT_DESCRIPTIONS, WEBHOOK_EVENTS } from "@/lib/domain/webhooks/webhook-events";

export function CreateWebhookForm() {
  const [state, formAction, isPending] = useActionState(createWebhookEndpointAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={formAction} className="max-w-2xl space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <h2 className="font-semibold">New endpoint</h2>
      <div>
        <label htmlFor="webhook-url" className="block text-sm font-medium">URL (http or https, public address)</label>
        <input id="webhook-url" name="url" type="url" key={`u-${values?.url ?? ""}`} defaultValue={values?.url}
          aria-describedby={errors.url ? "webhook-url-error" : undefined}
          className="mt-1 w-full rounded border border-stone-300 px-2 py-1" />
        <FieldError id="webhook-url-error" errors={errors.url} />
      </div>
      <fieldset aria-describedby={errors.events ? "webhook-events-error" : undefined}>
        <legend className="text-sm font-medium">Events</legend>
        {WEBHOOK_EVENTS.map((event) => (
          <label key={event} className="flex items-start gap-2 text-sm">
            <input type="checkbox" name="events" value={event} defaultChecked={event === "article.signed_off" || event === "article.sign_off_voided"} className="mt-1" />
            <span><code>{event}</code> — {WEBHOOK_EVENT_DESCRIPTIONS[event]}</span>
          </label>
        ))}
        <FieldError id="webhook-events-error" errors={errors.events} />
      </fieldset>
      {state?.ok && (
        <div role="status" className="rounded bg-emerald-50 p-2 text-sm">
          <p>Endpoint registered. Copy its signing secret now; it is not shown again:</p>
          <code data-testid="new-webhook-secret" className="block break-all font-mono">{state.data.secret}</code>
        </div>
      )}
      {state && !state.ok && <p role="alert" className="text-sm text-red-700">{state.message}</p>}
      <button type="submit" disabled={isPending} className="rounded bg-stone-900 px-3 py-1.5 text-white disabled:opacity-60">
        {isPending ? "Registering…" : "Register endpoint"}
      </button>
    </form>
  );
}
