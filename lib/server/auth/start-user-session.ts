import "server-only";
import type { Tx } from "@/lib/db";
import { sessionExpiresAt } from "@/lib/domain/auth/session-policy";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { sessionPolicy } from "./auth-policy";
import type { VerifiedUser } from "./verify-credentials";

const PRUNE_AFTER_DAYS = 30;

export type SignInClient = { ip: string; userAgent: string };

/** Creates the server-side session record of a sign-in, with its audit event; returns its id (for the JWT). */
export async function startUserSession(tx: Tx, options: { user: VerifiedUser; client: SignInClient }): Promise<string> {
  const { user, client } = options;
  const now = new Date();
  // Records that ended a month ago are no one's active session; the audit trail keeps their story.
  const longAgo = new Date(now.getTime() - PRUNE_AFTER_DAYS * 24 * 60 * 60_000);
  await tx.userSession.deleteMany({ where: { userId: user.id, OR: [{ revokedAt: { lt: longAgo } }, { expiresAt: { lt: longAgo } }] } });
  const session = await tx.userSession.create({
    data: {
      userId: user.id,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: sessionExpiresAt(now, sessionPolicy()),
      userAgent: client.userAgent.slice(0, 500),
      ip: client.ip,
    },
    select: { id: true, expiresAt: true },
  });
  await recordAuditEvent(tx, {
    actor: { id: user.id, email: user.email, name: user.name, role: user.role },
    action: "auth.sign-in", entityType: "session", entityId: session.id,
    after: { ip: client.ip, userAgent: client.userAgent.slice(0, 200), expiresAt: session.expiresAt },
  });
  return session.id;
}
