import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { readDbOptions, type DbOptions } from "@/lib/db-options";

// One client per process, made on first use: `next build` imports this module
// without a database. In development Next reloads modules, so the client is kept
// on globalThis to avoid opening a new pool on every edit.
// The replica's client (null: none configured) is kept the same way.
const globalForDb = globalThis as unknown as { factdeskDb?: PrismaClient; factdeskReplicaDb?: PrismaClient | null };

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
  return new PrismaClient({
    adapter,
    transactionOptions: { maxWait: options.connectTimeoutMs, timeout: options.statementTimeoutMs },
  });
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

/** Closes the pools (scripts and tests call this so the process can exit). */
export async function disconnectDb(): Promise<void> {
  await globalForDb.factdeskDb?.$disconnect();
  await globalForDb.factdeskReplicaDb?.$disconnect();
  globalForDb.factdeskDb = undefined;
  globalForDb.factdeskReplicaDb = undefined;
}

/** The client handed to a `db.$transaction(async (tx) => …)` callback. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
