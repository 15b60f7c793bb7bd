"use client";

import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import { useLiveEvents } from "@/components/live/use-live-events";

/** The DOM event that asks every badge on the page to refetch (the live stream dispatches it on its `inbox` event). */
export const INBOX_REFRESH_EVENT = "factdesk:inbox";

/** Asks the header badge to refetch its count, e.g. from the live stream's `inbox` event handler. */
export function refreshInboxBadge(): void {
  window.dispatchEvent(new Event(INBOX_REFRESH_EVENT));
}

/**
 * "Inbox" in the header with the unread count. The server renders the first
 * count; refresh() refetches it from GET /api/inbox/unread-count on the live
 * stream's `inbox` event, on window focus and whenever INBOX_REFRESH_EVENT is dispatched. Responses that arrive out of
 * order are dropped, so a slow old answer never replaces a newer one.
 */
export function InboxBadge({ initialUnread }: { initialUnread: number }) {
  const [unread, setUnread] = useState(initialUnread);
  const latest = useRef(0);
  const refresh = useCallback(async () => {
    const ticket = ++latest.current;
    try {
      const response = await fetch("/api/inbox/unread-count", { cache: "no-store" });
      if (!response.ok) return;
      const body = (await response.json()) as { unread: number };
      if (ticket === latest.current) setUnread(body.unread);
    } catch {
      // Offline for a moment: keep the last count; the next focus tries again.
    }
  }, []);
  // A new server render (navigation, revalidation) brings a fresh count: adopt it during render, not in an effect.
  const [renderedUnread, setRenderedUnread] = useState(initialUnread);
  if (renderedUnread !== initialUnread) {
    setRenderedUnread(initialUnread);
    setUnread(initialUnread);
  }
  // The live stream's `inbox` event: a notification for this user was committed.
  useLiveEvents({ onInbox: () => void refresh() }, { isPassive: true });
  useEffect(() => {
    const onRefresh = () => void refresh();
    window.addEventListener("focus", onRefresh);
    window.addEventListener(INBOX_REFRESH_EVENT, onRefresh);
    return () => {
      window.removeEventListener("focus", onRefresh);
      window.removeEventListener(INBOX_REFRESH_EVENT, onRefresh);
    };
  }, [refresh]);
  return (
    <Link href="/inbox" className="text-sm text-stone-700 hover:text-stone-950" data-testid="inbox-link"
      aria-label={unread > 0 ? `Inbox, ${unread} unread` : "Inbox"}>
      Inbox
      {unread > 0 && (
        <span data-testid="inbox-unread" className="ml-1 rounded-full bg-red-700 px-1.5 py-0.5 text-xs font-semibold text-white">{unread}</span>
      )}
    </Link>
  );
}
