// Stops and starts the embedded PostgreSQL under the app that the e2e run
// started (found through its data folder's postmaster.pid), for the outage spec:
// the same binaries, user, folder, port and flags as scripts/lib/embedded-postgres.ts.
import type { ChildProcess } from "node:child_process";
import path from "node:path";
import { EMBEDDED_SERVER_FLAGS, isProcessAlive, readRunningServer } from "../../scripts/lib/embedded-postgres";
import { locateBinaries } from "../../scripts/lib/postgres-binaries";
import { startServer, stopServer } from "../../scripts/lib/postgres-process";
import { ensurePostgresUser, isRoot } from "../../scripts/lib/postgres-user";
import { embeddedServerDir } from "../../scripts/lib/server-data-dir";

const serverDir = () => embeddedServerDir(path.resolve(process.env.FACTDESK_DATA_DIR ?? ".test-data/e2e"));

/** Fast shutdown of the running server; resolves once it has exited. Returns its port. */
export async function stopDatabaseServer(): Promise<number> {
  const running = readRunningServer(serverDir());
  if (!running) throw new Error(`No PostgreSQL runs on ${serverDir()}.`);
  process.kill(running.pid, "SIGINT");
  for (let waited = 0; isProcessAlive(running.pid); waited += 100) {
    if (waited > 15_000) throw new Error(`PostgreSQL (process ${running.pid}) did not stop.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return running.port;
}

/** Starts it again on `port`; the returned stop ends it (the app's own stop no longer can). */
export async function startDatabaseServer(port: number): Promise<() => Promise<void>> {
  const runAs = isRoot() ? ensurePostgresUser() : undefined;
  const child: ChildProcess = await startServer({
    binaries: locateBinaries(runAs),
    dataDir: serverDir(),
    port,
    flags: EMBEDDED_SERVER_FLAGS,
    runAs,
    onLog: () => {},
  });
  return () => stopServer(child);
}
