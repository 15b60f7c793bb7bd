import "server-only";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { GENESIS_HASH, type ChainHead } from "@/lib/domain/audit-chain/chain-hash";

/**
 * The last event of an article's audit chain (seq 0 and the genesis hash when
 * it has none). Stable inside a transaction that took lockAuditChain first.
 */
export async function readChainHead(client: Tx | typeof db, chain: string): Promise<ChainHead> {
  const head = await client.auditEvent.findFirst({
    where: { chain },
    orderBy: { chainSeq: "desc" },
    select: { chainSeq: true, hash: true },
  });
  return head ? { chain, seq: head.chainSeq, hash: head.hash } : { chain, seq: 0, hash: GENESIS_HASH };
}

/**
 * Takes the chain's append lock (the one the chain trigger takes, migration
 * 20261202020000) until the transaction ends, so a head read after it stays the
 * head: sign-off records the head it approved. Article writes hold the article
 * only FOR KEY SHARE now, so the article lock alone no longer keeps it still.
 */
export async function lockAuditChain(tx: Tx, chain: string): Promise<void> {
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtextextended(${`factdesk:audit-chain:${chain}`}, 0))`;
}
