"use client";

import { useEffect, useRef, useState } from "react";
import type { LiveChange, Viewer } from "@/lib/domain/live/live-messages";

export type { LiveChange, Viewer };
export type PresenceEvent = { articleId: string; viewers: Viewer[] };

export type LiveHandlers = {
  /** A committed change on an article (any article: filter by `change.articleId`). */
  onChange?: (change: LiveChange) => void;
  /** Who has an article open now (sent on every change of it, and on connecting). */
  onPresence?: (presence: PresenceEvent) => void;
  /** An inbox item for the signed-in user (the payload the inbox trigger sent). */
  onInbox?: (payload: unknown) => void;
  /** More was missed than can be replayed: reload what the page shows. */
  onResync?: () => void;
};

type Subscriber = { current: LiveHandlers };

// One EventSource per page (tab), shared by every component that listens: the
// header's inbox badge and the page's own listeners ride the same connection.
const subscribers = new Set<Subscriber>();
const recentChanges: LiveChange[] = [];
const seenIds = new Set<string>();
let source: EventSource | null = null;
let lastId: string | null = null;
let retryTimer: ReturnType<typeof setTimeout> | null = null;
let isRefused = false;
const connectionWatchers = new Set<(isConnected: boolean) => void>();

function connect(after: string | null) {
  if (source || isRefused) return;
  const cursor = lastId ?? after;
  source = new EventSource(cursor ? `/api/live?after=${encodeURIComponent(cursor)}` : "/api/live");
  // For tests and tools: whether this page's live stream is up ("connecting", "open", "retrying").
  document.documentElement.dataset.live = "connecting";
  source.addEventListener("open", () => {
    document.documentElement.dataset.live = "open";
    connectionWatchers.forEach((watch) => watch(true));
  });
  source.addEventListener("change", (event) => {
    const change = JSON.parse((event as MessageEvent<string>).data) as LiveChange;
    if (seenIds.has(change.id)) return;
    remember(change);
    subscribers.forEach((subscriber) => subscriber.current.onChange?.(change));
  });
  source.addEventListener("presence", (event) => {
    const presence = JSON.parse((event as MessageEvent<string>).data) as PresenceEvent;
    subscribers.forEach((subscriber) => subscriber.current.onPresence?.(presence));
  });
  source.addEventListener("inbox", (event) => {
    const payload: unknown = JSON.parse((event as MessageEvent<string>).data);
    subscribers.forEach((subscriber) => subscriber.current.onInbox?.(payload));
  });
  source.addEventListener("resync", () => subscribers.forEach((subscriber) => subscriber.current.onResync?.()));
  source.addEventListener("closed", () => {
    // Signed out: the server will not stream again for this session.
    isRefused = true;
    disconnect();
  });
  source.addEventListener("error", () => {
    document.documentElement.dataset.live = "retrying";
    connectionWatchers.forEach((watch) => watch(false));
    // EventSource retries a dropped stream itself (sending Last-Event-ID) but
    // gives up on an HTTP error, such as the 503 of a database outage: retry then.
    if (source?.readyState !== EventSource.CLOSED) return;
    source = null;
    retryTimer ??= setTimeout(() => {
      retryTimer = null;
      if (subscribers.size > 0) connect(null);
    }, 2_000);
  });
}

function remember(change: LiveChange) {
  seenIds.add(change.id);
  recentChanges.push(change);
  if (recentChanges.length > 200) seenIds.delete(recentChanges.shift()!.id);
  if (lastId === null || BigInt(change.id) > BigInt(lastId)) lastId = change.id;
}

function disconnect() {
  source?.close();
  source = null;
  if (retryTimer) clearTimeout(retryTimer);
  retryTimer = null;
}

/**
 * Listens to the live desk (GET /api/live, docs/decisions/018). `after` is the
 * audit id the page was rendered at (readLiveCursor): changes since then that
 * this tab already heard are replayed to the new listener, and a first
 * connection starts from there, so nothing falls between render and listen.
 * Handlers may change on every render; the connection does not.
 */
export function useLiveEvents(handlers: LiveHandlers, options: { after?: string | null; isPassive?: boolean } = {}): { isConnected: boolean } {
  const ref = useRef(handlers);
  const [isConnected, setIsConnected] = useState(false);
  const after = options.after ?? null;
  const isPassive = options.isPassive ?? false;
  useEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    const subscriber: Subscriber = ref;
    subscribers.add(subscriber);
    connectionWatchers.add(setIsConnected);
    if (after) {
      for (const change of recentChanges) if (BigInt(change.id) > BigInt(after)) subscriber.current.onChange?.(change);
    }
    // A passive listener (the header's inbox badge, which has no render cursor)
    // connects only after the rest of the page's effects have run, so a page
    // listener with a cursor opens the shared stream from that cursor.
    const deferred = isPassive ? setTimeout(() => connect(null), 0) : null;
    if (!isPassive) connect(after);
    return () => {
      if (deferred) clearTimeout(deferred);
      subscribers.delete(subscriber);
      connectionWatchers.delete(setIsConnected);
      // Kept open across client-side navigations while anything still listens.
      if (subscribers.size === 0) disconnect();
    };
  }, [after, isPassive]);
  return { isConnected };
}
