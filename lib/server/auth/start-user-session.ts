import "server-only";
import type { Tx } from "@/lib/db";
import { sessionExpiresAt } from "@/lib/domain/auth/session-policy";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { sessionPolicy } from "./auth-policy";
import type { VerifiedUser } from "./verify-credentials";

export type SignInClient = { ip: string; userAgent: string };

/** Creates the server-side session record of a sign-in, with its audit event; returns its id (for the JWT). */
export async function startUserSession(tx: Tx, options: { user: VerifiedUser; client: SignInClient }): Promise<string> {
  const { user, client } = options;
  const now = new Date();
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
