import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { accountKey, addressKey } from "@/lib/domain/auth/sign-in-throttle";
import type { Actor } from "@/lib/domain/capabilities";
import { userIdSchema } from "@/lib/schemas/user";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorize, notFound } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";

// A user (from /admin/users), an email as typed (the CLI), or a client address
// (an office behind one NAT address that a typo storm locked).
const unlockSchema = z.union([
  z.strictObject({ userId: userIdSchema }),
  z.strictObject({ email: z.string().trim().min(1).max(320) }),
  z.strictObject({ ip: z.string().trim().min(1).max(64) }),
]);

/**
 * An admin lifts a sign-in lockout before it runs out, and forgets the failures
 * counted so far. Returns whether a lockout was in force.
 */
export async function unlockSignIn(options: { actor: Actor | null; input: unknown }): Promise<{ wasLocked: boolean }> {
  const actor = authorize(options.actor, "user:manage");
  const input = parseInput(unlockSchema, options.input);
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
