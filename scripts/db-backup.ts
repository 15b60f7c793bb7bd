// `npm run db:backup -- --out FILE`: writes a verified archive of the whole desk
// (see scripts/lib/backup/archive-format.ts) from DATABASE_OWNER_URL,
// DATABASE_URL, or the embedded server in .data/ (started here if not running).
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { openBackupDatabase } from "./lib/backup/open-backup-database";
import { verifyArchive } from "./lib/backup/scan-archive";
import { writeBackup } from "./lib/backup/write-backup";
import { finishCli } from "./lib/run-with-app-database";

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  if (!values.out) throw new Error("Usage: npm run db:backup -- --out FILE");
  const outFile = path.resolve(values.out);
  if (!fs.existsSync(path.dirname(outFile))) throw new Error(`There is no folder ${path.dirname(outFile)} to write the archive into.`);
  const startedAt = Date.now();
  const database = await openBackupDatabase();
  const summary = await writeBackup(database.url, outFile).finally(() => database.close());
  // Read back once: a backup that cannot be restored is found now, not on the bad day.
  await verifyArchive(outFile);
  const { manifest } = summary;
  const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
  console.log(`Wrote ${outFile}: ${manifest.tables.length} tables, ${rows} rows, ${summary.bytes} bytes in ${((Date.now() - startedAt) / 1000).toFixed(1)} s; read back and verified.`);
  for (const table of manifest.tables) console.log(`  ${table.name}: ${table.rows}`);
  // Kept somewhere else, these show later that an archive was not rewritten.
  console.log(`Archive SHA-256 (body): ${summary.sha256}`);
  for (const head of manifest.chainHeads) console.log(`Chain head ${head.table}${head.chain ? ` ${head.chain}` : ""}: ${head.hash}`);
}

finishCli(main);
