// A backup reads every table as of one instant: a row committed by someone else
// after the snapshot was taken is not in it, even though it is read later.
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openSnapshot, streamRows } from "../../scripts/lib/backup/read-snapshot";
import { runSql } from "../support/scratch-database";

const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
beforeAll(() => client.connect());
afterAll(() => client.end());

const insertEvent = (entityId: string) =>
  runSql<{ id: string }>(
    process.env.DATABASE_URL!,
    `insert into "AuditEvent" ("actorLabel", action, "entityType", "entityId")
     values ('system', 'test.snapshot', 'test', $1) returning id::text as id`,
    [entityId],
  );

it("leaves out rows committed after the snapshot was taken", async () => {
  const [before] = await insertEvent("before-snapshot");
  const { tables } = await openSnapshot(client);
  const [after] = await insertEvent("after-snapshot"); // another connection, committed
  const audit = tables.find((table) => table.name === "AuditEvent")!;
  const ids: string[] = [];
  for await (const batch of streamRows(client, audit)) ids.push(...batch.map((row) => row[0]!));
  await client.query("COMMIT");
  expect(ids).toContain(before.id);
  expect(ids).not.toContain(after.id);
});
