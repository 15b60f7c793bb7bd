// Restore without a superuser (a managed database's owner role), and an archive
// forged with consistent checksums: its manifest's text never reaches SQL.
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { restoreBackup } from "../../scripts/lib/backup/restore-backup";
import { verifyArchive } from "../../scripts/lib/backup/scan-archive";
import { writeBackup } from "../../scripts/lib/backup/write-backup";
import { createScratchDatabase, readAllRows, runSql, type ScratchDatabase } from "../support/scratch-database";

const sourceUrl = () => process.env.DATABASE_URL!;
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-trust-"));
const archive = path.join(folder, "desk.fdbak");
const databases: ScratchDatabase[] = [];
const owner = `factdesk_owner_${randomUUID().slice(0, 8)}`;

beforeAll(async () => {
  await runSql(sourceUrl(), `insert into "AuditEvent" ("actorLabel", action, "entityType", "entityId") values ('system', 'test.trust', 'test', 'x')`);
  await writeBackup(sourceUrl(), archive);
});

afterAll(async () => {
  for (const database of databases) await database.drop();
  await runSql(sourceUrl(), `drop role if exists "${owner}"`);
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
    await runSql(sourceUrl(), `create role "${owner}" login password 'owner-pass' nosuperuser nocreatedb`);
    const database = await createScratchDatabase(sourceUrl(), { owner });
    databases.push(database);
    const ownerUrl = new URL(database.url);
    ownerUrl.username = owner;
    ownerUrl.password = "owner-pass";
    const [{ rolsuper }] = await runSql(ownerUrl.toString(), `select rolsuper from pg_roles where rolname = current_user`);
    expect(rolsuper).toBe(false);
    await restoreBackup(ownerUrl.toString(), archive, await verifyArchive(archive));
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
