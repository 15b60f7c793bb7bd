import "server-only";
import { db } from "@/lib/db";
import type { LiveChange } from "@/lib/domain/live/live-messages";

/** How far back a catch-up also looks, for events whose id was taken before a later one's but committed after it. */
const LATE_COMMIT_WINDOW = "2 seconds";
export const CATCH_UP_LIMIT = 500;

type Row = Omit<LiveChange, "chainSeq"> & { chainSeq: number };

/**
 * The article events after `afterId`, oldest first, from the audit trail itself:
 * what a stream missed while the browser or the listener was disconnected. Ids
 * come from a sequence taken at insert, so a transaction can commit after one
 * with a higher id: the look-back window re-sends those (the stream drops ids it
 * already sent). More than CATCH_UP_LIMIT: `isTruncated`, the page reloads its data.
 */
export async function readMissedChanges(afterId: bigint): Promise<{ changes: LiveChange[]; isTruncated: boolean }> {
  const rows = await db.$queryRaw<Row[]>`
    select e."id"::text as "id", e."articleId"::text as "articleId", e."claimId"::text as "claimId", e."chainSeq",
           e."action", e."entityType", e."actorId"::text as "actorId", u."name" as "actorName"
    from "AuditEvent" e left join "User" u on u."id" = e."actorId"
    where e."articleId" is not null
      and (e."id" > ${afterId}
           or (e."id" > ${afterId} - 1000
               and e."at" >= (select "at" from "AuditEvent" where "id" = ${afterId}) - ${LATE_COMMIT_WINDOW}::interval))
    order by e."id"
    limit ${CATCH_UP_LIMIT + 1}`;
  return { changes: rows.slice(0, CATCH_UP_LIMIT), isTruncated: rows.length > CATCH_UP_LIMIT };
}

/** The newest audit id: a page rendered now passes it to its stream, which then misses nothing after the render. */
export async function readLiveCursor(): Promise<string> {
  const rows = await db.$queryRaw<{ id: string | null }[]>`select max("id")::text as "id" from "AuditEvent"`;
  return rows[0]?.id ?? "0";
}
