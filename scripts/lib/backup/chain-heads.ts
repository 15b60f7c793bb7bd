// "Chain heads": the last event of each audit hash chain (docs/decisions/012),
// written into the manifest and checked again after a restore, so a restored
// desk shows it ends exactly where the backed-up one did.
import type pg from "pg";
import type { ChainHead } from "./archive-format";
import type { CatalogTable } from "./read-catalog";

const AUDIT_TABLE = "AuditEvent";

export async function readChainHeads(client: pg.ClientBase, tables: CatalogTable[]): Promise<ChainHead[]> {
  if (!tables.some((table) => table.name === AUDIT_TABLE)) return [];
  const { rows } = await client.query<{ chain: string; hash: string }>(
    `select distinct on (chain) chain, hash::text as hash from "AuditEvent" order by chain, "chainSeq" desc`,
  );
  return rows.map((row) => ({ table: AUDIT_TABLE, chain: row.chain, hash: row.hash }));
}
