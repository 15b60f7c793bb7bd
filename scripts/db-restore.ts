// `npm run db:restore -- --in FILE`: restores an archive from `db:backup` into an
// empty database (DATABASE_OWNER_URL, DATABASE_URL, or the embedded server in
// FACTDESK_DATA_DIR / .data, created when missing). The whole file is checked
// before anything is written; a damaged or altered archive is refused.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { openBackupDatabase } from "./lib/backup/open-backup-database";
import { assertSameMigrations, restoreBackup } from "./lib/backup/restore-backup";
import { verifyArchive } from "./lib/backup/scan-archive";
import { finishCli } from "./lib/run-with-app-database";

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { in: { type: "string" } } });
  if (!values.in) throw new Error("Usage: npm run db:restore -- --in FILE");
  const inFile = path.resolve(values.in);
  if (!fs.existsSync(inFile)) throw new Error(`There is no file at ${inFile}.`);
  const startedAt = Date.now();
  // Both checks before the database is opened: an embedded data folder is not even created.
  const manifest = await verifyArchive(inFile);
  await assertSameMigrations(manifest);
  const database = await openBackupDatabase();
  const summary = await restoreBackup(database.url, inFile, manifest).finally(() => database.close());
  console.log(`Restored ${summary.rows} rows into ${summary.tables} tables from ${inFile} (made ${manifest.createdAt}) in ${((Date.now() - startedAt) / 1000).toFixed(1)} s.`);
}

finishCli(main);
