// The migrations themselves: no drift from schema.prisma, idempotent apply,
// and the hand-written part of the first migration (append-only audit trail).
// They run as the owner role, as every migration does; the trigger is tested as
// the owner too, since the app role is refused before the trigger ever fires
// (database-roles.test.ts).
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { applyMigrations, diffMigrationsToSchema } from "../../scripts/lib/migration-engine";

const ownerUrl = inject("ownerDatabaseUrl");

describe("migrations", () => {
  it("build exactly what schema.prisma describes (add a migration with `npm run db:diff -- --name …`)", async () => {
    const { isInSync, script } = await diffMigrationsToSchema(ownerUrl);
    // On failure the message shows the SQL that no migration has yet.
    expect(isInSync, script).toBe(true);
  });

  it("apply nothing a second time", async () => {
    expect(await applyMigrations(ownerUrl)).toEqual([]);
  });
});

describe('"AuditEvent" is append-only, even for its owner', () => {
  const client = new pg.Client({ connectionString: ownerUrl });

  // Everything runs in a transaction that is rolled back: an audit row, once
  // committed, could never be removed, and other files count them.
  beforeAll(async () => {
    await client.connect();
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO "AuditEvent" ("actorLabel", "action", "entityType", "entityId")
       VALUES ('system', 'test.append_only', 'test', 'migrations-test')`,
    );
  });

  afterAll(async () => {
    await client.query("ROLLBACK");
    await client.end();
  });

  // Each statement runs under a savepoint so the transaction survives its error.
  async function attempt(sql: string): Promise<unknown> {
    await client.query("SAVEPOINT attempt");
    try {
      return await client.query(sql);
    } finally {
      await client.query("ROLLBACK TO SAVEPOINT attempt");
    }
  }

  it.each([
    ["UPDATE", `UPDATE "AuditEvent" SET "action" = 'rewritten' WHERE "entityId" = 'migrations-test'`],
    ["DELETE", `DELETE FROM "AuditEvent" WHERE "entityId" = 'migrations-test'`],
    ["TRUNCATE", `TRUNCATE "AuditEvent"`],
  ])("refuses %s", async (_operation, sql) => {
    await expect(attempt(sql)).rejects.toThrow(/audit events are append-only/);
    const { rows } = await client.query(
      `SELECT "action" FROM "AuditEvent" WHERE "entityId" = 'migrations-test'`,
    );
    expect(rows).toEqual([{ action: "test.append_only" }]);
  });
});
