import "server-only";
import { db } from "@/lib/db";
import type { ChainedAuditEvent } from "@/lib/domain/audit-chain/chain-hash";
import type { Prisma } from "@/lib/generated/prisma/client";

const BATCH = 2000;

export const CHAINED_EVENT_SELECT = {
  id: true, chain: true, chainSeq: true, at: true, actorId: true, actorLabel: true, action: true,
  entityType: true, entityId: true, articleId: true, claimId: true, before: true, after: true, reason: true,
  prevHash: true, contentHash: true, hash: true,
} as const satisfies Prisma.AuditEventSelect;

type ChainedRow = Prisma.AuditEventGetPayload<{ select: typeof CHAINED_EVENT_SELECT }>;

export function toChainedEvent(row: ChainedRow): ChainedAuditEvent {
  return { ...row, id: row.id.toString(), at: row.at.toISOString() };
}

/**
 * Every audit event in chain order — (chain, chainSeq), the unique index — in
 * batches by keyset, so millions of events never sit in memory at once.
 * `chain` limits it to one chain.
 */
export async function* readAuditChain(options: { chain?: string } = {}): AsyncGenerator<ChainedAuditEvent> {
  let after: { chain: string; seq: number } | null = null;
  for (;;) {
    const keyset: Prisma.AuditEventWhereInput = after
      ? { OR: [{ chain: { gt: after.chain } }, { chain: after.chain, chainSeq: { gt: after.seq } }] }
      : {};
    const rows: ChainedRow[] = await db.auditEvent.findMany({
      where: options.chain ? { AND: [{ chain: options.chain }, keyset] } : keyset,
      orderBy: [{ chain: "asc" }, { chainSeq: "asc" }],
      take: BATCH,
      select: CHAINED_EVENT_SELECT,
    });
    for (const row of rows) yield toChainedEvent(row);
    if (rows.length < BATCH) return;
    const last = rows[rows.length - 1];
    after = { chain: last.chain, seq: last.chainSeq };
  }
}
