import "server-only";
import { db } from "@/lib/db";
import type { ActivityCursor } from "@/lib/domain/activity-cursor";
import type { Actor } from "@/lib/domain/capabilities";
import type { NotificationKind } from "@/lib/generated/prisma/client";
import { authorize } from "@/lib/server/authorize";

export const INBOX_PAGE_SIZE = 30;

export type InboxItem = {
  id: string;
  kind: NotificationKind;
  message: string;
  actorLabel: string;
  articleId: string | null;
  claimId: string | null;
  createdAt: Date;
  readAt: Date | null;
};

/**
 * One page of the signed-in user's own inbox, newest first: keyset on
 * (createdAt, id) over the (recipientId, createdAt, id) index. Only ever the
 * actor's notifications: the recipient is the actor, never an input.
 */
export async function listNotifications(options: {
  actor: Actor | null;
  after?: ActivityCursor | null;
  limit?: number;
}): Promise<{ items: InboxItem[]; next: ActivityCursor | null; unread: number }> {
  const actor = authorize(options.actor, "inbox:read");
  const limit = Math.min(Math.max(options.limit ?? INBOX_PAGE_SIZE, 1), 100);
  const after = options.after;
  const rows = await db.notification.findMany({
    where: {
      recipientId: actor.id,
      ...(after ? { OR: [{ createdAt: { lt: after.at } }, { createdAt: after.at, id: { lt: after.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: { id: true, kind: true, message: true, actorLabel: true, articleId: true, claimId: true, createdAt: true, readAt: true },
  });
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const unread = await db.notification.count({ where: { recipientId: actor.id, readAt: null } });
  return { items, next: rows.length > limit && last ? { at: last.createdAt, id: last.id } : null, unread };
}
