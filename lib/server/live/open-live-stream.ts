import "server-only";
import { can, type Actor } from "@/lib/domain/capabilities";
import { formatSseMessage, type LiveChange } from "@/lib/domain/live/live-messages";
import { authorize } from "@/lib/server/authorize";
import { getLiveHub, type HubSignal, type LiveHub } from "./live-hub";
import { readLiveCursor, readMissedChanges } from "./read-missed-changes";

const KEEPALIVE_MS = 15_000;
const RECHECK_MS = 30_000;
const SENT_IDS_KEPT = 2_000;

/**
 * The live stream of one browser tab, as Server-Sent Events:
 *  - `change` (id = audit event id): an article event the caller may read;
 *  - `presence`: who has an article open, and on which claim;
 *  - `inbox`: an item for this caller (another user's never reach them);
 *  - `resync`: too much was missed to replay, reload the data;
 *  - `closed`: the caller may no longer read; the browser stops reconnecting.
 * Authorization: the caller must hold article:read now and at every recheck;
 * each event is filtered by `mayReceive` before it is written.
 */
export async function openLiveStream(options: {
  actor: Actor | null;
  /** Last-Event-ID (or ?after=): the audit id the browser saw last; missed events are sent first. */
  lastEventId?: string | null;
  /** Asks again who the caller is (session ended, user disabled, role changed): the stream closes when they may no longer read. */
  recheckActor: () => Promise<Actor | null>;
  hub?: LiveHub;
  recheckMs?: number;
}): Promise<ReadableStream<Uint8Array>> {
  return startStream(options, authorize(options.actor, "article:read"));
}

function startStream(options: Parameters<typeof openLiveStream>[0], authorized: Actor): ReadableStream<Uint8Array> {
  let actor = authorized;
  const hub = options.hub ?? getLiveHub();
  const encoder = new TextEncoder();
  const sentIds = new Set<string>();
  let lastId = parseCursor(options.lastEventId);
  // True until the first catch-up is done: signals heard meanwhile wait behind the replay.
  let isCatchingUp = true;
  let pending: HubSignal[] = [];
  let isCatchUpAgainNeeded = false;
  let cleanUp = () => {};

  return new ReadableStream<Uint8Array>({
    start(controller) {
      let isOpen = true;
      const write = (text: string) => {
        if (!isOpen) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close();
        }
      };
      const close = () => {
        if (!isOpen) return;
        isOpen = false;
        cleanUp();
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      const sendChange = (change: LiveChange) => {
        if (sentIds.has(change.id) || !mayReceive(actor, change)) return;
        sentIds.add(change.id);
        if (sentIds.size > SENT_IDS_KEPT) sentIds.delete(sentIds.values().next().value as string);
        if (lastId === null || BigInt(change.id) > lastId) lastId = BigInt(change.id);
        write(formatSseMessage({ event: "change", id: change.id, data: change }));
      };
      const deliver = (signal: HubSignal) => {
        if (signal.kind === "change") sendChange(signal.change);
        else if (signal.kind === "presence" && can(actor, "article:read")) write(formatSseMessage({ event: "presence", data: signal }));
        else if (signal.kind === "inbox" && signal.userId === actor.id) write(formatSseMessage({ event: "inbox", data: signal.payload }));
        else if (signal.kind === "reconnected") void catchUp();
      };
      const catchUp = async (isFirst = false) => {
        if (isCatchingUp && !isFirst) {
          isCatchUpAgainNeeded = true;
          return;
        }
        isCatchingUp = true;
        try {
          // No cursor given: from now. Read after subscribing, so nothing falls between.
          lastId ??= BigInt(await readLiveCursor());
          const { changes, isTruncated } = await readMissedChanges(lastId);
          if (isTruncated) write(formatSseMessage({ event: "resync", data: {} }));
          changes.forEach(sendChange);
        } catch {
          // The database is away again: the next reconnect catches up.
        } finally {
          isCatchingUp = false;
          const queued = pending;
          pending = [];
          queued.forEach(deliver);
          if (isCatchUpAgainNeeded) {
            isCatchUpAgainNeeded = false;
            void catchUp();
          }
        }
      };
      // Signals that arrive during a catch-up wait for it, so the replay comes first.
      const unsubscribe = hub.subscribe((signal) => {
        if (isCatchingUp && signal.kind !== "reconnected") pending.push(signal);
        else deliver(signal);
      });
      const keepalive = setInterval(() => write(": keepalive\n\n"), KEEPALIVE_MS);
      const recheck = setInterval(async () => {
        const current = await options.recheckActor().catch(() => actor);
        if (current && can(current, "article:read")) actor = current;
        else {
          write(formatSseMessage({ event: "closed", data: { reason: "signed-out" } }));
          close();
        }
      }, options.recheckMs ?? RECHECK_MS);
      cleanUp = () => {
        unsubscribe();
        clearInterval(keepalive);
        clearInterval(recheck);
      };

      write("retry: 1500\n\n");
      for (const articleId of hub.presence.articles()) deliver({ kind: "presence", articleId, viewers: hub.presence.viewersOf(articleId) });
      void catchUp(true);
    },
    cancel() {
      cleanUp();
    },
  });
}

/**
 * Whether this caller may see this event. Today every signed-in role reads every
 * article (lib/domain/capabilities.ts); a per-article rule would go here.
 */
export function mayReceive(actor: Actor, change: LiveChange): boolean {
  return can(actor, "article:read") && change.articleId !== "";
}

function parseCursor(value: string | null | undefined): bigint | null {
  return value && /^\d{1,18}$/.test(value) ? BigInt(value) : null;
}
