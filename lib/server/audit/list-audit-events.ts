import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import type { AuditExportEvent } from "@/lib/domain/exports/audit-export";
import { listAuditEventsSchema } from "@/lib/schemas/audit";
import { authorize, notFound } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";

/** An audit row as pages show it (the export's shape plus who acted and its place in the chain). */
export type AuditEventView = AuditExportEvent & { actorId: string | null; chainSeq: number };

export type AuditEventPage = {
  /** Newest first. */
  events: AuditEventView[];
  /** How many events match the filters in all. */
  total: number;
  /** The cursor of the next (older) page, or null on the last one. */
  olderBefore: number | null;
};

/**
 * One page of an article's audit trail, newest first, optionally for one claim
 * or one person. Keyset pagination on the chain's own order — (chain, chainSeq),
 * the unique index — so a page costs the same at the 50th page as at the first.
 */
export async function listAuditEvents(options: { actor: Actor | null; input: unknown }): Promise<AuditEventPage> {
  authorize(options.actor, "audit:read");
  const input = parseInput(listAuditEventsSchema, options.input);
  const article = await db.article.findUnique({ where: { id: input.articleId }, select: { id: true } });
  if (!article) throw notFound("The article");
  const where = { chain: article.id, claimId: input.claimId, actorId: input.actorId };
  const [rows, total] = await Promise.all([
    db.auditEvent.findMany({
      where: { ...where, chainSeq: input.before ? { lt: input.before } : undefined },
      orderBy: { chainSeq: "desc" },
      take: input.limit + 1,
      select: {
        id: true, chainSeq: true, at: true, actorId: true, actorLabel: true, action: true, entityType: true,
        entityId: true, claimId: true, before: true, after: true, reason: true,
        actor: { select: { name: true } },
      },
    }),
    db.auditEvent.count({ where }),
  ]);
  const events = rows.slice(0, input.limit).map(({ actor, id, ...event }) => ({ ...event, id: id.toString(), actorName: actor?.name ?? null }));
  const olderBefore = rows.length > input.limit ? events[events.length - 1].chainSeq : null;
  return { events, total, olderBefore };
}
