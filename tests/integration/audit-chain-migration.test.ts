// The migration that introduced the hash chain chains the events that were
// already there: replay the migrations before it on a scratch database, write
// events the old way, apply it, and verify.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChainedAuditEvent } from "@/lib/domain/audit-chain/chain-hash";
import { createChainVerifier } from "@/lib/domain/audit-chain/verify-chain";
import { ownerDatabaseUrl } from "../support/owner-database";
import { createScratchDatabase, type ScratchDatabase } from "../support/scratch-database";

const MIGRATIONS = path.resolve("prisma/migrations");
const CHAIN_MIGRATION = "audit_hash_chain";

const folders = fs.readdirSync(MIGRATIONS).filter((folder) => fs.existsSync(path.join(MIGRATIONS, folder, "migration.sql"))).sort();
const chainFolder = folders.find((folder) => folder.endsWith(CHAIN_MIGRATION)) ?? "";
const readSql = (folder: string) => fs.readFileSync(path.join(MIGRATIONS, folder, "migration.sql"), "utf8");

describe("the hash-chain migration", () => {
  let database: ScratchDatabase;
  let scratch: pg.Client;

  beforeAll(async () => {
    database = await createScratchDatabase(ownerDatabaseUrl());
    scratch = new pg.Client({ connectionString: database.url });
    await scratch.connect();
  });

  afterAll(async () => {
    await scratch.end();
    await database.drop();
  });

  it("chains the events written before it, per article and for the desk", async () => {
    for (const folder of folders.filter((name) => name < chainFolder)) await scratch.query(readSql(folder));
    const articles = ["6f1c2a9e-0000-4000-8000-000000000001", "6f1c2a9e-0000-4000-8000-000000000002"];
    for (let index = 0; index < 9; index++) {
      await scratch.query(
        'insert into "AuditEvent" ("actorLabel", action, "entityType", "entityId", "articleId", after) values ($1, $2, $3, $4, $5, $6)',
        ["editor@factdesk.test", "test.old", "article", "x", index % 3 === 2 ? null : articles[index % 3], JSON.stringify({ index, note: "ü \n" })],
      );
    }
    await scratch.query(readSql(chainFolder));

    const { rows } = await scratch.query('select *, before::text as "beforeText", after::text as "afterText" from "AuditEvent" order by chain, "chainSeq"');
    const verifier = createChainVerifier();
    for (const row of rows) verifier.add({ ...row, id: String(row.id), at: row.at.toISOString() } as ChainedAuditEvent);
    const result = verifier.finish();
    expect(result).toMatchObject({ isIntact: true, events: 9, chains: 3 });
    expect(rows.filter((row) => row.chain === "desk").map((row) => row.chainSeq)).toEqual([1, 2, 3]);
  });
});
