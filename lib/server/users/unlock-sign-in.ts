import "server-only";
import { db } from "@/lib/db";
import { accountKey } from "@/lib/domain/auth/sign-in-throttle";
import type { Actor } from "@/lib/domain/capabilities";
import { userIdSchema } from "@/lib/schemas/user";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorize, notFound } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";

/**
 * An admin lifts a user's sign-in lockout before it runs out (the per-account
 * counter; a locked client address unlocks on its own). Returns whether there
 * was anything to lift.
 */
export async function unlockSignIn(options: { actor: Actor | null; userId: unknown }): Promise<{ wasLocked: boolean }> {
  const actor = authorize(options.actor, "user:manage");
  const userId = parseInput(userIdSchema, options.userId);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
    if (!user) throw notFound("The user");
    const key = accountKey(user.email);
    const counter = await tx.signInThrottle.findUnique({ where: { key } });
    if (!counter) return { wasLocked: false };
    await tx.signInThrottle.delete({ where: { key } });
    await recordAuditEvent(tx, {
      actor, action: "user.unlock-sign-in", entityType: "user", entityId: userId,
      before: { failures: counter.failures, lockedUntil: counter.lockedUntil }, after: { failures: 0, lockedUntil: null },
    });
    return { wasLocked: Boolean(counter.lockedUntil && counter.lockedUntil > new Date()) };
  });
}
