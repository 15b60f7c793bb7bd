import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { embeddedServerDir, readyEmbeddedDatabase, startEmbeddedDatabase } from "./embedded-database";
import { isProcessAlive, readRunningServer, stopOrphanedServer } from "./embedded-postgres";
import { findFreePort } from "./ports";

/** The data folder (FACTDESK_DATA_DIR, default .data), read when used so callers may set it first. */
export function dataDir(): string {
  return path.resolve(process.env.FACTDESK_DATA_DIR ?? ".data");
}
const embeddedDir = () => embeddedServerDir(dataDir());
export const EMBEDDED_DATABASE = "factdesk";
const PREFERRED_EMBEDDED_PORT = 54329;
// The pid of the `npm start` / `npm run dev` process that owns the embedded server.
const ownerFile = () => path.join(dataDir(), "app.pid");

export type OpenDatabase = {
  /** The app role's URL: what `next start` and the CLIs that read or append use. */
  url: string;
  /** The owner role's URL: what migrations use (DATABASE_URL when DATABASE_OWNER_URL is unset). */
  ownerUrl: string;
  /** True when this process started an embedded server (and so must stop it). */
  isStartedHere: boolean;
  /** True when this app server joined an embedded server another instance started. */
  isJoined?: boolean;
  close: () => Promise<void>;
};

/**
 * The database the app uses: DATABASE_URL (app role) and DATABASE_OWNER_URL
 * when set; otherwise the embedded PostgreSQL in .data/pg, reused when another
 * process (say `npm start`) already runs it, started here when not.
 */
export async function openDatabase(
  options: { isAppServer?: boolean } = {},
): Promise<OpenDatabase> {
  const externalUrl = process.env.DATABASE_URL;
  if (externalUrl) {
    const ownerUrl = process.env.DATABASE_OWNER_URL || externalUrl;
    await assertReachable(externalUrl, "DATABASE_URL");
    if (ownerUrl !== externalUrl) await assertReachable(ownerUrl, "DATABASE_OWNER_URL");
    return { url: externalUrl, ownerUrl, isStartedHere: false, close: async () => {} };
  }
  const running = readRunningServer(embeddedDir());
  const owner = readOwner();
  const hasLiveOwner = owner !== null && owner !== process.pid && isProcessAlive(owner);
  if (running && options.isAppServer && !hasLiveOwner) {
    // A server left behind by an app that was killed: stop it and start our own.
    await stopOrphanedServer(running.pid);
  } else if (running) {
    // Another app instance (or a CLI) on a running server: join it. The instance
    // that started it owns it and stops it (README, "More than one instance").
    const { appUrl, ownerUrl } = await readyEmbeddedDatabase({
      dataDir: dataDir(),
      port: running.port,
      database: EMBEDDED_DATABASE,
    });
    return { url: appUrl, ownerUrl, isStartedHere: false, isJoined: options.isAppServer === true, close: async () => {} };
  }
  const port = await findFreePort(PREFERRED_EMBEDDED_PORT);
  const server = await startEmbeddedDatabase({
    dataDir: dataDir(),
    port,
    persistent: true,
    database: EMBEDDED_DATABASE,
  });
  if (options.isAppServer) fs.writeFileSync(ownerFile(), String(process.pid));
  const close = async () => {
    if (options.isAppServer) fs.rmSync(ownerFile(), { force: true });
    await server.stop();
  };
  return { url: server.appUrl, ownerUrl: server.ownerUrl, isStartedHere: true, close };
}

/** Runs `work` with the app's database open, and stops an embedded server it started. */
export async function withDatabase<T>(work: (database: OpenDatabase) => Promise<T>): Promise<T> {
  const database = await openDatabase();
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

async function assertReachable(url: string, variable: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    const host = safeHost(url);
    throw new Error(
      `Cannot reach the database at ${host} (${variable}): ${(error as Error).message}`,
    );
  } finally {
    await client.end().catch(() => {});
  }
}

function safeHost(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    return "an unparseable URL";
  }
}

function readOwner(): number | null {
  if (!fs.existsSync(ownerFile())) return null;
  const pid = Number(fs.readFileSync(ownerFile(), "utf8").trim());
  return pid > 0 ? pid : null;
}
