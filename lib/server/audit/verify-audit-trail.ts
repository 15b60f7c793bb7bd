import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { createChainVerifier, type ChainVerification, type ExpectedHead } from "@/lib/domain/audit-chain/verify-chain";
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
  const verifier = createChainVerifier(await signOffHeads());
  for await (const event of readAuditChain()) verifier.add(event);
  return { ...verifier.finish(), checkedAt: new Date(), milliseconds: Date.now() - startedAt };
}

async function signOffHeads(): Promise<ExpectedHead[]> {
  const signOffs = await db.signOff.findMany({
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
