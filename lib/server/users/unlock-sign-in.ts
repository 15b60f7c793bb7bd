import "server-only";
import { db } from "@/lib/db";
import { accountKey, addressKey } from "@/lib/domain/auth/sign-in-throttle";
import type { Actor } from "@/lib/domain/capabilities";
import { unlockSignInSchema } from "@/lib/schemas/user";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorize, notFound } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";

/**
 * An admin lifts a sign-in lockout before it runs out, and forgets the failures
 * counted so far. Returns whether a lockout was in force.
 */
export async function unlockSignIn(options: { actor: Actor | null; input: unknown }): Promise<{ wasLocked: boolean }> {
  const actor = authorize(options.actor, "user:manage");
  const input = parseInput(unlockSignInSchema, options.input);
  return db.$transaction(async (tx) => {
    let key: string;
    if ("userId" in input) {
      const user = await tx.user.findUnique({ where: { id: input.userId }, select: { email: true } });
      if (!user) throw notFound("The user");
      key = accountKey(user.email);
    } else {
      key = "email" in input ? accountKey(input.email) : addressKey(input.ip);
    }
    const counter = await tx.signInThrottle.findUnique({ where: { key } });
    if (!counter) return { wasLocked: false };
    await tx.signInThrottle.delete({ where: { key } });
    await recordAuditEvent(tx, {
      actor, action: "sign-in.unlock", entityType: "sign-in", entityId: key,
      before: { failures: counter.failures, lockedUntil: counter.lockedUntil }, after: { failures: 0, lockedUntil: null },
    });
    return { wasLocked: Boolean(counter.lockedUntil && counter.lockedUntil > new Date()) };
  });
}
