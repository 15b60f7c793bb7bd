import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// Idempotency keys in Postgres, so a retry reaching another app instance finds
// the first request's key. The primary key (scope, key) is what makes one of
// two concurrent requests with the same key the winner: the insert is atomic.

/** A day: long enough for any client's retries; older keys are deleted. */
export const IDEMPOTENCY_KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;
/** A first request still running after this is taken to have died (a crashed instance). */
export const IDEMPOTENCY_STALE_AFTER_MS = 60 * 1000;

export type StoredResponse = { status: number; headers: Record<string, string>; body: string };

export type KeyClaim =
  | { kind: "new" }
  | { kind: "replay"; response: StoredResponse }
  | { kind: "mismatch" }
  | { kind: "in-progress" };

/** Takes the key for this request, or says what the first request with it did. */
export async function claimIdempotencyKey(options: { scope: string; key: string; requestHash: string }): Promise<KeyClaim> {
  const { scope, key, requestHash } = options;
  await db.idempotencyKey.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - IDEMPOTENCY_KEY_LIFETIME_MS) } } });
  for (let attempt = 0; attempt < 3; attempt++) {
    const inserted = await db.$executeRaw`
      insert into "IdempotencyKey" ("scope", "key", "requestHash") values (${scope}, ${key}, ${requestHash})
      on conflict do nothing`;
    if (inserted === 1) return { kind: "new" };
    const row = await db.idempotencyKey.findUnique({ where: { scope_key: { scope, key } } });
    if (!row) continue; // deleted in between (expired or released): try the insert again
    if (row.requestHash !== requestHash) return { kind: "mismatch" };
    if (row.status !== null) {
      return { kind: "replay", response: { status: row.status, headers: (row.headers ?? {}) as Record<string, string>, body: row.body ?? "" } };
    }
    if (row.createdAt.getTime() > Date.now() - IDEMPOTENCY_STALE_AFTER_MS) return { kind: "in-progress" };
    // The first request's instance died mid-request: take the key over, once.
    const taken = await db.idempotencyKey.updateMany({
      where: { scope, key, status: null, createdAt: row.createdAt },
      data: { createdAt: new Date() },
    });
    return taken.count === 1 ? { kind: "new" } : { kind: "in-progress" };
  }
  return { kind: "in-progress" };
}

/** Keeps the first response: later requests with the key get it back. */
export async function completeIdempotencyKey(scope: string, key: string, response: StoredResponse): Promise<void> {
  await db.idempotencyKey.updateMany({
    where: { scope, key, status: null },
    data: { status: response.status, headers: response.headers as Prisma.InputJsonValue, body: response.body, completedAt: new Date() },
  });
}

/** Frees the key after a response that must not be replayed (nothing was done, or try again). */
export async function releaseIdempotencyKey(scope: string, key: string): Promise<void> {
  await db.idempotencyKey.deleteMany({ where: { scope, key, status: null } });
}
