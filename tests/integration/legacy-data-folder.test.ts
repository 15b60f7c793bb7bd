// A data folder made before the two roles (superuser "postgres" with the old
// constant password, every table owned by it) keeps working: its next start
// creates the roles, hands everything to the owner, gives the superuser the
// folder's own random password, and records the cluster's identity.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { credentialsFile, readCredentials } from "../../scripts/lib/database-credentials";
import { checkDatabaseRole } from "../../scripts/lib/database-role-check";
import { embeddedServerDir, startEmbeddedDatabase, type EmbeddedDatabase } from "../../scripts/lib/embedded-database";
import { ensureDatabaseExists, LEGACY_SUPERUSER_PASSWORD, startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import { migrateDatabase } from "../../scripts/lib/migrate-database";
import { applyMigrations } from "../../scripts/lib/migration-engine";
import { findFreePort } from "../../scripts/lib/ports";
import { runSql } from "../support/scratch-database";

const dataDir = path.resolve(".test-data", `legacy-folder-${process.pid}`);
const DATABASE = "factdesk";
let port: number;
let upgraded: EmbeddedDatabase & { stop: () => Promise<void> };

const query = runSql;

beforeAll(async () => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  port = await findFreePort();
  // What the code before the two roles made: one superuser, the constant password.
  const old = await startEmbeddedPostgres({
    dataDir: embeddedServerDir(dataDir),
    port,
    persistent: true,
    superuserPassword: LEGACY_SUPERUSER_PASSWORD,
  });
  await ensureDatabaseExists(old.adminUrl(), DATABASE);
  await applyMigrations(old.adminUrl(DATABASE));
  await query(old.adminUrl(DATABASE), `INSERT INTO "AuditEvent" ("actorLabel", "action", "entityType", "entityId") VALUES ('system', 'test.legacy', 'test', 'legacy')`);
  await old.stop();
  upgraded = await startEmbeddedDatabase({ dataDir, port, persistent: false, database: DATABASE });
  await migrateDatabase({ url: upgraded.appUrl, ownerUrl: upgraded.ownerUrl });
}, 60_000);

afterAll(async () => {
  await upgraded?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("a data folder made before the two roles", () => {
  it("gets its own random passwords in a 0600 file, and the old constant no longer signs in", async () => {
    const file = credentialsFile(dataDir);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const credentials = readCredentials(file)!;
    expect(credentials.superuser.password).not.toBe(LEGACY_SUPERUSER_PASSWORD);
    expect(credentials.systemIdentifier).toMatch(/^\d+$/);
    const legacy = new pg.Client({ connectionString: `postgresql://postgres:${LEGACY_SUPERUSER_PASSWORD}@127.0.0.1:${port}/postgres` });
    await expect(legacy.connect()).rejects.toThrow(/password authentication failed/);
    await legacy.end().catch(() => {});
  });

  it("has every table, sequence, function and enum owned by the owner role", async () => {
    const owners = await query<{ owner: string }>(upgraded.ownerUrl, `
      SELECT DISTINCT relowner::regrole::text AS owner FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'S')
      UNION SELECT DISTINCT proowner::regrole::text FROM pg_proc WHERE proname = 'audit_event_is_append_only'
      UNION SELECT DISTINCT typowner::regrole::text FROM pg_type WHERE typnamespace = 'public'::regnamespace AND typtype = 'e'
      UNION SELECT datdba::regrole::text FROM pg_database WHERE datname = current_database()`);
    expect(owners).toEqual([{ owner: "factdesk_owner" }]);
  });

  it("serves the app role: it reads the old rows, appends, cannot rewrite, and passes the start-up check", async () => {
    expect(await query(upgraded.appUrl, `SELECT "action" FROM "AuditEvent"`)).toEqual([{ action: "test.legacy" }]);
    await query(upgraded.appUrl, `INSERT INTO "AuditEvent" ("actorLabel", "action", "entityType", "entityId") VALUES ('system', 'test.after', 'test', 'legacy')`);
    await expect(query(upgraded.appUrl, `DELETE FROM "AuditEvent"`)).rejects.toThrow(/permission denied/);
    await expect(checkDatabaseRole(upgraded.appUrl, {})).resolves.toBeUndefined();
  });
});
