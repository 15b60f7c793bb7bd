import "server-only";
import pg from "pg";

/** The channels an instance listens on: audit events, presence heartbeats, inbox items. */
export const LIVE_CHANNELS = ["factdesk_live", "factdesk_presence", "factdesk_inbox"] as const;
export type LiveChannel = (typeof LIVE_CHANNELS)[number];

export type ListenerSignal =
  | { kind: "notification"; channel: string; payload: string }
  /** LISTEN is in place; `isReconnect` after a lost connection (what was sent meanwhile must be caught up). */
  | { kind: "connected"; isReconnect: boolean }
  | { kind: "disconnected" };

type Options = { pingMs?: number; minBackoffMs?: number; maxBackoffMs?: number };

/**
 * The one dedicated connection per app instance that LISTENs (a pooled
 * connection cannot: LISTEN belongs to its session, and the pool hands sessions
 * around). It reconnects by itself with a capped backoff when the server goes
 * away (restart, outage), and pings so a silently dead connection is noticed.
 * Hand-written on `pg` rather than a library: the few packages that wrap this
 * (pg-listen and the like) are unmaintained, and the logic is these 80 lines.
 */
export class LiveListener {
  private client: pg.Client | null = null;
  private pingTimer: NodeJS.Timeout | null = null;
  private hasConnected = false;
  private isClosed = false;
  private attempt = 0;
  private readonly handlers = new Set<(signal: ListenerSignal) => void>();

  constructor(private readonly connectionString: string, private readonly options: Options = {}) {}

  start(): void {
    if (!this.client && !this.isClosed) void this.connect();
  }

  subscribe(handler: (signal: ListenerSignal) => void): () => void {
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  }

  get isConnected(): boolean {
    return this.client !== null && this.pingTimer !== null;
  }

  async close(): Promise<void> {
    this.isClosed = true;
    const client = this.client;
    this.stopPing();
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.connectionString, keepAlive: true, connectionTimeoutMillis: 5_000, application_name: "factdesk-live",
    });
    this.client = client;
    client.on("notification", (message) => this.emit({ kind: "notification", channel: message.channel, payload: message.payload ?? "" }));
    client.on("error", () => this.drop(client));
    client.on("end", () => this.drop(client));
    try {
      await client.connect();
      for (const channel of LIVE_CHANNELS) await client.query(`LISTEN ${channel}`);
    } catch {
      this.drop(client);
      return;
    }
    if (this.client !== client) return;
    const isReconnect = this.hasConnected;
    this.hasConnected = true;
    this.attempt = 0;
    this.pingTimer = setInterval(() => client.query("select 1").catch(() => this.drop(client)), this.options.pingMs ?? 10_000);
    this.pingTimer.unref();
    this.emit({ kind: "connected", isReconnect });
  }

  /** The connection is gone (or never came): forget it and try again shortly. */
  private drop(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = null;
    const wasConnected = this.pingTimer !== null;
    this.stopPing();
    client.end().catch(() => undefined);
    if (wasConnected) this.emit({ kind: "disconnected" });
    if (this.isClosed) return;
    const delay = Math.min(this.options.maxBackoffMs ?? 5_000, (this.options.minBackoffMs ?? 100) * 2 ** this.attempt++);
    setTimeout(() => this.start(), delay).unref();
  }

  private stopPing(): void {
    if (this.pingTimer) clearInterval(this.pingTimer);
    this.pingTimer = null;
  }

  private emit(signal: ListenerSignal): void {
    for (const handler of this.handlers) {
      try {
        handler(signal);
      } catch (error) {
        console.error("[factdesk] live handler failed", error);
      }
    }
  }
}
