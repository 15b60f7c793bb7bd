import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { sha256Hex } from "@/lib/domain/hashing";
import { AppError } from "@/lib/errors";
import { createApiTokenSchema } from "@/lib/schemas/api-token";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorize } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";

export const API_TOKEN_PREFIX = "fdk_";

/**
 * Creates a bearer token acting as a user. The token is returned once; only its
 * SHA-256 is stored (tokens are long and random, so a fast hash is enough).
 */
export async function createApiToken(options: {
  actor: Actor | null;
  input: unknown;
}): Promise<{ id: string; name: string; token: string }> {
  const actor = authorize(options.actor, "token:manage");
  const input = parseInput(createApiTokenSchema, options.input);
  const token = API_TOKEN_PREFIX + randomBytes(32).toString("base64url");
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, disabledAt: true } });
    if (!user || user.disabledAt) {
      throw new AppError("VALIDATION", {
        userMessage: "Choose an active user for the token.",
        fieldErrors: { userId: ["Choose an active user."] },
      });
    }
    const created = await tx.apiToken.create({
      data: { name: input.name, userId: user.id, tokenHash: sha256Hex(token) },
      select: { id: true, name: true },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "api-token.create",
      entityType: "api-token",
      entityId: created.id,
      after: { name: created.name, userId: user.id },
    });
    return { ...created, token };
  });
}
