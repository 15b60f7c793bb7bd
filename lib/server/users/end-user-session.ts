import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { can, type Actor } from "@/lib/domain/capabilities";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorize, notFound } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";
import { revokeSessions } from "./revoke-sessions";

const endSessionSchema = z.strictObject({ sessionId: z.uuid("Unknown session.") });

/** Ends one session: one's own (any device, this one included), or anyone's for an admin. */
export async function endUserSession(options: { actor: Actor | null; input: unknown }): Promise<void> {
  const actor = authorize(options.actor, "session:manage-own");
  const { sessionId } = parseInput(endSessionSchema, options.input);
  const isAdmin = can(actor, "user:manage");
  await db.$transaction(async (tx) => {
    const session = await tx.userSession.findUnique({ where: { id: sessionId }, select: { userId: true, revokedAt: true } });
    // Someone else's session is "not found" to a non-admin: its id reveals nothing.
    if (!session || (session.userId !== actor.id && !isAdmin)) throw notFound("The session");
    const reason = session.userId === actor.id ? "ended-by-user" : "ended-by-admin";
    const count = await revokeSessions(tx, { userId: session.userId, id: sessionId }, reason);
    if (count === 0) return;
    await recordAuditEvent(tx, {
      actor, action: "session.end", entityType: "session", entityId: sessionId,
      before: { revokedAt: null }, after: { userId: session.userId, revokedReason: reason },
    });
  });
}
