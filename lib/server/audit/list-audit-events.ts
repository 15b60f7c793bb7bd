import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import type { AuditExportEvent } from "@/lib/domain/exports/audit-export";
import { listAuditEventsSchema } from "@/lib/schemas/audit";
import { authorize, notFound } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";

/** An audit row as pages and exports show it (the export's shape plus who acted). */
export type AuditEventView = AuditExportEvent & { actorId: string | null };

/** An article's audit trail, oldest first, optionally for one claim or one person. */
export async function listAuditEvents(options: { actor: Actor | null; input: unknown }): Promise<AuditEventView[]> {
  authorize(options.actor, "audit:read");
  const input = parseInput(listAuditEventsSchema, options.input);
  const article = await db.article.findUnique({ where: { id: input.articleId }, select: { id: true } });
  if (!article) throw notFound("The article");
  const events = await db.auditEvent.findMany({
    where: { articleId: input.articleId, claimId: input.claimId, actorId: input.actorId },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    take: 5000,
    select: {
      id: true, at: true, actorId: true, actorLabel: true, action: true, entityType: true, entityId: true,
      claimId: true, before: true, after: true, reason: true,
      actor: { select: { name: true } },
    },
  });
  return events.map(({ actor, id, ...event }) => ({ ...event, id: id.toString(), actorName: actor?.name ?? null }));
}
