import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";

/**
 * Turns a session's claims into the acting user, checked against the database on
 * every request: a disabled user, or a session older than the user's last
 * "sign out everywhere", gets null, so revocation takes effect at once.
 */
export async function findSessionActor(session: {
  userId: string;
  sessionVersion: number;
}): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: session.userId },
    select: { id: true, email: true, name: true, role: true, disabledAt: true, sessionVersion: true },
  });
  if (!user || user.disabledAt || user.sessionVersion !== session.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
