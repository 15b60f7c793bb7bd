// The migrations themselves: no drift from schema.prisma, idempotent apply,
// and the hand-written part of the first migration (append-only audit trail).
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, diffMigrationsToSchema } from "../../scripts/lib/migration-engine";

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run through the integration project.");
  return url;
}

describe("migrations", () => {
  it("build exactly what schema.prisma describes (add a migration with `npm run db:diff -- --name …`)", async () => {
    const { isInSync, script } = await diffMigrationsToSchema(databaseUrl());
    // On failure the message shows the SQL that no migration has yet.
    expect(isInSync, script).toBe(true);
  });

  it("apply nothing a second time", async () => {
    expect(await applyMigrations(databaseUrl())).toEqual([]);
  });
});

describe('"AuditEvent" is append-only', () => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });

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
