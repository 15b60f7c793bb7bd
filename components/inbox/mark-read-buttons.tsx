"use client";

import { useState, useTransition } from "react";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/actions/inbox";
import { refreshInboxBadge } from "./inbox-badge";

export function MarkReadButton({ notificationId }: { notificationId: string }) {
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  return (
    <span className="flex items-center gap-2">
      <button type="button" disabled={isPending} className="rounded border border-stone-300 px-2 py-1 text-xs hover:bg-stone-100 disabled:opacity-60"
        onClick={() => startTransition(async () => {
          const result = await markNotificationReadAction(notificationId);
          setError(result.ok ? null : result.message);
          refreshInboxBadge();
        })}>
        Mark read
      </button>
      {error && <span role="alert" className="text-xs text-red-700">{error}</span>}
    </span>
  );
}

export function MarkAllReadButton({ hasUnread }: { hasUnread: boolean }) {
  const [message, setMessage] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  return (
    <span className="flex items-center gap-2">
      <button type="button" disabled={isPending || !hasUnread}
        className="rounded bg-stone-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-stone-700 disabled:opacity-60"
        onClick={() => startTransition(async () => {
          const result = await markAllNotificationsReadAction();
          setMessage(result.ok ? `Marked ${result.data.marked} read.` : result.message);
          refreshInboxBadge();
        })}>
        Mark all read
      </button>
      {message && <span role="status" className="text-sm text-stone-700">{message}</span>}
    </span>
  );
}
