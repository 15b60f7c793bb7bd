import "server-only";
import type { Tx } from "@/lib/db";
import type { ExportedAuditEvent } from "@/lib/domain/audit-chain/audit-export-document";
import { Prisma } from "@/lib/generated/prisma/client";
import { toChainedEvent } from "./read-audit-chain";

export type ArticleAuditRow = Parameters<typeof toChainedEvent>[0] & { actorName: string | null };

/**
 * The columns of an exported event, in the order its JSON keys come out (the
 * streamed export, read-article-audit-batches.ts, selects the same list, so both
 * write the same bytes). before/after also as the exact text the chain hashed.
 */
export const ARTICLE_AUDIT_COLUMNS = `e.id, e.chain, e."chainSeq", e.at, e."actorId"::text as "actorId", e."actorLabel", e.action, e."entityType",
       e."entityId", e."articleId"::text as "articleId", e."claimId"::text as "claimId", e.before, e.after,
       e.before::text as "beforeText", e.after::text as "afterText", e.reason, e."prevHash", e."contentHash", e.hash,
       u.name as "actorName"`;

export function toExportedAuditEvent({ actorName, ...row }: ArticleAuditRow): ExportedAuditEvent {
  return { ...toChainedEvent(row), actorName };
}

/**
 * An article's whole audit chain in order, with each actor's display name, for
 * the in-memory export (the reference the streamed one is checked against, and
 * the benchmark's baseline); inside the caller's snapshot.
 */
export async function loadArticleAuditChain(tx: Tx, articleId: string): Promise<ExportedAuditEvent[]> {
  const rows = await tx.$queryRaw<ArticleAuditRow[]>(Prisma.sql`
    select ${Prisma.raw(ARTICLE_AUDIT_COLUMNS)}
      from "AuditEvent" e left join "User" u on u.id = e."actorId"
     where e.chain = ${articleId}
     order by e."chainSeq"`);
  return rows.map(toExportedAuditEvent);
}
