import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { authorize } from "@/lib/server/authorize";

/** The header badge: how many of the actor's own notifications are unread. */
export async function countUnreadNotifications(options: { actor: Actor | null }): Promise<number> {
  const actor = authorize(options.actor, "inbox:read");
  return db.notification.count({ where: { recipientId: actor.id, readAt: null } });
}
