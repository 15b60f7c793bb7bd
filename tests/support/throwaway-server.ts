// A second embedded PostgreSQL for tests that stop and start a server: the
// suite's shared one (tests/setup/global-database.ts) must keep running. Same
// start code as the app, migrated as the app does it, on its own port and folder.
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { startEmbeddedDatabase } from "../../scripts/lib/embedded-database";
import { migrateDatabase } from "../../scripts/lib/migrate-database";
import { findFreePort } from "../../scripts/lib/ports";
import { removeDataFolder } from "../../scripts/lib/server-data-dir";

export type ThrowawayServer = {
  appUrl: string;
  stop: () => Promise<void>;
  /** Starts the stopped server again: same folder, same port, same data. */
  start: () => Promise<void>;
  remove: () => Promise<void>;
};

export async function startThrowawayServer(name: string): Promise<ThrowawayServer> {
  const dataDir = path.resolve(".test-data", `${name}-${process.pid}`);
  removeDataFolder(dataDir);
  const port = await findFreePort();
  const open = () => startEmbeddedDatabase({ dataDir, port, persistent: true, database: "factdesk" });
  let server: Awaited<ReturnType<typeof open>> | null = await open();
  await migrateDatabase({ url: server.appUrl, ownerUrl: server.ownerUrl });
  const appUrl = server.appUrl;
  const stop = async () => {
    await server?.stop();
    server = null;
  };
  return {
    appUrl,
    stop,
    start: async () => {
      server = await open();
    },
    remove: async () => {
      await stop();
      removeDataFolder(dataDir);
    },
  };
}

const globalForDb = globalThis as unknown as { factdeskDb?: PrismaClient };

/**
 * Runs `work` with lib/db's `db` (what every use case and route uses) on
 * `client`, then puts the suite's client back. lib/db keeps its one client on
 * globalThis.factdeskDb; this swaps that slot.
 */
export async function withDbClient<T>(client: PrismaClient, work: () => Promise<T>): Promise<T> {
  const previous = globalForDb.factdeskDb;
  globalForDb.factdeskDb = client;
  try {
    return await work();
  } finally {
    globalForDb.factdeskDb = previous;
  }
}
