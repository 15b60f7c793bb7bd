import "server-only";
import { db } from "@/lib/db";
import {
  parseInboxUserId, parseLiveChange, parsePresenceBeat, type LiveChange, type Viewer,
} from "@/lib/domain/live/live-messages";
import { PresenceBoard } from "@/lib/domain/live/presence-board";
import { LiveListener, type ListenerSignal } from "./live-listener";

export type HubSignal =
  | { kind: "change"; change: LiveChange }
  | { kind: "presence"; articleId: string; viewers: Viewer[] }
  | { kind: "inbox"; userId: string; payload: unknown }
  /** The listener lost its connection and has it back: streams catch up from the audit trail. */
  | { kind: "reconnected" };

/**
 * One per app instance: the listener connection, the presence board fed by it,
 * and the open streams it fans out to. Everything it knows came through
 * Postgres, so every instance knows the same (docs/decisions/018, 019).
 */
export class LiveHub {
  readonly presence = new PresenceBoard();
  private readonly streams = new Set<(signal: HubSignal) => void>();
  private readonly names = new Map<string, string | null>();
  private readonly expiryTimer: NodeJS.Timeout;

  constructor(readonly listener: LiveListener) {
    listener.subscribe((signal) => void this.handle(signal));
    listener.start();
    this.expiryTimer = setInterval(() => {
      for (const articleId of this.presence.expire(Date.now())) this.publishPresence(articleId);
    }, 5_000);
    this.expiryTimer.unref();
  }

  subscribe(stream: (signal: HubSignal) => void): () => void {
    this.streams.add(stream);
    return () => this.streams.delete(stream);
  }

  get streamCount(): number {
    return this.streams.size;
  }

  async close(): Promise<void> {
    clearInterval(this.expiryTimer);
    await this.listener.close();
  }

  private async handle(signal: ListenerSignal): Promise<void> {
    if (signal.kind === "connected" && signal.isReconnect) return this.fanOut({ kind: "reconnected" });
    if (signal.kind !== "notification") return;
    if (signal.channel === "factdesk_live") {
      const change = parseLiveChange(signal.payload);
      if (change) this.fanOut({ kind: "change", change: { ...change, actorName: await this.nameOf(change.actorId) } });
    } else if (signal.channel === "factdesk_presence") {
      const beat = parsePresenceBeat(signal.payload);
      if (beat) for (const articleId of this.presence.record(beat, Date.now())) this.publishPresence(articleId);
    } else if (signal.channel === "factdesk_inbox") {
      const userId = parseInboxUserId(signal.payload);
      if (userId) this.fanOut({ kind: "inbox", userId, payload: JSON.parse(signal.payload) });
    }
  }

  private publishPresence(articleId: string): void {
    this.fanOut({ kind: "presence", articleId, viewers: this.presence.viewersOf(articleId) });
  }

  /** Names are looked up once per instance and user (they are what the audit page shows anyway). */
  private async nameOf(userId: string | null): Promise<string | null> {
    if (!userId) return null;
    if (!this.names.has(userId)) {
      const user = await db.user.findUnique({ where: { id: userId }, select: { name: true } }).catch(() => null);
      if (this.names.size > 5_000) this.names.clear();
      this.names.set(userId, user?.name ?? null);
    }
    return this.names.get(userId) ?? null;
  }

  private fanOut(signal: HubSignal): void {
    for (const stream of this.streams) stream(signal);
  }
}

const globalForHub = globalThis as unknown as { factdeskLiveHub?: LiveHub };

/** This instance's hub, started on first use (no connection at build time). */
export function getLiveHub(): LiveHub {
  if (!globalForHub.factdeskLiveHub) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set: start the app with `npm start` or set it.");
    globalForHub.factdeskLiveHub = new LiveHub(new LiveListener(connectionString));
  }
  return globalForHub.factdeskLiveHub;
}
