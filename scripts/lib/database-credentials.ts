// The embedded server's logins, one set per data folder: made with random
// passwords the first time the folder is used, so no two installs share one.
// Kept beside the database (mode 0600); losing the file locks the data out.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { DEFAULT_ROLE_NAMES, type RoleLogins } from "./database-roles";
import { EMBEDDED_SUPERUSER } from "./embedded-postgres";

export type Login = { user: string; password: string };

export type EmbeddedCredentials = RoleLogins & {
  superuser: Login;
  /** pg_control_system().system_identifier of the cluster made for this folder. */
  systemIdentifier?: string;
  /**
   * What initdb was given, until replaced by `superuser.password`: initdb reads
   * it from a file embedded-postgres leaves readable in the temp folder.
   */
  initialSuperuserPassword?: string;
};

export function credentialsFile(dataDir: string): string {
  return path.join(dataDir, "db-credentials.json");
}

export function randomPassword(): string {
  return crypto.randomBytes(24).toString("base64url");
}

/** Owner and app logins with fresh random passwords. */
export function newRoleLogins(names = DEFAULT_ROLE_NAMES): RoleLogins {
  return {
    owner: { user: names.owner, password: randomPassword() },
    app: { user: names.app, password: randomPassword() },
  };
}

/** The folder's credentials; null when it has none yet. */
export function readCredentials(file: string): EmbeddedCredentials | null {
  if (!fs.existsSync(file)) return null;
  const parsed = JSON.parse(fs.readFileSync(file, "utf8")) as Partial<EmbeddedCredentials>;
  for (const key of ["superuser", "owner", "app"] as const) {
    if (typeof parsed[key]?.user !== "string" || typeof parsed[key]?.password !== "string") {
      throw new Error(`${file} has no "${key}" login: restore the file, or move the data folder away to start afresh.`);
    }
  }
  return parsed as EmbeddedCredentials;
}

/** The folder's credentials, made with random passwords when it has none. */
export function readOrCreateCredentials(file: string): EmbeddedCredentials {
  const existing = readCredentials(file);
  if (existing) return existing;
  const credentials: EmbeddedCredentials = {
    superuser: { user: EMBEDDED_SUPERUSER, password: randomPassword() },
    ...newRoleLogins(),
  };
  // link() fails when the file exists: of two first starts at once, one wins
  // and the other reads what the winner wrote.
  const temporary = writeTemporary(file, credentials);
  try {
    fs.linkSync(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return readCredentials(file)!;
  } finally {
    fs.rmSync(temporary, { force: true });
  }
  return credentials;
}

/** Replaces the file whole (rename), so a reader never sees half of it. */
export function writeCredentials(file: string, credentials: EmbeddedCredentials): void {
  fs.renameSync(writeTemporary(file, credentials), file);
}

function writeTemporary(file: string, credentials: EmbeddedCredentials): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${crypto.randomBytes(4).toString("hex")}`;
  fs.writeFileSync(temporary, JSON.stringify(credentials, null, 2) + "\n", { mode: 0o600 });
  // The mode given to writeFileSync is narrowed by the umask, never widened; chmod
  // makes 0600 certain whatever the umask.
  fs.chmodSync(temporary, 0o600);
  return temporary;
}
