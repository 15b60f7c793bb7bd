import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { AppError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorize } from "@/lib/server/authorize";
import { revokeSessions } from "./revoke-sessions";

/** "End all other sessions": every session of the actor except the one making the request. */
export async function endOtherSessions(options: { actor: Actor | null }): Promise<{ ended: number }> {
  const actor = authorize(options.actor, "session:manage-own");
  if (!actor.sessionId) {
    throw new AppError("RULE_VIOLATION", { userMessage: "Only a signed-in browser can end its other sessions." });
  }
  const currentId = actor.sessionId;
  return db.$transaction(async (tx) => {
    const ended = await revokeSessions(tx, { userId: actor.id, id: { not: currentId } }, "ended-by-user");
    if (ended > 0) {
      await recordAuditEvent(tx, {
        actor, action: "session.end-others", entityType: "user", entityId: actor.id,
        after: { ended, kept: currentId },
      });
    }
    return { ended };
  });
}
