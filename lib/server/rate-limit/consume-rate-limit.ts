import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export const API_RATE_LIMIT_PER_MINUTE = Number(process.env.FACTDESK_API_RATE_LIMIT ?? 120);
const WINDOW_MS = 60_000;

/**
 * Counts one request against `key` in the current one-minute window and throws
 * RATE_LIMITED past `limit`. The counter is a Postgres row (atomic upsert), so
 * every app instance behind a load balancer shares it.
 */
export async function consumeRateLimit(key: string, limit = API_RATE_LIMIT_PER_MINUTE): Promise<{ remaining: number }> {
  const now = Date.now();
  const windowStart = new Date(now - (now % WINDOW_MS));
  const rows = await db.$queryRaw<{ count: number }[]>`
    insert into "RateLimitWindow" ("key", "windowStart", "count") values (${key}, ${windowStart}, 1)
    on conflict ("key", "windowStart") do update set "count" = "RateLimitWindow"."count" + 1
    returning "count"`;
  const count = Number(rows[0].count);
  if (count === 1) {
    // First request of a new window: drop this key's old windows.
    await db.rateLimitWindow.deleteMany({ where: { key, windowStart: { lt: windowStart } } });
  }
  if (count > limit) {
    const retryAfterSeconds = Math.ceil((windowStart.getTime() + WINDOW_MS - now) / 1000);
    throw new AppError("RATE_LIMITED", {
      userMessage: `Too many requests: at most ${limit} a minute. Try again in ${retryAfterSeconds} s.`,
      details: { retryAfterSeconds },
    });
  }
  return { remaining: limit - count };
}
