// Writes the archive described in archive-format.ts from one snapshot. The
// manifest comes first but its checksums are known only at the end, so the table
// sections go to a scratch file first (gzip'd quickly, so it needs little disk);
// the archive is then written beside FILE and renamed into place, so a failed
// backup never leaves a half archive.
import { createHash } from "node:crypto";
import fs from "node:fs";
import { once } from "node:events";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";
import pg from "pg";
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  encodeLine,
  type Manifest,
  manifestLine,
  tableHeaderLine,
  type TableManifest,
  trailerLine,
} from "./archive-format";
import { readChainHeads } from "./chain-heads";
import { openSnapshot, readMigrations, readSequenceStates, streamRows } from "./read-snapshot";

export type BackupSummary = { manifest: Manifest; bytes: number; sha256: string };

export async function writeBackup(connectionString: string, outFile: string): Promise<BackupSummary> {
  const scratchFile = `${outFile}.sections.partial`;
  const partialFile = `${outFile}.partial`;
  try {
    const manifest = await dumpSections(connectionString, scratchFile);
    const sha256 = await writeArchive(manifest, scratchFile, partialFile);
    fs.renameSync(partialFile, outFile);
    return { manifest, bytes: fs.statSync(outFile).size, sha256 };
  } finally {
    fs.rmSync(scratchFile, { force: true });
    fs.rmSync(partialFile, { force: true });
  }
}

/** Reads every table inside one snapshot, writing the sections; returns the manifest. */
async function dumpSections(connectionString: string, scratchFile: string): Promise<Manifest> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  const file = fs.createWriteStream(scratchFile);
  const out = zlib.createGzip({ level: 1 });
  out.pipe(file);
  try {
    const { tables, ...snapshot } = await openSnapshot(client);
    const tableManifests: TableManifest[] = [];
    for (const table of tables) {
      await write(out, tableHeaderLine(table.name));
      const hash = createHash("sha256");
      let rows = 0;
      for await (const batch of streamRows(client, table)) {
        const text = batch.map(encodeLine).join("");
        hash.update(text);
        rows += batch.length;
        await write(out, text);
      }
      tableManifests.push({ name: table.name, columns: table.columns, rows, sha256: hash.digest("hex") });
    }
    const manifest: Manifest = {
      format: ARCHIVE_FORMAT,
      formatVersion: ARCHIVE_FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      ...snapshot,
      migrations: await readMigrations(client),
      tables: tableManifests,
      sequences: await readSequenceStates(client),
      chainHeads: await readChainHeads(client, tables),
    };
    await client.query("COMMIT");
    return manifest;
  } finally {
    out.end();
    await once(file, "close");
    await client.end();
  }
}

/** Manifest, sections, closing checksum: gzip'd into `partialFile`. Returns that checksum. */
async function writeArchive(manifest: Manifest, scratchFile: string, partialFile: string): Promise<string> {
  const body = createHash("sha256");
  async function* lines() {
    const head = Buffer.from(manifestLine(manifest));
    body.update(head);
    yield head;
    const scratch = fs.createReadStream(scratchFile);
    const sections = zlib.createGunzip();
    scratch.on("error", (error) => sections.destroy(error));
    for await (const chunk of scratch.pipe(sections) as AsyncIterable<Buffer>) {
      body.update(chunk);
      yield chunk;
    }
    yield Buffer.from(trailerLine(body.copy().digest("hex")));
  }
  await pipeline(lines, zlib.createGzip(), fs.createWriteStream(partialFile));
  return body.digest("hex");
}

async function write(out: zlib.Gzip, text: string): Promise<void> {
  if (!out.write(text)) await once(out, "drain");
}
