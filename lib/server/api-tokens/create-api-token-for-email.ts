import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { AppError } from "@/lib/errors";
import { createApiTokenForEmailSchema } from "@/lib/schemas/api-token";
import { authorize } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";
import { createApiToken } from "./create-api-token";

/**
 * A token for the user with this email, for scripted CMS set-up. The token is
 * made (hashed, audited) by createApiToken, the same path as the admin page.
 */
export async function createApiTokenForEmail(options: {
  actor: Actor | null;
  input: unknown;
}): Promise<{ id: string; name: string; token: string; email: string }> {
  authorize(options.actor, "token:manage");
  const input = parseInput(createApiTokenForEmailSchema, options.input);
  const user = await db.user.findUnique({ where: { email: input.email }, select: { id: true, email: true, disabledAt: true } });
  if (!user || user.disabledAt) {
    const message = `No active user has the email ${input.email}.`;
    throw new AppError("VALIDATION", { userMessage: message, fieldErrors: { email: [message] } });
  }
  const created = await createApiToken({ actor: options.actor, input: { name: input.name, userId: user.id } });
  return { ...created, email: user.email };
}
