import "server-only";
import { db, type Tx } from "@/lib/db";
import {
  checkThrottle, recordFailure, strictestVerdict,
  type ThrottleCounter, type ThrottleRule, type ThrottleVerdict,
} from "@/lib/domain/auth/sign-in-throttle";

// The Postgres side of the sign-in throttle: one row per key, changed under a
// row lock so two instances counting the same key at once both count.

/** One indexed read for every key of an attempt: the check that runs before any bcrypt. */
export async function readThrottleVerdict(keys: string[], now: Date): Promise<ThrottleVerdict> {
  const counters = await db.signInThrottle.findMany({ where: { key: { in: keys } } });
  return strictestVerdict(counters.map((counter) => checkThrottle(counter, now)));
}

/** Counts one failure on `key`; returns the counter before and after. */
export async function countFailure(
  tx: Tx,
  key: string,
  rule: ThrottleRule,
  now: Date,
): Promise<{ before: ThrottleCounter | null; after: ThrottleCounter }> {
  // Make the row exist, then lock it: the read-decide-write below is then atomic.
  await tx.$executeRaw`insert into "SignInThrottle" ("key", "windowStart", "failures") values (${key}, ${now}, 0)
    on conflict ("key") do nothing`;
  const [row] = await tx.$queryRaw<ThrottleCounter[]>`
    select "windowStart", "failures", "lockedUntil" from "SignInThrottle" where "key" = ${key} for update`;
  const before = row.failures === 0 && !row.lockedUntil ? null : row;
  const after = recordFailure(before, now, rule);
  await tx.signInThrottle.update({ where: { key }, data: after });
  return { before, after };
}

/** A successful sign-in forgets the account's failures (never the address's). */
export async function clearFailures(tx: Tx, key: string): Promise<void> {
  await tx.signInThrottle.deleteMany({ where: { key } });
}

const DAY_MS = 24 * 60 * 60_000;

/**
 * Deletes counters untouched for a day (or for a window plus a lockout, if that
 * is longer) and not locked: a spray of made-up emails must not grow the table
 * for ever. An indexed range delete, usually of nothing; run after each failure.
 */
export async function pruneStaleCounters(now: Date, rule: ThrottleRule): Promise<void> {
  const cutoff = new Date(now.getTime() - Math.max(DAY_MS, (rule.windowMinutes + rule.lockoutMinutes) * 60_000));
  await db.signInThrottle.deleteMany({
    where: { windowStart: { lt: cutoff }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] },
  });
}
