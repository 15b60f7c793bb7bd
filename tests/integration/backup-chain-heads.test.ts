// Backups of an audit trail whose rows a trigger fills in on INSERT (as the hash
// chain does): a restore must load the archived values, not let the trigger
// compute new ones, and the manifest's chain heads must come out the same.
// Simulated here with a "hash" column and a trigger that writes a random value.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { restoreBackup } from "../../scripts/lib/backup/restore-backup";
import { verifyArchive } from "../../scripts/lib/backup/scan-archive";
import { writeBackup } from "../../scripts/lib/backup/write-backup";
import { applyMigrations } from "../../scripts/lib/migration-engine";
import { createScratchDatabase, readAllRows, runSql, type ScratchDatabase } from "../support/scratch-database";

const CHAIN_LIKE_TRIGGER = `
  alter table "AuditEvent" add column "hash" text;
  create function test_fill_hash() returns trigger language plpgsql as $$
    begin new."hash" := md5(random()::text); return new; end $$;
  create trigger "AuditEvent_test_fill_hash" before insert on "AuditEvent"
    for each row execute function test_fill_hash();`;

const insertEvent = (url: string, entityId: string) =>
  runSql(
    url,
    `insert into "AuditEvent" ("actorLabel", action, "entityType", "entityId")
     values ('system', 'test.chain', 'test', $1) returning "hash"`,
    [entityId],
  );

describe("a backup of a trigger-filled audit trail", () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-chain-"));
  const archive = path.join(folder, "chain.fdbak");
  const databases: ScratchDatabase[] = [];

  async function desk(): Promise<string> {
    const database = await createScratchDatabase(process.env.DATABASE_URL!);
    databases.push(database);
    await applyMigrations(database.url);
    await runSql(database.url, CHAIN_LIKE_TRIGGER);
    return database.url;
  }

  afterAll(async () => {
    for (const database of databases) await database.drop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  let sourceUrl: string;
  let targetUrl: string;

  beforeAll(async () => {
    sourceUrl = await desk();
    for (const id of ["a", "b", "c"]) await insertEvent(sourceUrl, id);
    await writeBackup(sourceUrl, archive);
    targetUrl = await desk();
    await restoreBackup(targetUrl, archive, await verifyArchive(archive));
  });

  it("records the last hash as the chain head", async () => {
    const [last] = await runSql<{ hash: string }>(sourceUrl, `select "hash" from "AuditEvent" order by id desc limit 1`);
    const { chainHeads } = await verifyArchive(archive);
    expect(chainHeads).toEqual([{ table: "AuditEvent", chain: null, hash: last.hash }]);
  });

  it("restores the archived values, not ones the trigger would compute", async () => {
    expect(await readAllRows(targetUrl)).toEqual(await readAllRows(sourceUrl));
  });

  it("leaves the trigger working for new events", async () => {
    const [event] = await insertEvent(targetUrl, "d");
    expect(event.hash).toMatch(/^[0-9a-f]{32}$/);
  });
});
