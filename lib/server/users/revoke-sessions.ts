import "server-only";
import type { Tx } from "@/lib/db";

export type RevokeReason = "sign-out" | "ended-by-user" | "ended-by-admin" | "sign-out-everywhere" | "disabled";

/**
 * Revokes the still-open session records matching `where` inside the caller's
 * transaction (which records the audit event); returns how many it ended.
 */
export async function revokeSessions(
  tx: Tx,
  where: { userId: string; id?: string | { not: string } },
  reason: RevokeReason,
): Promise<number> {
  const { count } = await tx.userSession.updateMany({
    where: { ...where, revokedAt: null },
    data: { revokedAt: new Date(), revokedReason: reason },
  });
  return count;
}
