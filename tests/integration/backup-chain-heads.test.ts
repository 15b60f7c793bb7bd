// Backups of the hash-chained audit trail: a restore loads the archived chain
// columns (the chain trigger must not recompute them), the manifest's heads come
// out the same, the restored trail verifies, and new events chain on after it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChainedAuditEvent } from "@/lib/domain/audit-chain/chain-hash";
import { createChainVerifier } from "@/lib/domain/audit-chain/verify-chain";
import { restoreBackup } from "../../scripts/lib/backup/restore-backup";
import { verifyArchive } from "../../scripts/lib/backup/scan-archive";
import { writeBackup } from "../../scripts/lib/backup/write-backup";
import { applyMigrations } from "../../scripts/lib/migration-engine";
import { ownerDatabaseUrl } from "../support/owner-database";
import { createScratchDatabase, readAllRows, runSql, type ScratchDatabase } from "../support/scratch-database";

const ARTICLE = "6f1c2a9e-0000-4000-8000-0000000000aa";

const insertEvent = (url: string, articleId: string | null, entityId: string) =>
  runSql<{ chainSeq: number; hash: string }>(
    url,
    `insert into "AuditEvent" ("actorLabel", action, "entityType", "entityId", "articleId")
     values ('system', 'test.chain', 'test', $1, $2) returning "chainSeq", "hash"`,
    [entityId, articleId],
  );

async function verifyDatabase(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query('select *, before::text as "beforeText", after::text as "afterText" from "AuditEvent" order by chain, "chainSeq"');
    const verifier = createChainVerifier();
    for (const row of rows) verifier.add({ ...row, id: String(row.id), at: row.at.toISOString() } as ChainedAuditEvent);
    return verifier.finish();
  } finally {
    await client.end();
  }
}

describe("a backup of the hash-chained audit trail", () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-chain-"));
  const archive = path.join(folder, "chain.fdbak");
  const databases: ScratchDatabase[] = [];
  let sourceUrl: string;
  let targetUrl: string;

  async function desk(): Promise<string> {
    const database = await createScratchDatabase(ownerDatabaseUrl());
    databases.push(database);
    await applyMigrations(database.url);
    return database.url;
  }

  beforeAll(async () => {
    sourceUrl = await desk();
    for (const id of ["a", "b", "c"]) await insertEvent(sourceUrl, ARTICLE, id);
    await insertEvent(sourceUrl, null, "desk-event");
    await writeBackup(sourceUrl, archive);
    targetUrl = await desk();
    await restoreBackup(targetUrl, archive, await verifyArchive(archive));
  });

  afterAll(async () => {
    for (const database of databases) await database.drop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it("records the last hash of each chain as its head", async () => {
    const heads = await runSql<{ chain: string; hash: string }>(sourceUrl, `select distinct on (chain) chain, hash::text as hash from "AuditEvent" order by chain, "chainSeq" desc`);
    const { chainHeads } = await verifyArchive(archive);
    expect(chainHeads).toEqual(heads.map((head) => ({ table: "AuditEvent", ...head })));
    expect(chainHeads).toHaveLength(2);
  });

  // One test, in this order: the new event must come after the comparison.
  it("restores the archived values, the restored trail verifies, and new events chain on after it", async () => {
    expect(await readAllRows(targetUrl)).toEqual(await readAllRows(sourceUrl));
    expect(await verifyDatabase(targetUrl)).toMatchObject({ isIntact: true, events: 4, chains: 2 });
    const [event] = await insertEvent(targetUrl, ARTICLE, "d");
    expect(event.chainSeq).toBe(4);
    expect((await verifyDatabase(targetUrl)).isIntact).toBe(true);
  });
});
