import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { AppError } from "@/lib/errors";
import { setUserRoleSchema } from "@/lib/schemas/user";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorize, notFound } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";

export async function setUserRole(options: { actor: Actor | null; input: unknown }): Promise<void> {
  const actor = authorize(options.actor, "user:manage");
  const { userId, role } = parseInput(setUserRoleSchema, options.input);
  if (userId === actor.id && role !== "admin") {
    throw new AppError("RULE_VIOLATION", { userMessage: "You cannot remove your own admin role." });
  }
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
    if (!user) throw notFound("The user");
    if (user.role === role) return;
    // Only from the role just read: of two admins making the same change at once,
    // one changes it and records it, the other finds nothing left to do.
    const { count } = await tx.user.updateMany({ where: { id: userId, role: user.role }, data: { role } });
    if (count === 0) return;
    await recordAuditEvent(tx, {
      actor,
      action: "user.set-role",
      entityType: "user",
      entityId: userId,
      before: { role: user.role },
      after: { role },
    });
  });
}
