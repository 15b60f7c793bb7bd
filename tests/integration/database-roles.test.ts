// The app role, as the database enforces it: it reads and appends to the audit
// trail and can do nothing else to it, owns nothing, and is not a superuser.
// The start-up check refuses the owner role, and new tables get the same rules.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { checkDatabaseRole, readRoleFacts } from "../../scripts/lib/database-role-check";
import { grantAppPrivilegesAsOwner } from "../../scripts/lib/migrate-database";
import { runSql } from "../support/scratch-database";

const appUrl = inject("databaseUrl");
const ownerUrl = inject("ownerDatabaseUrl");

describe("the app role", () => {
  const client = new pg.Client({ connectionString: appUrl });

  // One transaction, rolled back at the end: an audit row, once committed, could
  // never be removed, and other files count them.
  beforeAll(async () => {
    await client.connect();
    await client.query("BEGIN");
  });

  afterAll(async () => {
    await client.query("ROLLBACK");
    await client.end();
  });

  // Each statement runs under a savepoint so the transaction survives its error.
  async function attempt(sql: string): Promise<pg.QueryResult> {
    await client.query("SAVEPOINT attempt");
    try {
      const result = await client.query(sql);
      await client.query("RELEASE SAVEPOINT attempt");
      return result;
    } catch (error) {
      await client.query("ROLLBACK TO SAVEPOINT attempt");
      throw error;
    }
  }

  it('may insert into and select from "AuditEvent"', async () => {
    await attempt(
      `INSERT INTO "AuditEvent" ("actorLabel", "action", "entityType", "entityId")
       VALUES ('system', 'test.app_role', 'test', 'database-roles-test')`,
    );
    const { rows } = await attempt(`SELECT "action" FROM "AuditEvent" WHERE "entityId" = 'database-roles-test'`);
    expect(rows).toEqual([{ action: "test.app_role" }]);
  });

  it.each([
    ["UPDATE", `UPDATE "AuditEvent" SET "action" = 'rewritten'`],
    ["DELETE", `DELETE FROM "AuditEvent"`],
    ["TRUNCATE", `TRUNCATE "AuditEvent"`],
    ["DISABLE TRIGGER ALL", `ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL`],
    ["DISABLE TRIGGER by name", `ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_no_update_or_delete"`],
    ["DROP TRIGGER", `DROP TRIGGER "AuditEvent_no_truncate" ON "AuditEvent"`],
    ["DROP TABLE", `DROP TABLE "AuditEvent"`],
    ["CREATE TRIGGER", `CREATE TRIGGER t BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION "audit_event_is_append_only"()`],
    ["session_replication_role", `SET session_replication_role = replica`],
    ["CREATE TABLE in public", `CREATE TABLE public.app_role_table (id int)`],
    ["reading _prisma_migrations", `SELECT * FROM "_prisma_migrations"`],
  ])("is refused %s", async (_what, sql) => {
    await expect(attempt(sql)).rejects.toThrow(/permission denied|must be owner/);
  });

  it("is not a superuser and cannot create databases or roles", async () => {
    const { rows } = await attempt(
      `SELECT rolsuper, rolcreatedb, rolcreaterole, rolreplication, rolbypassrls FROM pg_roles WHERE rolname = current_user`,
    );
    expect(rows).toEqual([{ rolsuper: false, rolcreatedb: false, rolcreaterole: false, rolreplication: false, rolbypassrls: false }]);
  });

  it("owns nothing in the database", async () => {
    const { rows } = await attempt(`
      SELECT 'relation ' || relname AS object FROM pg_class WHERE relowner = current_user::regrole
      UNION ALL SELECT 'routine ' || proname FROM pg_proc WHERE proowner = current_user::regrole
      UNION ALL SELECT 'type ' || typname FROM pg_type WHERE typowner = current_user::regrole
      UNION ALL SELECT 'schema ' || nspname FROM pg_namespace WHERE nspowner = current_user::regrole
      UNION ALL SELECT 'database ' || datname FROM pg_database WHERE datdba = current_user::regrole`);
    expect(rows).toEqual([]);
  });

  it("holds no audit-rewriting power, and passes the start-up check", async () => {
    expect(await readRoleFacts(appUrl)).toMatchObject({
      isSuperuser: false,
      ownsAuditTable: false,
      auditPrivileges: [],
      canSetReplicationRole: false,
    });
    await expect(checkDatabaseRole(appUrl, {})).resolves.toBeUndefined();
  });
});

describe("the start-up check", () => {
  it("refuses the owner role in one sentence that names the fix", async () => {
    const error = await checkDatabaseRole(ownerUrl, {}).then(() => null, (e: Error) => e);
    expect(error?.message).toMatch(/^DATABASE_URL connects as "[^"]+", which can rewrite the audit trail \(it owns "AuditEvent"/);
    expect(error?.message).toMatch(/DATABASE_OWNER_URL .* FACTDESK_ALLOW_OWNER_ROLE=1 to run anyway\.$/);
  });

  it("only warns about the owner role with FACTDESK_ALLOW_OWNER_ROLE=1", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      await expect(checkDatabaseRole(ownerUrl, { FACTDESK_ALLOW_OWNER_ROLE: "1" })).resolves.toBeUndefined();
      expect(warn).toHaveBeenCalledWith(expect.stringContaining("running anyway because FACTDESK_ALLOW_OWNER_ROLE=1"));
    } finally {
      warn.mockRestore();
    }
  });
});

// Another migration will add tables (a hash chain for the audit trail, say):
// they get the app's grants from the step every migration run ends with, and
// from the owner's default privileges even where migrations ran some other way.
describe("tables that later migrations add", () => {
  const tables = ['"RolesTestGranted"', '"RolesTestDefault"'];

  const asRole = runSql;

  afterAll(async () => {
    for (const table of tables) await asRole(ownerUrl, `DROP TABLE IF EXISTS ${table}`);
  });

  it("get the app's privileges from the grant step, still without TRUNCATE", async () => {
    await asRole(ownerUrl, `CREATE TABLE ${tables[0]} (id serial PRIMARY KEY, note text)`);
    await grantAppPrivilegesAsOwner({ url: appUrl, ownerUrl });
    await asRole(appUrl, `INSERT INTO ${tables[0]} (note) VALUES ('a')`);
    await asRole(appUrl, `UPDATE ${tables[0]} SET note = 'b'`);
    expect(await asRole(appUrl, `DELETE FROM ${tables[0]} RETURNING note`)).toEqual([{ note: "b" }]);
    await expect(asRole(appUrl, `TRUNCATE ${tables[0]}`)).rejects.toThrow(/permission denied/);
  });

  it("get them from the default privileges before any grant step", async () => {
    await asRole(ownerUrl, `CREATE TABLE ${tables[1]} (id serial PRIMARY KEY, note text)`);
    await asRole(appUrl, `INSERT INTO ${tables[1]} (note) VALUES ('a')`);
    expect(await asRole(appUrl, `SELECT note FROM ${tables[1]}`)).toEqual([{ note: "a" }]);
    await expect(asRole(appUrl, `ALTER TABLE ${tables[1]} ADD COLUMN x int`)).rejects.toThrow(/must be owner/);
  });
});
