// Failed sign-ins are counted per key (an account's email, a client address) in
// a fixed window; reaching the limit locks the key for a while. Pure: the
// database keeps the counter row, this decides what it becomes.

export type ThrottleRule = { maxFailures: number; windowMinutes: number; lockoutMinutes: number };

export type ThrottlePolicy = { perAccount: ThrottleRule; perAddress: ThrottleRule };

export type ThrottleCounter = { windowStart: Date; failures: number; lockedUntil: Date | null };

export type ThrottleVerdict = { isLocked: false } | { isLocked: true; retryAfterSeconds: number };

const MINUTE = 60_000;

export function checkThrottle(counter: ThrottleCounter | null, now: Date): ThrottleVerdict {
  if (!counter?.lockedUntil || counter.lockedUntil.getTime() <= now.getTime()) return { isLocked: false };
  return { isLocked: true, retryAfterSeconds: Math.ceil((counter.lockedUntil.getTime() - now.getTime()) / 1000) };
}

/** The counter after one more failure; a new window starts once the old one (or its lockout) is over. */
export function recordFailure(counter: ThrottleCounter | null, now: Date, rule: ThrottleRule): ThrottleCounter {
  const isWindowOver = !counter || now.getTime() - counter.windowStart.getTime() >= rule.windowMinutes * MINUTE;
  const hasLockEnded = Boolean(counter?.lockedUntil && counter.lockedUntil.getTime() <= now.getTime());
  const base = !counter || isWindowOver || hasLockEnded ? { windowStart: now, failures: 0 } : counter;
  const failures = base.failures + 1;
  const lockedUntil =
    failures >= rule.maxFailures ? new Date(now.getTime() + rule.lockoutMinutes * MINUTE) : null;
  return { windowStart: base.windowStart, failures, lockedUntil };
}

/** Of several verdicts (account, address), the one that waits longest. */
export function strictestVerdict(verdicts: ThrottleVerdict[]): ThrottleVerdict {
  let longest: ThrottleVerdict = { isLocked: false };
  for (const verdict of verdicts) {
    if (verdict.isLocked && (!longest.isLocked || verdict.retryAfterSeconds > longest.retryAfterSeconds)) longest = verdict;
  }
  return longest;
}

/** "Too many attempts; try again in N minutes" — rounded up, never "0 minutes". */
export function describeRetry(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many attempts; try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

export function accountKey(email: string): string {
  return `email:${email.trim().toLowerCase()}`;
}

export function addressKey(ip: string): string {
  return `ip:${ip}`;
}
