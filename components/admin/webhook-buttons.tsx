"use client";

import { useState, useTransition } from "react";
import { deleteWebhookEndpointAction, redeliverWebhookAction } from "@/lib/actions/webhooks";

function ActionButton({ label, confirm, run }: { label: string; confirm?: string; run: () => Promise<{ ok: boolean; message?: string }> }) {
  const [message, setMessage] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" disabled={isPending} className="rounded border border-stone-300 px-2 py-0.5 text-xs hover:bg-stone-100 disabled:opacity-60"
        onClick={() => {
          if (confirm && !window.confirm(confirm)) return;
          startTransition(async () => {
            const result = await run();
            setMessage(result.ok ? null : (result.message ?? "Failed."));
          });
        }}>
        {label}
      </button>
      {message && <span role="alert" className="text-xs text-red-700">{message}</span>}
    </span>
  );
}

export function DeleteWebhookButton({ endpointId, url }: { endpointId: string; url: string }) {
  return (
    <ActionButton label={`Remove ${url}`} confirm={`Remove the endpoint ${url}? Its queued deliveries and log go with it.`}
      run={() => deleteWebhookEndpointAction(endpointId)} />
  );
}

export function RedeliverButton({ deliveryId }: { deliveryId: string }) {
  return <ActionButton label="Redeliver" run={() => redeliverWebhookAction(deliveryId)} />;
}
