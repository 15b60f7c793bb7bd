import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { AppError } from "@/lib/errors";
import { setUserDisabledSchema } from "@/lib/schemas/user";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorize, notFound } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";
import { revokeSessions } from "./revoke-sessions";

/** Disables (or re-enables) an account. Disabling also ends its sessions. */
export async function setUserDisabled(options: { actor: Actor | null; input: unknown }): Promise<void> {
  const actor = authorize(options.actor, "user:manage");
  const { userId, isDisabled } = parseInput(setUserDisabledSchema, options.input);
  if (userId === actor.id && isDisabled) {
    throw new AppError("RULE_VIOLATION", { userMessage: "You cannot disable your own account." });
  }
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { disabledAt: true } });
    if (!user) throw notFound("The user");
    if (Boolean(user.disabledAt) === isDisabled) return;
    const disabledAt = isDisabled ? new Date() : null;
    // Conditional on the state just read, so two admins clicking at once write one event.
    const { count } = await tx.user.updateMany({
      where: { id: userId, disabledAt: user.disabledAt },
      data: { disabledAt, ...(isDisabled ? { sessionVersion: { increment: 1 } } : {}) },
    });
    if (count === 0) return;
    if (isDisabled) await revokeSessions(tx, { userId }, "disabled");
    await recordAuditEvent(tx, {
      actor,
      action: isDisabled ? "user.disable" : "user.enable",
      entityType: "user",
      entityId: userId,
      before: { disabledAt: user.disabledAt },
      after: { disabledAt },
    });
  });
}
