// The two database roles (docs/decisions/010-two-database-roles.md) and the one
// list of privileges the app role gets. These statements are the only place
// the grants are written down: the embedded set-up, every migration run and the
// README (checked by a unit test) all use them.
import type pg from "pg";

export type RoleNames = { owner: string; app: string };
export type RoleLogins = {
  owner: { user: string; password: string };
  app: { user: string; password: string };
};

export const DEFAULT_ROLE_NAMES: RoleNames = { owner: "factdesk_owner", app: "factdesk_app" };

// Tables the app may read and append to, never change: the audit trail.
export const APPEND_ONLY_TABLES = ["AuditEvent"];
// Prisma's bookkeeping, written by migrations only; the app never reads it.
export const MIGRATIONS_TABLE = "_prisma_migrations";

/**
 * What the app role may do with everything the owner has in `schema`: read and
 * write rows, append only to the audit trail; no TRUNCATE, TRIGGER, REFERENCES
 * or MAINTAIN anywhere (REVOKE ALL first), and the same for tables that future
 * migrations create. Run by the owner (or a superuser) after every migration;
 * idempotent.
 */
export function appPrivilegeStatements(names: RoleNames, schema = "public"): string[] {
  const app = quoteIdentifier(names.app);
  const owner = quoteIdentifier(names.owner);
  const inSchema = quoteIdentifier(schema);
  const table = (name: string) => `${inSchema}.${quoteIdentifier(name)}`;
  return [
    `GRANT USAGE ON SCHEMA ${inSchema} TO ${app};`,
    `REVOKE ALL ON ALL TABLES IN SCHEMA ${inSchema} FROM ${app};`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${inSchema} TO ${app};`,
    ...APPEND_ONLY_TABLES.map((name) => `REVOKE UPDATE, DELETE ON ${table(name)} FROM ${app};`),
    `REVOKE ALL ON ${table(MIGRATIONS_TABLE)} FROM ${app};`,
    `REVOKE ALL ON ALL SEQUENCES IN SCHEMA ${inSchema} FROM ${app};`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${inSchema} TO ${app};`,
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA ${inSchema} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app};`,
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA ${inSchema} GRANT USAGE, SELECT ON SEQUENCES TO ${app};`,
  ];
}

/**
 * Runs appPrivilegeStatements in one transaction on `client` (connected to the
 * app's database as the owner or a superuser). Before the first migration there
 * is nothing to grant on, and the statements naming the audit table would fail:
 * it is skipped then (the migration run that follows grants).
 */
export async function grantAppPrivileges(client: pg.ClientBase, names: RoleNames, schema = "public"): Promise<boolean> {
  const auditTable = `${quoteIdentifier(schema)}.${quoteIdentifier(APPEND_ONLY_TABLES[0])}`;
  const migrationsTable = `${quoteIdentifier(schema)}.${quoteIdentifier(MIGRATIONS_TABLE)}`;
  const { rows } = await client.query<{ isReady: boolean }>(
    `select to_regclass($1) is not null and to_regclass($2) is not null as "isReady"`,
    [auditTable, migrationsTable],
  );
  if (!rows[0].isReady) return false;
  // One simple query is one implicit transaction: the app never sees the moment
  // between REVOKE ALL and GRANT. The lock keeps two runs from interleaving.
  await client.query(
    [`SELECT pg_advisory_xact_lock(hashtext('factdesk.grant-app-privileges'));`, ...appPrivilegeStatements(names, schema)].join("\n"),
  );
  return true;
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export function quoteLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
