import "server-only";
import type { Tx } from "@/lib/db";
import type { ExportedAuditEvent } from "@/lib/domain/audit-chain/audit-export-document";
import { CHAINED_EVENT_SELECT, toChainedEvent } from "./read-audit-chain";

/** An article's whole audit chain in order, with each actor's display name, for the JSON export. */
export async function loadArticleAuditChain(tx: Tx, articleId: string): Promise<ExportedAuditEvent[]> {
  const rows = await tx.auditEvent.findMany({
    where: { chain: articleId },
    orderBy: { chainSeq: "asc" },
    select: { ...CHAINED_EVENT_SELECT, actor: { select: { name: true } } },
  });
  return rows.map(({ actor, ...row }) => ({ ...toChainedEvent(row), actorName: actor?.name ?? null }));
}
