// When a server-side session stops counting (OWASP ASVS V7.3): after a period
// without requests (idle) or at a fixed time after sign-in (absolute), whichever
// comes first, and at once when it was revoked. Pure: the caller passes `now`.

export type SessionPolicy = { idleMinutes: number; maxHours: number };

export type SessionTimes = { lastSeenAt: Date; expiresAt: Date; revokedAt: Date | null };

export type SessionState = "live" | "revoked" | "idle" | "expired";

const MINUTE = 60_000;
/** lastSeenAt is moved at most this often: a write per request would double the load. */
export const LAST_SEEN_RESOLUTION_MS = MINUTE;

export function sessionExpiresAt(createdAt: Date, policy: SessionPolicy): Date {
  return new Date(createdAt.getTime() + policy.maxHours * 60 * MINUTE);
}

export function sessionState(session: SessionTimes, now: Date, policy: SessionPolicy): SessionState {
  if (session.revokedAt) return "revoked";
  if (now.getTime() >= session.expiresAt.getTime()) return "expired";
  if (now.getTime() - session.lastSeenAt.getTime() >= policy.idleMinutes * MINUTE) return "idle";
  return "live";
}

/** The oldest lastSeenAt a live session may have: for queries listing live sessions. */
export function idleCutoff(now: Date, policy: SessionPolicy): Date {
  return new Date(now.getTime() - policy.idleMinutes * MINUTE);
}

export function shouldTouchLastSeen(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= LAST_SEEN_RESOLUTION_MS;
}
