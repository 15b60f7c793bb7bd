import "server-only";
import { db } from "@/lib/db";
import { describeUserAgent } from "@/lib/domain/auth/client-address";
import { idleCutoff } from "@/lib/domain/auth/session-policy";
import { can, type Actor } from "@/lib/domain/capabilities";
import { AppError } from "@/lib/errors";
import { userIdSchema } from "@/lib/schemas/user";
import { sessionPolicy } from "@/lib/server/auth/auth-policy";
import { authorize, notFound } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";

export type SessionView = {
  id: string; device: string; ip: string; createdAt: Date; lastSeenAt: Date; expiresAt: Date; isCurrent: boolean;
};

// A person signs in from a handful of devices; past this the list says so.
export const SESSION_LIST_LIMIT = 50;

export type UserSessions = { user: { id: string; email: string }; sessions: SessionView[] };

/** The live sessions of a user, newest use first: one's own, or anyone's for an admin. */
export async function listUserSessions(options: { actor: Actor | null; userId?: unknown }): Promise<UserSessions> {
  const actor = authorize(options.actor, "session:manage-own");
  const userId = options.userId === undefined ? actor.id : parseInput(userIdSchema, options.userId);
  if (userId !== actor.id && !can(actor, "user:manage")) {
    throw new AppError("FORBIDDEN", { userMessage: "You can only see your own sessions." });
  }
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true } });
  if (!user) throw notFound("The user");
  const now = new Date();
  const sessions = await db.userSession.findMany({
    // The same rule as sessionState, as a query: not revoked, not past either limit.
    where: { userId, revokedAt: null, expiresAt: { gt: now }, lastSeenAt: { gt: idleCutoff(now, sessionPolicy()) } },
    orderBy: { lastSeenAt: "desc" },
    take: SESSION_LIST_LIMIT,
    select: { id: true, userAgent: true, ip: true, createdAt: true, lastSeenAt: true, expiresAt: true },
  });
  return {
    user,
    sessions: sessions.map(({ userAgent, ...session }) => ({
      ...session,
      device: describeUserAgent(userAgent),
      isCurrent: session.id === actor.sessionId,
    })),
  };
}
