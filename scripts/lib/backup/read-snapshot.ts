// The reading side of a backup: one REPEATABLE READ, READ ONLY transaction, so
// every table is read as of the same instant while the desk keeps working.
import type pg from "pg";
import { DUMP_SETTINGS, type Manifest, type Row } from "./archive-format";
import { type CatalogTable, quoteIdent, readSequences, readTables, tableRef } from "./read-catalog";

const BATCH_ROWS = 2000;
const CURSOR = "backup_rows";

/**
 * Starts the snapshot transaction (the caller commits it) and returns the tables
 * to read, as the catalog shows them once they are locked.
 */
export async function openSnapshot(
  client: pg.ClientBase,
): Promise<{ tables: CatalogTable[] } & Pick<Manifest, "database" | "serverVersion">> {
  // Read outside the transaction: any query inside it would fix the snapshot before the locks.
  const tablesToLock = await readTables(client);
  await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  // As pg_dump does: no table can be altered or dropped under the backup. LOCK and
  // SET take no snapshot; the first query after them does.
  if (tablesToLock.length > 0) {
    await client.query(`LOCK TABLE ${tablesToLock.map(tableRef).join(", ")} IN ACCESS SHARE MODE`);
  }
  for (const [name, value] of Object.entries(DUMP_SETTINGS)) {
    await client.query(`SET LOCAL ${name} = '${value}'`); // constants, not input
  }
  const tables = await readTables(client);
  const { rows } = await client.query<{ database: string; serverVersion: string }>(
    `select current_database() as database, current_setting('server_version') as "serverVersion"`,
  );
  return { tables, ...rows[0] };
}

/** The rows of one table in primary-key order, each value in its text form, in batches. */
export async function* streamRows(client: pg.ClientBase, table: CatalogTable): AsyncGenerator<Row[]> {
  const values = table.columns.map((column) => `${quoteIdent(column.name)}::text`).join(", ");
  // Without a primary key, every column in turn gives a stable order.
  const order = table.primaryKey.length > 0 ? table.primaryKey.map(quoteIdent) : table.columns.map((_, i) => `${i + 1}`);
  await client.query(
    `DECLARE ${CURSOR} NO SCROLL CURSOR FOR SELECT ${values} FROM ${tableRef(table)} ORDER BY ${order.join(", ")}`,
  );
  try {
    for (;;) {
      const { rows } = await client.query<Row>({ text: `FETCH ${BATCH_ROWS} FROM ${CURSOR}`, rowMode: "array" });
      if (rows.length === 0) return;
      yield rows;
    }
  } finally {
    await client.query(`CLOSE ${CURSOR}`);
  }
}

/** The migrations applied to the source, as `_prisma_migrations` lists them. */
export async function readMigrations(client: pg.ClientBase): Promise<Manifest["migrations"]> {
  const { rows } = await client.query<{ name: string; checksum: string; exists: boolean }>(
    `select to_regclass('_prisma_migrations') is not null as exists`,
  );
  if (!rows[0].exists) return [];
  const applied = await client.query<{ name: string; checksum: string }>(
    `select migration_name as name, checksum from _prisma_migrations
      where finished_at is not null and rolled_back_at is null order by migration_name`,
  );
  return applied.rows;
}

/**
 * Where each serial or identity sequence stands. Sequences are outside the
 * snapshot, so this is at least the highest value any archived row holds. It is
 * null when never used, or when the role may not read it (pg_sequences then
 * shows null); a restore also goes past the highest restored value, so null is safe.
 */
export async function readSequenceStates(client: pg.ClientBase): Promise<Manifest["sequences"]> {
  const sequences = await readSequences(client);
  const { rows } = await client.query<{ name: string; lastValue: string | null }>(
    `select sequencename as name, last_value::text as "lastValue" from pg_sequences
      where schemaname = current_schema()`,
  );
  const lastValues = new Map(rows.map((row) => [row.name, row.lastValue]));
  return sequences.map((sequence) => ({
    table: sequence.table,
    column: sequence.column,
    lastValue: lastValues.get(sequence.name) ?? null,
  }));
}
