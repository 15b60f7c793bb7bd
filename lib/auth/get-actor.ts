import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import type { Actor } from "@/lib/domain/capabilities";
import { findSessionActor } from "@/lib/server/auth/find-session-actor";
import { applyTwoFactorGate } from "@/lib/server/auth/two-factor/apply-two-factor-gate";
import { authOptions } from "./auth-options";

type FactdeskSession = { uid?: string; sv?: number; sid?: string };

/**
 * The signed-in user of this request, or null. One database read per request
 * (the session record joined to its user). A token without a session id (made
 * before session records existed) is refused: sign in again.
 */
export const getActor = cache(async (): Promise<Actor | null> => (await getActorRecheck())?.() ?? null);

/**
 * Reads the session cookie once and returns a function that resolves its actor
 * again, from the database, each time it is called: a live stream calls it
 * long after the request's cookies are gone, to notice a session that ended.
 */
export async function getActorRecheck(options: { isActivity?: boolean } = {}): Promise<(() => Promise<Actor | null>) | null> {
  const session = (await getServerSession(authOptions)) as FactdeskSession | null;
  if (!session?.uid || typeof session.sv !== "number" || typeof session.sid !== "string") return null;
  const claims = { userId: session.uid, sessionVersion: session.sv, sessionId: session.sid };
  return async () => {
    const actor = await findSessionActor(claims, options);
    // Two-factor: flags a reviewer/admin who must enrol first.
    return actor && applyTwoFactorGate(actor);
  };
}
