import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { AppError } from "@/lib/errors";
import { createUserSchema } from "@/lib/schemas/user";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { hashPassword } from "@/lib/server/auth/passwords";
import { authorize } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";

export type PublicUser = { id: string; email: string; name: string; role: Actor["role"] };

export async function createUser(options: { actor: Actor | null; input: unknown }): Promise<PublicUser> {
  const actor = authorize(options.actor, "user:manage");
  const input = parseInput(createUserSchema, options.input);
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (existing) {
      throw new AppError("VALIDATION", {
        userMessage: "Some fields need attention.",
        fieldErrors: { email: ["A user with this email already exists."] },
      });
    }
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, role: input.role, passwordHash },
      select: { id: true, email: true, name: true, role: true },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "user.create",
      entityType: "user",
      entityId: user.id,
      after: { email: user.email, name: user.name, role: user.role },
    });
    return user;
  });
}
