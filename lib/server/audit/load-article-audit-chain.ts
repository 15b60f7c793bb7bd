import "server-only";
import type { Tx } from "@/lib/db";
import type { ExportedAuditEvent } from "@/lib/domain/audit-chain/audit-export-document";
import { Prisma } from "@/lib/generated/prisma/client";
import { toChainedEvent } from "./read-audit-chain";

type Row = Parameters<typeof toChainedEvent>[0] & { actorName: string | null };

/**
 * An article's whole audit chain in order, with each actor's display name, for
 * the exports; inside the caller's snapshot. before/after also as the exact
 * text the chain hashed (see read-audit-chain.ts).
 */
export async function loadArticleAuditChain(tx: Tx, articleId: string): Promise<ExportedAuditEvent[]> {
  const rows = await tx.$queryRaw<Row[]>(Prisma.sql`
    select e.id, e.chain, e."chainSeq", e.at, e."actorId"::text as "actorId", e."actorLabel", e.action, e."entityType",
           e."entityId", e."articleId"::text as "articleId", e."claimId"::text as "claimId", e.before, e.after,
           e.before::text as "beforeText", e.after::text as "afterText", e.reason, e."prevHash", e."contentHash", e.hash,
           u.name as "actorName"
      from "AuditEvent" e left join "User" u on u.id = e."actorId"
     where e.chain = ${articleId}
     order by e."chainSeq"`);
  return rows.map(({ actorName, ...row }) => ({ ...toChainedEvent(row), actorName }));
}
