import "server-only";
import { db } from "@/lib/db";
import type { ChainedAuditEvent } from "@/lib/domain/audit-chain/chain-hash";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";

const BATCH = 2000;

type ChainedRow = Omit<ChainedAuditEvent, "id" | "at"> & { id: bigint; at: Date };

export function toChainedEvent(row: ChainedRow): ChainedAuditEvent {
  return { ...row, id: row.id.toString(), at: row.at.toISOString() };
}

/**
 * Every audit event in chain order — (chain, chainSeq), the unique index — in
 * batches by keyset, so millions of events never sit in memory at once. The
 * keyset is a row comparison, `(chain, "chainSeq") > (…, …)`, which PostgreSQL
 * turns into an index range: each batch starts where the last ended instead of
 * rescanning from the first event. `chain` limits it to one chain; `client`
 * reads elsewhere than the primary (a read replica). before and after come
 * twice: parsed, and as the exact text the chain hashed.
 */
export async function* readAuditChain(
  options: { chain?: string; batchSize?: number; client?: PrismaClient } = {},
): AsyncGenerator<ChainedAuditEvent> {
  const batchSize = options.batchSize ?? BATCH;
  const client = options.client ?? db;
  let after: { chain: string; seq: number } = { chain: options.chain ?? "", seq: 0 };
  const onlyChain = options.chain ? Prisma.sql`and chain = ${options.chain}` : Prisma.empty;
  for (;;) {
    const rows = await client.$queryRaw<ChainedRow[]>`
      select id, chain, "chainSeq", at, "actorId"::text as "actorId", "actorLabel", action, "entityType", "entityId",
             "articleId"::text as "articleId", "claimId"::text as "claimId", before, after,
             before::text as "beforeText", after::text as "afterText", reason, "prevHash", "contentHash", hash
        from "AuditEvent"
       where (chain, "chainSeq") > (${after.chain}, ${after.seq}) ${onlyChain}
       order by chain, "chainSeq"
       limit ${batchSize}`;
    for (const row of rows) yield toChainedEvent(row);
    if (rows.length < batchSize) return;
    const last = rows[rows.length - 1];
    after = { chain: last.chain, seq: last.chainSeq };
  }
}
