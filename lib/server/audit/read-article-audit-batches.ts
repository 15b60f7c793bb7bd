import "server-only";
import type { ExportedAuditEvent } from "@/lib/domain/audit-chain/audit-export-document";
import type { ReadSnapshot } from "@/lib/read-snapshot";
import { ARTICLE_AUDIT_COLUMNS, toExportedAuditEvent, type ArticleAuditRow } from "./load-article-audit-chain";

/**
 * An article's audit chain in order, `batchSize` events at a time, inside the
 * snapshot of a streamed export. The keyset is the unique index (chain,
 * chainSeq): each batch is an index range that starts where the last ended.
 * A generator: the next batch is read only when the stream asks for it.
 */
export async function* readArticleAuditBatches(
  snapshot: ReadSnapshot,
  articleId: string,
  batchSize: number,
): AsyncGenerator<ExportedAuditEvent[]> {
  let afterSeq = 0;
  for (;;) {
    const rows = await snapshot.query<ArticleAuditRow>(
      // The limit inside, on the index range, before the join: without fresh
      // statistics the planner otherwise hash-joins every remaining event of
      // the chain for each batch (45 ms instead of 1 ms a batch at 200,000 events).
      `select ${ARTICLE_AUDIT_COLUMNS}
         from (select * from "AuditEvent" where chain = $1 and "chainSeq" > $2 order by "chainSeq" limit $3) e
         left join "User" u on u.id = e."actorId"
        order by e."chainSeq"`,
      [articleId, afterSeq, batchSize],
    );
    if (rows.length > 0) yield rows.map(toExportedAuditEvent);
    if (rows.length < batchSize) return;
    afterSeq = rows[rows.length - 1].chainSeq;
  }
}
