// "Chain heads": the last hash of each audit hash chain, written into the manifest
// and checked again after a restore, so a restored desk shows it ends where the
// backed-up one did. Found from the catalog: without a "hash" column on
// "AuditEvent" there is no chain, and nothing to record.
import type pg from "pg";
import type { ChainHead } from "./archive-format";
import { type CatalogTable, quoteIdent, tableRef } from "./read-catalog";

const AUDIT_TABLE = "AuditEvent";
const HASH_COLUMN = "hash";
// The first of these that exists separates the chains (one chain when none does).
const CHAIN_KEY_COLUMNS = ["chainId", "chainKey", "chain"];
// The first of these that exists orders a chain; else the primary key does. A
// sequence number set by the chain trigger is better than the id: ids are drawn
// before the trigger takes its lock, so two concurrent inserts may chain out of id order.
const CHAIN_ORDER_COLUMNS = ["chainSeq", "chainSequence", "sequence", "seq"];

export async function readChainHeads(
  client: pg.ClientBase,
  tables: CatalogTable[],
): Promise<ChainHead[]> {
  const table = tables.find((candidate) => candidate.name === AUDIT_TABLE);
  const names = new Set(table?.columns.map((column) => column.name));
  if (!table || !names.has(HASH_COLUMN)) return [];
  const key = CHAIN_KEY_COLUMNS.find((name) => names.has(name));
  const order = CHAIN_ORDER_COLUMNS.find((name) => names.has(name));
  const orderBy = (order ? [order] : table.primaryKey).map((name) => `${quoteIdent(name)} desc`);
  const keyExpression = key ? `${quoteIdent(key)}::text` : "null::text";
  const { rows } = await client.query<{ chain: string | null; hash: string }>(
    `select distinct on (${keyExpression}) ${keyExpression} as chain, ${quoteIdent(HASH_COLUMN)}::text as hash
       from ${tableRef(table)}
      where ${quoteIdent(HASH_COLUMN)} is not null
      order by ${[keyExpression, ...orderBy].join(", ")}`,
  );
  return rows.map((row) => ({ table: AUDIT_TABLE, chain: row.chain, hash: row.hash }));
}
