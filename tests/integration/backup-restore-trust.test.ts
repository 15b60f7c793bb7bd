// Restore without a superuser (a managed database's owner role), and an archive
// forged with consistent checksums: its manifest's text never reaches SQL.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { restoreBackup } from "../../scripts/lib/backup/restore-backup";
import { verifyArchive } from "../../scripts/lib/backup/scan-archive";
import { writeBackup } from "../../scripts/lib/backup/write-backup";
import { ownerDatabaseUrl } from "../support/owner-database";
import { createScratchDatabase, readAllRows, runSql, type ScratchDatabase } from "../support/scratch-database";

// The run's owner role: what a backup and a restore connect as, and no superuser.
const sourceUrl = () => ownerDatabaseUrl();
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-trust-"));
const archive = path.join(folder, "desk.fdbak");
const databases: ScratchDatabase[] = [];

beforeAll(async () => {
  await runSql(sourceUrl(), `insert into "AuditEvent" ("actorLabel", action, "entityType", "entityId") values ('system', 'test.trust', 'test', 'x')`);
  await writeBackup(sourceUrl(), archive);
});

afterAll(async () => {
  for (const database of databases) await database.drop();
  fs.rmSync(folder, { recursive: true, force: true });
});

/** An archive with its manifest edited and every checksum recomputed, as a forger would. */
function forge(edit: (manifest: { tables: { name: string; columns: { name: string; type: string }[] }[] }) => void): string {
  const lines = zlib.gunzipSync(fs.readFileSync(archive)).toString("utf8").split("\n");
  const { manifest } = JSON.parse(lines[0]);
  edit(manifest);
  const body = [`${JSON.stringify({ manifest })}\n`, ...lines.slice(1, -2).map((line) => `${line}\n`)].join("");
  const end = `${JSON.stringify({ end: { sha256: createHash("sha256").update(body).digest("hex") } })}\n`;
  const file = path.join(folder, "forged.fdbak");
  fs.writeFileSync(file, zlib.gzipSync(body + end));
  return file;
}

describe("restore", () => {
  it("works as the tables' owner without superuser rights", async () => {
    const database = await createScratchDatabase(sourceUrl());
    databases.push(database);
    const [{ rolsuper }] = await runSql(database.url, `select rolsuper from pg_roles where rolname = current_user`);
    expect(rolsuper).toBe(false);
    await restoreBackup(database.url, archive, await verifyArchive(archive));
    expect(await readAllRows(database.url)).toEqual(await readAllRows(sourceUrl()));
  });

  it("refuses a forged manifest whose column type carries SQL, before running any of it", async () => {
    const forged = forge((manifest) => {
      const audit = manifest.tables.find((table) => table.name === "AuditEvent")!;
      audit.columns.at(-1)!.type = `text, "entityId") values (null); select pg_sleep(0) --`;
    });
    const manifest = await verifyArchive(forged); // consistent: checksums alone cannot catch a forger
    const database = await createScratchDatabase(sourceUrl());
    databases.push(database);
    await expect(restoreBackup(database.url, forged, manifest)).rejects.toThrow(
      /table "AuditEvent" does not have the columns the archive has/,
    );
    expect(Object.values(await readAllRows(database.url)).flat()).toEqual([]);
  });
});
