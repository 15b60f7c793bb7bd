import "server-only";
import { db } from "@/lib/db";
import { sessionState, shouldTouchLastSeen } from "@/lib/domain/auth/session-policy";
import type { Actor, Role } from "@/lib/domain/capabilities";
import { sessionPolicy } from "./auth-policy";

type SessionRow = {
  lastSeenAt: Date; expiresAt: Date; revokedAt: Date | null;
  userId: string; email: string; name: string; role: Role; disabledAt: Date | null; sessionVersion: number;
  totpEnabledAt: Date | null;
};

/**
 * Turns a session's claims into the acting user, checked against the database on
 * every request, in ONE query (session record joined to its user): a revoked,
 * idle or expired session record, a disabled user, or a token older than the
 * user's last "sign out everywhere" (sessionVersion) gets null, at once.
 */
export async function findSessionActor(
  session: { userId: string; sessionVersion: number; sessionId: string },
  /** false for a long-lived live stream re-checking its caller: an open tab is not activity, so it must not keep an idle session alive. */
  options: { isActivity?: boolean } = {},
): Promise<Actor | null> {
  if (!/^[0-9a-f-]{36}$/i.test(session.sessionId)) return null;
  const rows = await db.$queryRaw<SessionRow[]>`
    select s."lastSeenAt", s."expiresAt", s."revokedAt",
           u."id" as "userId", u."email", u."name", u."role"::text as "role", u."disabledAt", u."sessionVersion",
           u."totpEnabledAt"
    from "UserSession" s join "User" u on u."id" = s."userId"
    where s."id" = ${session.sessionId}::uuid`;
  const row = rows[0];
  if (!row || row.userId !== session.userId) return null;
  if (row.disabledAt || row.sessionVersion !== session.sessionVersion) return null;
  const now = new Date();
  if (sessionState(row, now, sessionPolicy()) !== "live") return null;
  if (options.isActivity !== false && shouldTouchLastSeen(row.lastSeenAt, now)) {
    // Conditional, so two instances touching at once write once; no audit (docs/decisions/006).
    await db.userSession.updateMany({
      where: { id: session.sessionId, revokedAt: null, lastSeenAt: row.lastSeenAt },
      data: { lastSeenAt: now },
    });
  }
  return {
    id: row.userId, email: row.email, name: row.name, role: row.role, sessionId: session.sessionId,
    hasTwoFactor: row.totpEnabledAt !== null,
  };
}
