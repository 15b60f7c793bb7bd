import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { readDbOptions, type DbOptions } from "@/lib/db-options";

// One client per process, made on first use: `next build` imports this module
// without a database. In development Next reloads modules, so the client is kept
// on globalThis to avoid opening a new pool on every edit.
const globalForDb = globalThis as unknown as { factdeskDb?: PrismaClient };

/**
 * A client on its own pool. Every timeout is bounded, so an outage or an
 * exhausted pool fails fast with an error lib/database-unavailable.ts
 * recognises, and the pool reconnects by itself once the server is back.
 */
export function createDbClient(connectionString: string, options: DbOptions = readDbOptions()): PrismaClient {
  const adapter = new PrismaPg({
    connectionString,
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

/** Closes the pool (scripts and tests call this so the process can exit). */
export async function disconnectDb(): Promise<void> {
  await globalForDb.factdeskDb?.$disconnect();
  globalForDb.factdeskDb = undefined;
}

/** The client handed to a `db.$transaction(async (tx) => …)` callback. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
