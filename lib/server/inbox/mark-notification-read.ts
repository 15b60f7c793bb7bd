import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { markNotificationReadSchema } from "@/lib/schemas/inbox";
import { authorize } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";

// Reading one's own inbox is not a decision about the desk's work, so it is not
// audited (decision 021, like the other reads of decision 006). The write is
// scoped to the actor as recipient: another user's notification id matches
// nothing, which answers like an unknown one.

/** Marks one of the actor's notifications read; false when it is not theirs or unknown. */
export async function markNotificationRead(options: { actor: Actor | null; input: unknown }): Promise<{ isMarked: boolean }> {
  const actor = authorize(options.actor, "inbox:read");
  const { notificationId } = parseInput(markNotificationReadSchema, options.input);
  const { count } = await db.notification.updateMany({
    where: { id: notificationId, recipientId: actor.id, readAt: null },
    data: { readAt: new Date() },
  });
  return { isMarked: count > 0 };
}
