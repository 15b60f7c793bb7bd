import "server-only";
import { db } from "@/lib/db";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { revokeSessions } from "@/lib/server/users/revoke-sessions";

/**
 * Sign-out, on the server: revokes the session record named in the signed-out
 * token, so a copy of the cookie is refused from now on. The authority is the
 * token itself (next-auth verified its signature): the session must belong to
 * the token's user. Nothing happens for a token without a live record.
 */
export async function endSignedOutSession(token: { userId?: unknown; sessionId?: unknown }): Promise<void> {
  const { userId, sessionId } = token;
  if (typeof userId !== "string" || typeof sessionId !== "string" || !/^[0-9a-f-]{36}$/i.test(sessionId)) return;
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, role: true } });
    if (!user) return;
    const count = await revokeSessions(tx, { userId, id: sessionId }, "sign-out");
    if (count === 0) return;
    await recordAuditEvent(tx, {
      actor: user, action: "auth.sign-out", entityType: "session", entityId: sessionId,
      before: { revokedAt: null }, after: { revokedReason: "sign-out" },
    });
  });
}
