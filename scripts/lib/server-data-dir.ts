// Where a data folder's embedded PostgreSQL keeps its files: <dataDir>/pg, unless
// we are root and the postgres user (which runs the server) cannot enter the data
// folder, as in a clone under /root. Then under /var/lib/factdesk, in a folder
// named after the data folder's path, so the same clone finds the same server
// data on every start. The app's own files (credentials, secret) stay in <dataDir>.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { canReach, isRoot, readPostgresUser } from "./postgres-user";

/** Root-owned and persistent (not /var/tmp, whose old files systemd may clean away). */
export const ROOT_DATA_DIR = "/var/lib/factdesk";

export function embeddedServerDir(dataDir: string): string {
  const local = path.join(path.resolve(dataDir), "pg");
  if (!isRoot()) return local;
  // No postgres user yet: it will get no group or ownership here, only "others" rights.
  const ids = readPostgresUser() ?? { uid: -1, gid: -1 };
  if (canReach(ids, path.resolve(dataDir))) return local;
  const key = crypto.createHash("sha256").update(path.resolve(dataDir)).digest("hex").slice(0, 16);
  return path.join(ROOT_DATA_DIR, key, "pg");
}

export const isRelocated = (dataDir: string, serverDir: string) => serverDir !== path.join(path.resolve(dataDir), "pg");

/** Deletes a data folder and its server's files, wherever they were placed. */
export function removeDataFolder(dataDir: string): void {
  const serverDir = embeddedServerDir(dataDir);
  fs.rmSync(isRelocated(dataDir, serverDir) ? path.dirname(serverDir) : serverDir, { recursive: true, force: true });
  fs.rmSync(dataDir, { recursive: true, force: true });
}
