import "server-only";
import { db } from "@/lib/db";
import { can, type Actor } from "@/lib/domain/capabilities";
import { AppError } from "@/lib/errors";
import { userIdSchema } from "@/lib/schemas/user";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorize, notFound } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";
import { revokeSessions } from "./revoke-sessions";

/**
 * Ends every session of a user (their own, or anyone's for an admin): revokes the
 * session records, and bumps sessionVersion so that any token the records missed
 * (one issued before session records existed) is refused too.
 */
export async function signOutEverywhere(options: { actor: Actor | null; userId: unknown }): Promise<void> {
  const actor = authorize(options.actor, "article:read");
  const userId = parseInput(userIdSchema, options.userId);
  if (userId !== actor.id && !can(actor, "user:manage")) {
    throw new AppError("FORBIDDEN", { userMessage: "You can only sign yourself out." });
  }
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
    if (!user) throw notFound("The user");
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    const ended = await revokeSessions(tx, { userId }, "sign-out-everywhere");
    await recordAuditEvent(tx, {
      actor,
      action: "user.sign-out-everywhere",
      entityType: "user",
      entityId: userId,
      before: { sessionVersion: user.sessionVersion },
      after: { sessionVersion: user.sessionVersion + 1, sessionsEnded: ended },
    });
  });
}
