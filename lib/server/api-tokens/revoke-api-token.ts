import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { revokeApiTokenSchema } from "@/lib/schemas/api-token";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorize, notFound } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";

export async function revokeApiToken(options: { actor: Actor | null; input: unknown }): Promise<void> {
  const actor = authorize(options.actor, "token:manage");
  const { tokenId } = parseInput(revokeApiTokenSchema, options.input);
  await db.$transaction(async (tx) => {
    const token = await tx.apiToken.findUnique({ where: { id: tokenId }, select: { id: true, revokedAt: true } });
    if (!token) throw notFound("The token");
    if (token.revokedAt) return;
    const revokedAt = new Date();
    await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt } });
    await recordAuditEvent(tx, {
      actor,
      action: "api-token.revoke",
      entityType: "api-token",
      entityId: token.id,
      before: { revokedAt: null },
      after: { revokedAt },
    });
  });
}
