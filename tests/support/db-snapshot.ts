// A fingerprint of the whole database: row count and a hash of every row, per
// table. Two equal snapshots mean nothing was inserted, updated or deleted, which
// is stronger than comparing counts alone (a refused update changes no count).
import { db } from "@/lib/db";

export type TableState = { count: number; hash: string };
export type DatabaseSnapshot = Record<string, TableState>;

let tableNames: string[] | null = null;

/** Every table of the app's schema (Prisma's own bookkeeping table aside). */
export async function listTables(): Promise<string[]> {
  tableNames ??= (
    await db.$queryRaw<{ name: string }[]>`
      select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name <> '_prisma_migrations'
      order by table_name`
  ).map((row) => row.name);
  return tableNames;
}

export async function snapshotDatabase(): Promise<DatabaseSnapshot> {
  const snapshot: DatabaseSnapshot = {};
  for (const table of await listTables()) {
    const quoted = `"${table.replaceAll('"', '""')}"`;
    const [row] = await db.$queryRawUnsafe<{ count: number; hash: string }[]>(
      `select count(*)::int as count, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as hash from ${quoted} t`,
    );
    snapshot[table] = { count: row.count, hash: row.hash };
  }
  return snapshot;
}

/** Row counts only, for readable failure messages next to the full snapshot. */
export function rowCounts(snapshot: DatabaseSnapshot): Record<string, number> {
  return Object.fromEntries(Object.entries(snapshot).map(([table, state]) => [table, state.count]));
}
