// The start-up check of the app's own database role: a role that could alter
// or empty the audit trail is refused (FACTDESK_ALLOW_OWNER_ROLE=1 turns the
// refusal into a loud warning). The decision is a pure function of what the
// database reports, so it is unit-tested without a server.
import pg from "pg";

export type RoleFacts = {
  role: string;
  isSuperuser: boolean;
  /** Owns "AuditEvent", or is a member of the role that does (and may become it). */
  ownsAuditTable: boolean;
  /** Which of UPDATE, DELETE, TRUNCATE, TRIGGER it holds on "AuditEvent". */
  auditPrivileges: string[];
  canSetReplicationRole: boolean;
};

export type RoleVerdict = { kind: "ok" } | { kind: "refuse" | "warn"; message: string };

export const ALLOW_OWNER_ROLE_VARIABLE = "FACTDESK_ALLOW_OWNER_ROLE";

export function judgeDatabaseRole(facts: RoleFacts, options: { isOwnerRoleAllowed: boolean }): RoleVerdict {
  const powers = [
    facts.isSuperuser && "is a superuser",
    facts.ownsAuditTable && 'owns "AuditEvent"',
    facts.auditPrivileges.length > 0 && `may ${facts.auditPrivileges.join(", ")} "AuditEvent"`,
    facts.canSetReplicationRole && "may set session_replication_role",
  ].filter((power): power is string => typeof power === "string");
  if (powers.length === 0) return { kind: "ok" };
  const problem = `DATABASE_URL connects as "${facts.role}", which can rewrite the audit trail (it ${powers.join(", ")})`;
  if (options.isOwnerRoleAllowed) {
    return { kind: "warn", message: `WARNING: ${problem}; running anyway because ${ALLOW_OWNER_ROLE_VARIABLE}=1.` };
  }
  return {
    kind: "refuse",
    message: `${problem}: set DATABASE_URL to the app role and DATABASE_OWNER_URL to the owner role (README, "Database roles"), or set ${ALLOW_OWNER_ROLE_VARIABLE}=1 to run anyway.`,
  };
}

/** What `url`'s role may do to the audit trail, as the database itself answers. */
export async function readRoleFacts(url: string): Promise<RoleFacts> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<RoleFacts & { hasAuditTable: boolean; version: number }>(ROLE_FACTS);
    const facts = rows[0];
    if (!facts.hasAuditTable) {
      throw new Error('The database has no "AuditEvent" table: apply the migrations (npm run db:migrate) first.');
    }
    // Granting SET on a superuser-only parameter exists from PostgreSQL 15 on.
    let canSetReplicationRole = facts.isSuperuser;
    if (!canSetReplicationRole && facts.version >= 150000) {
      const granted = await client.query<{ can: boolean }>(
        `select has_parameter_privilege('session_replication_role', 'SET') as can`,
      );
      canSetReplicationRole = granted.rows[0].can;
    }
    const { role, isSuperuser, ownsAuditTable, auditPrivileges } = facts;
    return { role, isSuperuser, ownsAuditTable, auditPrivileges, canSetReplicationRole };
  } finally {
    await client.end();
  }
}

const ROLE_FACTS = `
  select current_user as role,
         r.rolsuper as "isSuperuser",
         current_setting('server_version_num')::int as version,
         c.oid is not null as "hasAuditTable",
         coalesce(pg_has_role(current_user, c.relowner, 'MEMBER'), false) as "ownsAuditTable",
         array_remove(array[
           case when has_table_privilege(c.oid, 'UPDATE') then 'UPDATE' end,
           case when has_table_privilege(c.oid, 'DELETE') then 'DELETE' end,
           case when has_table_privilege(c.oid, 'TRUNCATE') then 'TRUNCATE' end,
           case when has_table_privilege(c.oid, 'TRIGGER') then 'TRIGGER' end
         ], null) as "auditPrivileges"
  from pg_roles r
  left join pg_class c on c.oid = to_regclass('"AuditEvent"')
  where r.rolname = current_user`;

/**
 * Refuses (throws the one-sentence message) or warns, per judgeDatabaseRole.
 * `env` is read for FACTDESK_ALLOW_OWNER_ROLE.
 */
export async function checkDatabaseRole(url: string, env: Record<string, string | undefined> = process.env): Promise<void> {
  const verdict = judgeDatabaseRole(await readRoleFacts(url), { isOwnerRoleAllowed: env[ALLOW_OWNER_ROLE_VARIABLE] === "1" });
  if (verdict.kind === "refuse") throw new Error(verdict.message);
  if (verdict.kind === "warn") console.warn(`\n${"!".repeat(72)}\n${verdict.message}\n${"!".repeat(72)}\n`);
}
