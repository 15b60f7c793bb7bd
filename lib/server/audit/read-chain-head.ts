import "server-only";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { GENESIS_HASH, type ChainHead } from "@/lib/domain/audit-chain/chain-hash";

/**
 * The last event of an article's audit chain (seq 0 and the genesis hash when
 * it has none). Inside a transaction that holds the article lock it is stable:
 * appending to the chain takes that same lock.
 */
export async function readChainHead(client: Tx | typeof db, chain: string): Promise<ChainHead> {
  const head = await client.auditEvent.findFirst({
    where: { chain },
    orderBy: { chainSeq: "desc" },
    select: { chainSeq: true, hash: true },
  });
  return head ? { chain, seq: head.chainSeq, hash: head.hash } : { chain, seq: 0, hash: GENESIS_HASH };
}
