import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { authorize } from "@/lib/server/authorize";

// Not audited, like markNotificationRead (decision 021); only the actor's own rows.

/** Marks all of the actor's unread notifications read; how many. */
export async function markAllNotificationsRead(options: { actor: Actor | null }): Promise<{ marked: number }> {
  const actor = authorize(options.actor, "inbox:read");
  const { count } = await db.notification.updateMany({ where: { recipientId: actor.id, readAt: null }, data: { readAt: new Date() } });
  return { marked: count };
}
