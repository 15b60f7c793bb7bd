import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import type { AuditExportEvent } from "@/lib/domain/exports/audit-export";
import { listAuditEventsSchema } from "@/lib/schemas/audit";
import {
  AUDIT_COUNT_LIMIT,
  auditPageSql,
  boundedAuditCountSql,
  chainLengthSql,
  userNamesSql,
  type AuditPageFilter,
} from "@/lib/server/audit/audit-page-sql";
import { authorize, notFound } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";

/** An audit row as pages show it (the export's shape plus who acted and its place in the chain). */
export type AuditEventView = AuditExportEvent & { actorId: string | null; chainSeq: number };

export type AuditEventPage = {
  /** Newest first. */
  events: AuditEventView[];
  /**
   * How many events match: exact for the whole trail (the chain's head
   * position); for a filter, exact up to AUDIT_COUNT_LIMIT, else that limit
   * with `isTotalCapped` (the count stops there, decision 032).
   */
  total: number;
  isTotalCapped: boolean;
  /** The cursor of the next (older) page, or null on the last one. */
  olderBefore: number | null;
  /** Names of the users this page's events mention by id (an assignee, say), to show them as people. */
  namesById: Record<string, string>;
};

const uuidSchema = z.uuid();

/**
 * One page of an article's audit trail, newest first, optionally for one claim
 * or one person. Keyset pagination on the chain's own order — (chain, chainSeq)
 * or, filtered, (chain, claimId | actorId, chainSeq) — so a page costs the same
 * at the 50th page as at the first, and at 100,000 events as at 100.
 */
export async function listAuditEvents(options: { actor: Actor | null; input: unknown }): Promise<AuditEventPage> {
  authorize(options.actor, "audit:read");
  const input = parseInput(listAuditEventsSchema, options.input);
  const article = await db.article.findUnique({ where: { id: input.articleId }, select: { id: true } });
  if (!article) throw notFound("The article");
  const filter: AuditPageFilter = { chain: article.id, claimId: input.claimId, actorId: input.actorId };
  const isFiltered = Boolean(input.claimId || input.actorId);
  const [rows, [{ counted }]] = await Promise.all([
    db.$queryRaw<AuditEventView[]>(auditPageSql(filter, input.before, input.limit + 1)),
    db.$queryRaw<{ counted: number }[]>(isFiltered ? boundedAuditCountSql(filter) : chainLengthSql(article.id)),
  ]);
  const events = rows.slice(0, input.limit);
  const olderBefore = rows.length > input.limit ? events[events.length - 1].chainSeq : null;
  const isTotalCapped = isFiltered && counted > AUDIT_COUNT_LIMIT;
  return {
    events,
    total: isTotalCapped ? AUDIT_COUNT_LIMIT : counted,
    isTotalCapped,
    olderBefore,
    namesById: await namesMentionedBy(events),
  };
}

/** Users named by id in the events' before/after (keys ending in "Id"), looked up in one statement. */
async function namesMentionedBy(events: AuditEventView[]): Promise<Record<string, string>> {
  const ids = new Set<string>();
  for (const event of events) {
    for (const fields of [event.before, event.after]) {
      if (!fields || typeof fields !== "object") continue;
      for (const [key, value] of Object.entries(fields)) {
        if (key.endsWith("Id") && typeof value === "string" && uuidSchema.safeParse(value).success) ids.add(value);
      }
    }
  }
  if (ids.size === 0) return {};
  const users = await db.$queryRaw<{ id: string; name: string }[]>(userNamesSql([...ids]));
  return Object.fromEntries(users.map((user) => [user.id, user.name]));
}
