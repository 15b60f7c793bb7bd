import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/domain/capabilities";
import { createChainVerifier, type ChainVerification, type ExpectedHead } from "@/lib/domain/audit-chain/verify-chain";
import { readReplica } from "@/lib/read-replica";
import { authorize } from "@/lib/server/authorize";
import { readAuditChain } from "./read-audit-chain";

export type AuditTrailVerification = ChainVerification & { checkedAt: Date; milliseconds: number };

/**
 * Checks every audit chain in the database, and that each sign-off's recorded
 * head is still in its article's chain (so a chain rebuilt or cut short before
 * a sign-off is caught, not only an edited event).
 */
export async function verifyAuditTrail(options: { actor: Actor | null }): Promise<AuditTrailVerification> {
  authorize(options.actor, "audit:verify");
  const startedAt = Date.now();
  // Every event of every chain: on the replica when there is one (lib/read-replica.ts).
  const client = await readReplica();
  const verifier = createChainVerifier(await signOffHeads(client));
  for await (const event of readAuditChain({ client })) verifier.add(event);
  return { ...verifier.finish(), checkedAt: new Date(), milliseconds: Date.now() - startedAt };
}

async function signOffHeads(client: PrismaClient): Promise<ExpectedHead[]> {
  const signOffs = await client.signOff.findMany({
    where: { auditChainSeq: { not: null }, auditChainHash: { not: null } },
    select: { id: true, articleId: true, auditChainSeq: true, auditChainHash: true },
  });
  return signOffs.map((signOff) => ({
    chain: signOff.articleId,
    seq: signOff.auditChainSeq ?? 0,
    hash: signOff.auditChainHash ?? "",
    recordedBy: `sign-off ${signOff.id}`,
  }));
}
