// db:backup / db:restore: an archive of this run's database restores into an
// empty one with every row and value the same; a damaged or altered archive,
// a non-empty target or unknown migrations are refused and nothing is written.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { restoreBackup, assertSameMigrations } from "../../scripts/lib/backup/restore-backup";
import { verifyArchive } from "../../scripts/lib/backup/scan-archive";
import { writeBackup } from "../../scripts/lib/backup/write-backup";
import { setClaimVerdict } from "@/lib/server/claims/set-claim-verdict";
import { getSignOffStatus } from "@/lib/server/sign-offs/get-sign-off-status";
import { signOffArticle } from "@/lib/server/sign-offs/sign-off-article";
import { makeCitation, makeClaim, makeSource } from "../support/claim-factories";
import { snapshotDatabase } from "../support/db-snapshot";
import { makeArticle, makeUser } from "../support/factories";
import { ownerDatabaseUrl } from "../support/owner-database";
import { createScratchDatabase, readAllRows, runSql, type ScratchDatabase } from "../support/scratch-database";

// Backups and restores run as the owner role (the app role cannot read _prisma_migrations).
const sourceUrl = () => ownerDatabaseUrl();
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-backup-"));
const archive = path.join(folder, "desk.fdbak");
const scratch: ScratchDatabase[] = [];

async function emptyDatabase(): Promise<string> {
  const database = await createScratchDatabase(sourceUrl());
  scratch.push(database);
  return database.url;
}

/** A signed-off article with a verified, sourced claim: articles, claims, sign-offs and their audit trail. */
async function makeSignedOffArticle() {
  const editor = await makeUser("editor", { name: "Zoë “Quote” O'Brien" });
  const reviewer = await makeUser("reviewer");
  const article = await makeArticle(editor, "Café 🚗 owners say the state owns 15% of Renault.\n\nTab\there.");
  const claim = await makeClaim(editor, article, { quote: "the state owns 15% of Renault" });
  await makeCitation(editor, claim.id, (await makeSource(editor)).id);
  await setClaimVerdict({ actor: editor, input: { claimId: claim.id, expectedVersion: 0, verdict: "verified" } });
  const status = await getSignOffStatus({ actor: reviewer, articleId: article.id });
  await signOffArticle({ actor: reviewer, input: { articleId: article.id, expectedSha256: status.currentSha256 } });
  return article;
}

beforeAll(async () => {
  await makeSignedOffArticle();
  // Values a text round trip gets wrong easily: NULL next to '', nested jsonb, big numbers.
  await runSql(
    sourceUrl(),
    `insert into "AuditEvent" ("actorLabel", action, "entityType", "entityId", before, after, reason)
     values ('system', 'test.backup', 'test', 'null-reason', '{"n": 12345678901234567890, "s": "a\\nb"}', null, null),
            ('system', 'test.backup', 'test', 'empty-reason', '[]', '{"nested": {"x": [1, null, "é"]}}', '')`,
  );
  await writeBackup(sourceUrl(), archive);
});

afterAll(async () => {
  for (const database of scratch) await database.drop();
  fs.rmSync(folder, { recursive: true, force: true });
});

describe("a backup restored into an empty database", () => {
  let targetUrl: string;

  beforeAll(async () => {
    targetUrl = await emptyDatabase();
    await restoreBackup(targetUrl, archive, await verifyArchive(archive));
  });

  it("holds the same rows, value for value, in every table", async () => {
    const restored = await readAllRows(targetUrl);
    expect(Object.keys(restored).length).toBeGreaterThan(10);
    expect(restored).toEqual(await readAllRows(sourceUrl()));
    expect(restored.SignOff.length).toBeGreaterThan(0);
  });

  it("continues the audit id sequence after the restored events", async () => {
    const [{ max }] = await runSql<{ max: string }>(targetUrl, `select max(id)::text as max from "AuditEvent"`);
    const [{ id }] = await runSql<{ id: string }>(
      targetUrl,
      `insert into "AuditEvent" ("actorLabel", action, "entityType", "entityId")
       values ('system', 'test.after_restore', 'test', 'x') returning id::text as id`,
    );
    expect(BigInt(id)).toBeGreaterThan(BigInt(max));
  });

  it("has its triggers and foreign keys back as they were", async () => {
    await expect(runSql(targetUrl, `delete from "AuditEvent"`)).rejects.toThrow(/append-only/);
    const deferrable = await runSql(targetUrl, `select conname from pg_constraint where contype = 'f' and condeferrable`);
    expect(deferrable).toEqual([]);
  });
});

describe("restore refuses", () => {
  const bytes = () => fs.readFileSync(archive);
  const variant = (name: string, content: Buffer) => {
    const file = path.join(folder, name);
    fs.writeFileSync(file, content);
    return file;
  };
  const tableCount = async (url: string) =>
    (await runSql(url, `select 1 from information_schema.tables where table_schema = 'public'`)).length;

  it("an archive with one byte changed, before writing anything", async () => {
    const changed = bytes();
    changed[Math.floor(changed.length / 2)] ^= 0x01;
    await expect(verifyArchive(variant("changed.fdbak", changed))).rejects.toThrow(/damaged or altered/);
  });

  it("an archive cut short, or with bytes after its end", async () => {
    for (const cut of [bytes().subarray(0, bytes().length - 1), bytes().subarray(0, 200)]) {
      await expect(verifyArchive(variant("cut.fdbak", cut))).rejects.toThrow(/damaged or altered/);
    }
    const appended = Buffer.concat([bytes(), zlib.gzipSync("more\n")]);
    await expect(verifyArchive(variant("appended.fdbak", appended))).rejects.toThrow(/damaged or altered/);
  });

  it("an archive whose rows were edited and recompressed, rolling back the whole load", async () => {
    const text = zlib.gunzipSync(bytes()).toString("utf8").replace('"test.backup"', '"test.rewritten"');
    const edited = variant("edited.fdbak", zlib.gzipSync(text));
    await expect(verifyArchive(edited)).rejects.toThrow(/rows of "AuditEvent" do not match their checksum/);
    // Also when the file is swapped after it was verified: caught inside the transaction.
    const targetUrl = await emptyDatabase();
    await expect(restoreBackup(targetUrl, edited, await verifyArchive(archive))).rejects.toThrow(/damaged or altered/);
    expect(Object.values(await readAllRows(targetUrl)).flat()).toEqual([]);
  });

  it("a target that already holds data, changing nothing in it", async () => {
    const before = await snapshotDatabase();
    await expect(restoreBackup(sourceUrl(), archive, await verifyArchive(archive))).rejects.toThrow(
      /already holds factdesk data/,
    );
    expect(await snapshotDatabase()).toEqual(before);
  });

  it("an archive with migrations this code does not have, before touching the target", async () => {
    const manifest = await verifyArchive(archive);
    const newer = { ...manifest, migrations: [...manifest.migrations, { name: "29991231000000_future", checksum: "" }] };
    await expect(assertSameMigrations(newer)).rejects.toThrow(/newer factdesk/);
    const targetUrl = await emptyDatabase();
    await expect(restoreBackup(targetUrl, archive, newer)).rejects.toThrow(/newer factdesk/);
    expect(await tableCount(targetUrl)).toBe(0);
  });
});
