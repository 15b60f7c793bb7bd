import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

// The statements of the audit page (docs/decisions/032), built here so that the
// use cases run them and tests/integration/audit-page-plans.test.ts EXPLAINs
// exactly the same SQL. Every one is a range of one B-tree on the article's
// chain: (chain, chainSeq), (chain, "actorId", chainSeq) or (chain, "claimId", chainSeq).

/** More matches than this are shown as "more than COUNT_LIMIT": counting stops there. */
export const AUDIT_COUNT_LIMIT = 1000;

export type AuditPageFilter = { chain: string; claimId?: string; actorId?: string };

function filterSql(filter: AuditPageFilter): Prisma.Sql {
  const claim = filter.claimId ? Prisma.sql`and e."claimId" = ${filter.claimId}::uuid` : Prisma.empty;
  const actor = filter.actorId ? Prisma.sql`and e."actorId" = ${filter.actorId}::uuid` : Prisma.empty;
  return Prisma.sql`e."chain" = ${filter.chain} ${claim} ${actor}`;
}

/** One page newest first, from the keyset cursor: the index walked backwards, `limit` rows read. */
export function auditPageSql(filter: AuditPageFilter, before: number | undefined, limit: number): Prisma.Sql {
  const cursor = before ? Prisma.sql`and e."chainSeq" < ${before}::int` : Prisma.empty;
  return Prisma.sql`select e."id"::text as "id", e."chainSeq", e."at", e."actorId"::text as "actorId", e."actorLabel",
      e."action", e."entityType", e."entityId", e."claimId"::text as "claimId", e."before", e."after", e."reason",
      u."name" as "actorName"
    from "AuditEvent" e left join "User" u on u."id" = e."actorId"
    where ${filterSql(filter)} ${cursor}
    order by e."chainSeq" desc
    limit ${limit}`;
}

/**
 * The chain's head position, which is its exact event count: the chain trigger
 * numbers a chain's events 1, 2, 3… under the chain's lock and the table
 * refuses UPDATE, DELETE and TRUNCATE, so the positions have no gaps. One probe.
 */
export function chainLengthSql(chain: string): Prisma.Sql {
  return Prisma.sql`select coalesce((select e."chainSeq" from "AuditEvent" e where e."chain" = ${chain}
    order by e."chainSeq" desc limit 1), 0)::int as "counted"`;
}

/** Filtered matches counted up to AUDIT_COUNT_LIMIT + 1 entries of the filter's index, no further. */
export function boundedAuditCountSql(filter: AuditPageFilter): Prisma.Sql {
  return Prisma.sql`select count(*)::int as "counted"
    from (select 1 from "AuditEvent" e where ${filterSql(filter)} limit ${AUDIT_COUNT_LIMIT + 1}) matches`;
}

/**
 * Everyone who acted in the chain, with their names: a skip scan (a recursive
 * CTE jumping to the next distinct "actorId" of (chain, "actorId", chainSeq)),
 * so it costs one index probe per person, not one row per event.
 */
export function auditActorsSql(chain: string): Prisma.Sql {
  return Prisma.sql`with recursive actors as (
      (select e."actorId" from "AuditEvent" e where e."chain" = ${chain} and e."actorId" is not null
        order by e."actorId" limit 1)
      union all
      select (select e."actorId" from "AuditEvent" e where e."chain" = ${chain} and e."actorId" > a."actorId"
               order by e."actorId" limit 1)
      from actors a where a."actorId" is not null
    )
    select a."actorId"::text as "id", u."name"
    from actors a left join "User" u on u."id" = a."actorId"
    where a."actorId" is not null`;
}

/**
 * Every claim the chain mentions, by the same skip scan over (chain, "claimId",
 * chainSeq): the current quote from its Claim row, or, for a deleted claim
 * (only the trail remembers it), the quote from its newest create or delete
 * event, read newest first from that claim's own range of the index.
 */
export function auditClaimsSql(chain: string): Prisma.Sql {
  return Prisma.sql`with recursive mentioned as (
      (select e."claimId" from "AuditEvent" e where e."chain" = ${chain} and e."claimId" is not null
        order by e."claimId" limit 1)
      union all
      select (select e."claimId" from "AuditEvent" e where e."chain" = ${chain} and e."claimId" > m."claimId"
               order by e."claimId" limit 1)
      from mentioned m where m."claimId" is not null
    )
    select m."claimId"::text as "id", c."exact" as "currentQuote",
      case when c."id" is null then (
        select coalesce(
          case when jsonb_typeof(e."before" -> 'exact') = 'string' then e."before" ->> 'exact' end,
          case when jsonb_typeof(e."after" -> 'exact') = 'string' then e."after" ->> 'exact' end)
        from "AuditEvent" e
        where e."chain" = ${chain} and e."claimId" = m."claimId" and e."action" in ('claim.create', 'claim.delete')
        order by e."chainSeq" desc limit 1) end as "trailQuote"
    from mentioned m left join "Claim" c on c."id" = m."claimId"
    where m."claimId" is not null
    order by c."id" is null, c."start", c."end" desc, m."claimId"`;
}

/** Names of the users a page's events mention by id (assignees and the like): at most a page's worth. */
export function userNamesSql(ids: string[]): Prisma.Sql {
  return Prisma.sql`select u."id"::text as "id", u."name" from "User" u where u."id" = any(${ids}::uuid[])`;
}
