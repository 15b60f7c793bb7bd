// Restores a verified archive into an empty database: migrations first (the
// schema comes from this code, the rows from the archive), then every row,
// sequence and check in one transaction, so a refusal at any step leaves the
// target as it was (apart from the migrations an empty database was given).
import pg from "pg";
import { applyMigrations, listMigrationNames } from "../migration-engine";
import { ArchiveError, damaged, type Manifest } from "./archive-format";
import { readChainHeads } from "./chain-heads";
import { hasAnyRows, insertRows, prepareForLoad, restoreSequences } from "./load-rows";
import { type CatalogTable, readTables } from "./read-catalog";
import { scanArchive } from "./scan-archive";

export type RestoreSummary = { tables: number; rows: number };

/** Refuses an archive whose migrations are not exactly the ones this code has. Writes nothing. */
export async function assertSameMigrations(manifest: Manifest): Promise<void> {
  const known = await listMigrationNames();
  const archived = manifest.migrations.map((migration) => migration.name);
  const unknown = archived.filter((name) => !known.includes(name));
  const missing = known.filter((name) => !archived.includes(name));
  if (unknown.length > 0) {
    throw new ArchiveError(`The archive comes from a newer factdesk (migration ${unknown[0]} is unknown here); restore it with that version.`);
  }
  if (missing.length > 0) {
    throw new ArchiveError(`The archive comes from an older factdesk (it lacks migration ${missing[0]}); restore it with that version, then migrate.`);
  }
}

/** `manifest` is what verifyArchive returned for `file`; the file is read (and checked) again while loading. */
export async function restoreBackup(connectionString: string, file: string, manifest: Manifest): Promise<RestoreSummary> {
  await assertSameMigrations(manifest);
  await withClient(connectionString, async (client) => {
    if (await hasAnyRows(client, await readTables(client))) throw notEmpty();
  });
  await applyMigrations(connectionString);
  return withClient(connectionString, async (client) => {
    await client.query("BEGIN");
    try {
      const summary = await loadArchive(client, file, manifest);
      await client.query("COMMIT");
      return summary;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {}); // the error worth showing is the first one
      throw error;
    }
  });
}

async function loadArchive(client: pg.ClientBase, file: string, manifest: Manifest): Promise<RestoreSummary> {
  const tables = await readTables(client);
  const targetTables = matchTables(manifest, tables);
  const finishLoad = await prepareForLoad(client, tables); // also locks every table
  // Checked again under the locks: nobody wrote a row since the first look.
  if (await hasAnyRows(client, tables)) throw notEmpty();
  const reread = await scanArchive(file, (table, rows) => insertRows(client, targetTables.get(table.name)!, rows));
  if (JSON.stringify(reread) !== JSON.stringify(manifest)) throw damaged("the file changed while it was restored");
  await finishLoad();
  await restoreSequences(client, manifest);
  const heads = await readChainHeads(client, tables);
  if (JSON.stringify(heads) !== JSON.stringify(manifest.chainHeads)) {
    throw new ArchiveError("The restored audit trail does not end at the archive's chain heads, so nothing was restored.");
  }
  return { tables: manifest.tables.length, rows: manifest.tables.reduce((sum, table) => sum + table.rows, 0) };
}

/**
 * The target's tables (after migrating) must be the archive's: same names, and the
 * same columns with the same types in the same order. Compared as structures, so
 * no crafted name or type can pass for another; the SQL is then built from the
 * target's catalog alone, never from text in the archive.
 */
function matchTables(manifest: Manifest, tables: CatalogTable[]): Map<string, CatalogTable> {
  const byName = new Map(tables.map((table) => [table.name, table]));
  const shape = (columns: { name: string; type: string }[] | undefined) =>
    JSON.stringify(columns?.map((column) => [column.name, column.type]));
  for (const name of new Set([...byName.keys(), ...manifest.tables.map((table) => table.name)])) {
    const archived = manifest.tables.find((table) => table.name === name);
    if (shape(byName.get(name)?.columns) !== shape(archived?.columns)) {
      throw new ArchiveError(`The target's table "${name}" does not have the columns the archive has; nothing was restored.`);
    }
  }
  return byName;
}

const notEmpty = () =>
  new ArchiveError("The target database already holds factdesk data; restore only into an empty data folder or database.");

async function withClient<T>(connectionString: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
