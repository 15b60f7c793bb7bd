// The writing side of a restore, run inside its one transaction. Rows go in
// exactly as archived: user triggers are off (the audit chain trigger would
// recompute each event's hash), and foreign keys are checked once at the end
// rather than row by row, so tables that point at each other (Article ⇄
// ArticleRevision) load in any order. Both changes are undone before COMMIT.
//
// ALTER TABLE rather than `session_replication_role = replica`: it needs only
// the tables' owner, not a superuser, and it leaves foreign keys checked.
import type pg from "pg";
import { DUMP_SETTINGS, type Manifest, type Row } from "./archive-format";
import { type CatalogTable, quoteIdent, readImmediateForeignKeys, readSequences, tableRef } from "./read-catalog";

/** Locks every table, turns triggers and immediate foreign keys off; returns what turns them back on. */
export async function prepareForLoad(client: pg.ClientBase, tables: CatalogTable[]): Promise<() => Promise<void>> {
  for (const [name, value] of Object.entries(DUMP_SETTINGS)) {
    await client.query(`SET LOCAL ${name} = '${value}'`); // constants, not input
  }
  const foreignKeys = await readImmediateForeignKeys(client);
  for (const table of tables) await client.query(`ALTER TABLE ${quoteIdent(table.name)} DISABLE TRIGGER USER`);
  for (const key of foreignKeys) {
    await client.query(`ALTER TABLE ${quoteIdent(key.table)} ALTER CONSTRAINT ${quoteIdent(key.name)} DEFERRABLE`);
  }
  await client.query("SET CONSTRAINTS ALL DEFERRED");
  return async () => {
    // Checks every deferred foreign key now: an inconsistent archive fails here.
    await client.query("SET CONSTRAINTS ALL IMMEDIATE");
    for (const key of foreignKeys) {
      await client.query(`ALTER TABLE ${quoteIdent(key.table)} ALTER CONSTRAINT ${quoteIdent(key.name)} NOT DEFERRABLE`);
    }
    for (const table of tables) await client.query(`ALTER TABLE ${quoteIdent(table.name)} ENABLE TRIGGER USER`);
  };
}

/** Inserts one batch; each text value is cast back with its column's type, as the target's catalog names it. */
export async function insertRows(client: pg.ClientBase, table: CatalogTable, rows: Row[]): Promise<void> {
  const columns = table.columns.map((column) => quoteIdent(column.name)).join(", ");
  const values = table.columns.map((column, index) => `(r ->> ${index})::${column.type}`).join(", ");
  await client.query(
    `INSERT INTO ${quoteIdent(table.name)} (${columns}) OVERRIDING SYSTEM VALUE
     SELECT ${values} FROM json_array_elements($1::json) AS r`,
    [JSON.stringify(rows)],
  );
}

/** Sets each sequence past both its archived position and the highest restored value. */
export async function restoreSequences(client: pg.ClientBase, manifest: Manifest): Promise<void> {
  for (const sequence of await readSequences(client)) {
    const archived = manifest.sequences.find(
      (candidate) => candidate.table === sequence.table && candidate.column === sequence.column,
    );
    const { rows } = await client.query<{ max: string | null }>(
      `select max(${quoteIdent(sequence.column)})::text as max from ${quoteIdent(sequence.table)}`,
    );
    const candidates = [archived?.lastValue, rows[0].max].filter((value) => value != null).map(BigInt);
    if (candidates.length === 0) continue; // never used: a fresh sequence is right
    const value = candidates.reduce((a, b) => (a > b ? a : b));
    await client.query("select setval($1::regclass, $2::bigint, true)", [quoteIdent(sequence.name), value.toString()]);
  }
}

/** True when any of the tables holds a row. */
export async function hasAnyRows(client: pg.ClientBase, tables: CatalogTable[]): Promise<boolean> {
  if (tables.length === 0) return false;
  const exists = tables.map((table) => `exists (select from ${tableRef(table)})`).join(" or ");
  const { rows } = await client.query<{ found: boolean }>(`select ${exists} as found`);
  return rows[0].found;
}
