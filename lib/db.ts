import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { readDbOptions, type DbOptions } from "@/lib/db-options";

// One client per process, made on first use: `next build` imports this module
// without a database. In development Next reloads modules, so the client is kept
// on globalThis to avoid opening a new pool on every edit.
// The replica's client (null: none configured) is kept the same way.
const globalForDb = globalThis as unknown as {
  factdeskDb?: PrismaClient;
  factdeskReplicaDb?: PrismaClient | null;
  factdeskSnapshotPools?: Map<string, pg.Pool>;
  factdeskClientUrls?: WeakMap<PrismaClient, string>;
};
const clientUrls = (globalForDb.factdeskClientUrls ??= new WeakMap());

/**
 * A client on its own pool. Every timeout is bounded, so an outage or an
 * exhausted pool fails fast with an error lib/database-unavailable.ts
 * recognises, and the pool reconnects by itself once the server is back.
 */
export function createDbClient(
  connectionString: string,
  options: DbOptions = readDbOptions(),
  /** Names the connections in pg_stat_activity (a DBA sees which pool is which). */
  applicationName?: string,
): PrismaClient {
  const adapter = new PrismaPg({
    connectionString,
    application_name: applicationName,
    max: options.poolSize,
    connectionTimeoutMillis: options.connectTimeoutMs,
    statement_timeout: options.statementTimeoutMs,
  });
  const client = new PrismaClient({
    adapter,
    transactionOptions: { maxWait: options.connectTimeoutMs, timeout: options.statementTimeoutMs },
  });
  clientUrls.set(client, connectionString);
  return client;
}

/** The server a client of createDbClient (or `db`) talks to: where a read snapshot beside it must connect. */
export function connectionStringOf(client: PrismaClient): string {
  const url = clientUrls.get(client === db ? getClient() : client);
  if (!url) throw new Error("This database client was not made by createDbClient.");
  return url;
}

function getClient(): PrismaClient {
  if (globalForDb.factdeskDb) return globalForDb.factdeskDb;
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set: start the app with `npm start` or set it.");
  }
  const client = createDbClient(connectionString);
  globalForDb.factdeskDb = client;
  return client;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getClient();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

/** What lib/read-replica.ts routes big reads to: DATABASE_REPLICA_URL's client, or null when it is not set. */
export function getReplicaClient(): PrismaClient | null {
  if (globalForDb.factdeskReplicaDb !== undefined) return globalForDb.factdeskReplicaDb;
  const connectionString = process.env.DATABASE_REPLICA_URL?.trim();
  globalForDb.factdeskReplicaDb = connectionString ? createDbClient(connectionString, readDbOptions(), REPLICA_APPLICATION_NAME) : null;
  return globalForDb.factdeskReplicaDb;
}

export const REPLICA_APPLICATION_NAME = "factdesk-replica-reads";

/** Connections a process gives to streamed exports at once, apart from the app's pool. */
export const SNAPSHOT_CONNECTIONS = 4;
/**
 * A client that stops reading for this long loses its download: PostgreSQL
 * ends the session (idle_in_transaction_session_timeout), so a stalled
 * download can neither hold a connection nor hold back vacuum for longer.
 */
export const SNAPSHOT_STALL_TIMEOUT_MS = 60_000;
/** Names these connections in pg_stat_activity, on the primary and on a replica. */
export const SNAPSHOT_APPLICATION_NAME = "factdesk-export-streams";

// int8 as bigint (as Prisma's $queryRaw gives it), so rows map the same way on
// both paths; everything else as pg parses it (timestamptz → Date, jsonb → JSON.parse).
const TYPES = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === pg.types.builtins.INT8 ? (value: string) => BigInt(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/**
 * The pool of lib/read-snapshot.ts's long read-only transactions (streamed
 * exports, decision 033) on this server: apart from the app's pool, and small.
 */
export function getSnapshotPool(connectionString: string): pg.Pool {
  const pools = (globalForDb.factdeskSnapshotPools ??= new Map());
  let pool = pools.get(connectionString);
  if (!pool) {
    const options = readDbOptions();
    pool = new pg.Pool({
      connectionString,
      application_name: SNAPSHOT_APPLICATION_NAME,
      max: SNAPSHOT_CONNECTIONS,
      connectionTimeoutMillis: options.connectTimeoutMs,
      statement_timeout: options.statementTimeoutMs,
      idle_in_transaction_session_timeout: SNAPSHOT_STALL_TIMEOUT_MS,
      types: TYPES,
      // The CLI and scripts exit when their work is done, without closing this.
      allowExitOnIdle: true,
    });
    // An idle connection the server closed: the pool drops it; nothing to tell anyone.
    pool.on("error", () => {});
    pools.set(connectionString, pool);
  }
  return pool;
}

/** Closes the pools (scripts and tests call this so the process can exit). */
export async function disconnectDb(): Promise<void> {
  await globalForDb.factdeskDb?.$disconnect();
  await globalForDb.factdeskReplicaDb?.$disconnect();
  globalForDb.factdeskDb = undefined;
  globalForDb.factdeskReplicaDb = undefined;
  const snapshotPools = [...(globalForDb.factdeskSnapshotPools?.values() ?? [])];
  globalForDb.factdeskSnapshotPools = undefined;
  await Promise.all(snapshotPools.map((pool) => pool.end()));
}

/** The client handed to a `db.$transaction(async (tx) => …)` callback. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
