// As root, PostgreSQL (which refuses to run as root) runs as the `postgres`
// user; everything it opens must be reachable by that user: its binaries, its
// shared files and its data folder. A clone in a 0700 folder (say /root) is not.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export type UserIds = { uid: number; gid: number };

export const isRoot = () => process.getuid?.() === 0;

/** The postgres user's ids, or null when there is no such user. */
export function readPostgresUser(): UserIds | null {
  try {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8", stdio: "pipe" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8", stdio: "pipe" }).trim());
    return { uid, gid };
  } catch {
    return null;
  }
}

/** The postgres user's ids, creating the user (and group) first when missing. */
export function ensurePostgresUser(): UserIds {
  const read = readPostgresUser;
  const found = read();
  if (found) return found;
  try {
    execFileSync("groupadd", ["--system", "postgres"], { stdio: "pipe" });
  } catch {
    // The group may exist without the user.
  }
  execFileSync("useradd", ["--system", "-g", "postgres", "-M", "-s", "/usr/sbin/nologin", "postgres"], { stdio: "pipe" });
  const made = read();
  if (!made) throw new Error("Could not create the postgres user that runs the embedded PostgreSQL as root; create it (useradd postgres) and start again.");
  return made;
}

/**
 * Whether `ids` may enter every folder on the way to `target` (and `target`
 * itself when it is a folder). Folders that do not exist yet count as reachable
 * when their nearest existing parent is: we make them with mode 0755.
 */
export function canReach(ids: UserIds, target: string): boolean {
  let current = path.resolve(target);
  const chain: string[] = [];
  for (;;) {
    chain.unshift(current);
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const folder of chain) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(folder);
    } catch {
      return true;
    }
    if (!stat.isDirectory()) continue;
    const bit = stat.uid === ids.uid ? 0o100 : stat.gid === ids.gid ? 0o010 : 0o001;
    if ((stat.mode & bit) === 0) return false;
  }
  return true;
}

/**
 * A root-owned folder others may enter but not change, made when missing. One
 * that exists with another owner, or writable by others, is refused: the postgres
 * user would run binaries from it or keep data in it.
 */
export function ensureRootFolder(folder: string, mode = 0o755): void {
  fs.mkdirSync(folder, { recursive: true, mode });
  const stat = fs.statSync(folder);
  if (stat.uid !== 0 || (stat.mode & 0o022) !== 0) {
    throw new Error(`${folder} must belong to root and be writable only by root; remove it and start again.`);
  }
}

/**
 * Runs `place` (making folders, copying binaries for the postgres user); when the
 * system refuses (read-only, full disk), says in one sentence what to do instead.
 */
export function placeForPostgresUser<T>(what: string, where: string, place: () => T): T {
  try {
    return place();
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new Error(
      `As root, PostgreSQL runs as the postgres user, which cannot enter this folder, and ${what} could not be placed in ${where} (${reason}): clone factdesk into a folder other users can enter (say /srv/factdesk), or run it as a normal user.`,
    );
  }
}
