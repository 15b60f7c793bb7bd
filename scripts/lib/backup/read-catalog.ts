// What the database itself says about its tables, so that a backup and a restore
// need no list of tables or columns: a column added by a migration is simply in
// the next archive.
import type pg from "pg";

export type CatalogColumn = {
  name: string;
  /** format_type(): the type as SQL spells it, e.g. `timestamp(3) with time zone`, `"Role"[]`. */
  type: string;
};

export type CatalogTable = {
  name: string;
  /** A partitioned parent holds no rows itself: read and written without ONLY. */
  isPartitioned: boolean;
  /** Every stored column in table order (generated columns are computed, not stored by us). */
  columns: CatalogColumn[];
  primaryKey: string[];
};

export type CatalogSequence = { name: string; table: string; column: string };

// The schema of the connection (public, unless search_path says otherwise).
const SCHEMA_OID = `(select oid from pg_namespace where nspname = current_schema())`;

/** The app's tables, by name. Prisma's `_prisma_migrations` is left out: migrations recreate it. */
export async function readTables(client: pg.ClientBase): Promise<CatalogTable[]> {
  const { rows } = await client.query<CatalogTable>(`
    select c.relname as name,
           c.relkind = 'p' as "isPartitioned",
           (select json_agg(json_build_object('name', a.attname, 'type', format_type(a.atttypid, a.atttypmod))
                            order by a.attnum)
              from pg_attribute a
             where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = '') as columns,
           coalesce((select json_agg(a.attname order by k.position)
                       from pg_index i
                       cross join unnest(i.indkey) with ordinality as k(attnum, position)
                       join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
                      where i.indrelid = c.oid and i.indisprimary), '[]') as "primaryKey"
      from pg_class c
     where c.relnamespace = ${SCHEMA_OID}
       and c.relkind in ('r', 'p') and not c.relispartition
       and c.relname <> '_prisma_migrations'
     order by c.relname`);
  return rows;
}

/** Sequences that serial and identity columns draw from (AuditEvent.id, for one). */
export async function readSequences(client: pg.ClientBase): Promise<CatalogSequence[]> {
  const { rows } = await client.query<CatalogSequence>(`
    select s.relname as name, t.relname as "table", a.attname as "column"
      from pg_depend d
      join pg_class s on s.oid = d.objid and s.relkind = 'S'
      join pg_class t on t.oid = d.refobjid
      join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid
     where d.classid = 'pg_class'::regclass and d.refclassid = 'pg_class'::regclass
       and d.deptype in ('a', 'i') and t.relnamespace = ${SCHEMA_OID}
     order by t.relname, a.attname`);
  return rows;
}

/** Foreign keys that cannot be deferred, as `ALTER TABLE` targets. */
export async function readImmediateForeignKeys(
  client: pg.ClientBase,
): Promise<{ table: string; name: string }[]> {
  const { rows } = await client.query<{ table: string; name: string }>(`
    select c.relname as "table", k.conname as name
      from pg_constraint k join pg_class c on c.oid = k.conrelid
     where k.contype = 'f' and not k.condeferrable and k.connamespace = ${SCHEMA_OID}
     order by 1, 2`);
  return rows;
}

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** `FROM` target: ONLY for a plain table, so an inheritance child's rows are not read twice. */
export const tableRef = (table: Pick<CatalogTable, "name" | "isPartitioned">) =>
  `${table.isPartitioned ? "" : "ONLY "}${quoteIdent(table.name)}`;
