import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import type { PresenceBeat } from "@/lib/domain/live/live-messages";
import { announcePresenceSchema } from "@/lib/schemas/presence";
import { authorize, notFound } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";

/**
 * A review page's heartbeat: "I have this article open, on this claim". Sent as
 * a NOTIFY that every instance's listener hears (docs/decisions/019), so
 * presence works across instances without a table. The name is the caller's own,
 * from their session, never from the request. Not audited: it changes nothing.
 */
export async function announcePresence(options: { actor: Actor | null; input: unknown }): Promise<void> {
  const actor = authorize(options.actor, "article:read");
  const input = parseInput(announcePresenceSchema, options.input);
  const article = await db.article.findUnique({ where: { id: input.articleId }, select: { id: true } });
  if (!article) throw notFound("The article");
  const beat: PresenceBeat = { ...input, userId: actor.id, name: actor.name };
  await db.$executeRaw`select pg_notify('factdesk_presence', ${JSON.stringify(beat)})`;
}
