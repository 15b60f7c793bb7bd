// When a failed delivery is tried again: exponential backoff from 10 seconds,
// doubling, at most an hour apart, for a day after the change; then it is
// marked failed (an admin can still redeliver it).

export const FIRST_RETRY_MS = 10_000;
export const MAX_RETRY_GAP_MS = 60 * 60 * 1000;
export const RETRY_FOR_MS = 24 * 60 * 60 * 1000;

/** The next try after `attempts` failed tries, or null when the day is over. */
export function nextAttemptAt(options: { attempts: number; createdAt: Date; now: Date }): Date | null {
  const gap = Math.min(FIRST_RETRY_MS * 2 ** Math.max(options.attempts - 1, 0), MAX_RETRY_GAP_MS);
  const next = new Date(options.now.getTime() + gap);
  return next.getTime() - options.createdAt.getTime() > RETRY_FOR_MS ? null : next;
}
