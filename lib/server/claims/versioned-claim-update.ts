import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notFound } from "@/lib/server/authorize";
import { CLAIM_VIEW_SELECT, type ClaimView } from "./claim-view";

/** Loads a claim inside a transaction, or throws NOT_FOUND. */
export async function loadClaim(tx: Tx, claimId: string): Promise<ClaimView> {
  const claim = await tx.claim.findUnique({ where: { id: claimId }, select: CLAIM_VIEW_SELECT });
  if (!claim) throw notFound("The claim");
  return claim;
}

/**
 * Optimistic concurrency: the update only applies while the claim is still at
 * `expectedVersion`. Zero rows means someone saved first; the caller gets a
 * CONFLICT carrying the current claim, and its transaction (with any audit event)
 * rolls back. Concurrent writers queue on the row lock and re-check the version,
 * so exactly one of them wins.
 */
export async function updateClaimAtVersion(
  tx: Tx,
  claimId: string,
  expectedVersion: number,
  data: Prisma.ClaimUncheckedUpdateManyInput,
): Promise<ClaimView> {
  // One UPDATE … RETURNING: the claim as it now is, or no row when the version moved on.
  const [after] = await tx.claim.updateManyAndReturn({
    where: { id: claimId, version: expectedVersion },
    data: { ...data, version: { increment: 1 } },
    select: CLAIM_VIEW_SELECT,
  });
  if (!after) throw await conflictOrNotFound(tx, claimId);
  return after;
}

/** Throws CONFLICT unless the claim is still at `expectedVersion`. */
export async function assertClaimVersion(tx: Tx, claim: ClaimView, expectedVersion: number): Promise<void> {
  if (claim.version !== expectedVersion) throw await conflictOrNotFound(tx, claim.id);
}

async function conflictOrNotFound(tx: Tx, claimId: string): Promise<AppError> {
  const current = await tx.claim.findUnique({ where: { id: claimId }, select: CLAIM_VIEW_SELECT });
  if (!current) return notFound("The claim");
  // The conflict names who saved first (issue 12, item 2): the claim's newest audit event.
  const latest = await tx.auditEvent.findFirst({
    where: { claimId },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    select: { actorLabel: true, at: true, actor: { select: { name: true } } },
  });
  const who = latest?.actor?.name ?? "Someone else";
  return new AppError("CONFLICT", {
    userMessage: `${who} changed this claim while you were editing. Its current state is shown; your text is kept so you can apply it again.`,
    details: { current, changedBy: who, changedAt: latest?.at ?? null },
  });
}
