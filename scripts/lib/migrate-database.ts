// Every migration run (npm start, db:migrate, the integration tests): apply the
// pending migrations as the owner, then give the app role its privileges on
// whatever tables now exist. Grants are not a migration: role names differ
// between installs, and `prisma migrate deploy` must run the migrations anywhere
// (docs/decisions/010-two-database-roles.md).
import pg from "pg";
import { grantAppPrivileges } from "./database-roles";
import { applyMigrations } from "./migration-engine";

/** Returns the names of the migrations applied. */
export async function migrateDatabase(database: { url: string; ownerUrl: string }): Promise<string[]> {
  const applied = await applyMigrations(database.ownerUrl).catch((error: Error) => {
    throw withOwnerHint(error);
  });
  await grantAppPrivilegesAsOwner(database);
  return applied;
}

/** A migration refused for want of rights most likely ran as the app role. */
function withOwnerHint(error: Error): Error {
  if (!/permission denied|must be owner/.test(error.message)) return error;
  return new Error(
    `${error.message} (migrations run as the role that owns the tables: set DATABASE_OWNER_URL to it, see README "Database roles")`,
    { cause: error },
  );
}

/**
 * The owner is whoever `ownerUrl` signs in as, the app role whoever `url` does.
 * When they are one role (DATABASE_URL without DATABASE_OWNER_URL) there is no
 * one to grant to, and revoking from the owner would strip its own rights: the
 * start-up role check reports that set-up instead.
 */
export async function grantAppPrivilegesAsOwner(database: { url: string; ownerUrl: string }): Promise<void> {
  const client = new pg.Client({ connectionString: database.ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ owner: string }>(`select current_user as owner`);
    const app = userOf(database.url);
    if (!app || app === rows[0].owner) return;
    await grantAppPrivileges(client, { owner: rows[0].owner, app }, migratedSchema(database.ownerUrl));
  } finally {
    await client.end();
  }
}

/** Prisma's `?schema=` parameter, as the migrations read it (default public). */
function migratedSchema(url: string): string {
  try {
    return new URL(url).searchParams.get("schema") ?? "public";
  } catch {
    return "public";
  }
}

/** The user a connection string signs in as, parsed by pg itself (PGUSER and all). */
function userOf(url: string): string | undefined {
  return new pg.Client({ connectionString: url }).user;
}
