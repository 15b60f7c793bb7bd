import "server-only";
import type { ActivityCursor } from "@/lib/domain/activity-cursor";
import { Prisma } from "@/lib/generated/prisma/client";
import { CLAIM_SEARCH_VECTOR, tsquerySql } from "@/lib/server/search/full-text";

// The statements of the claims page, built here so that the use case runs them
// and tests/integration/search-plans.test.ts EXPLAINs exactly the same SQL.

const ROW_COLUMNS = Prisma.sql`c.id, c."articleId", a.headline, c.exact, c.restated, c.verdict, c."isOrphaned",
  u.name as "assigneeName", c."updatedAt"`;
const ROW_JOINS = Prisma.sql`join "Article" a on a.id = c."articleId" left join "User" u on u.id = c."assigneeId"`;

/** The filter (`and …`) for claims with the words, of one assignee, or both; empty for every claim. */
export function claimMatchSql(options: { query: string; assigneeId: string | null }): Prisma.Sql {
  const assignee = options.assigneeId ? Prisma.sql`and c."assigneeId" = ${options.assigneeId}::uuid` : Prisma.empty;
  if (!options.query) return assignee;
  return Prisma.sql`and ${CLAIM_SEARCH_VECTOR} @@ ${tsquerySql(options.query)} ${assignee}`;
}

/** Matches counted up to limit + 1 (a bounded count stops reading there). */
export function countClaimsSql(match: Prisma.Sql, limit: number): Prisma.Sql {
  return Prisma.sql`select count(*)::int as counted from (select 1 from "Claim" c where true ${match} limit ${limit + 1}) matches`;
}

/** Best match first: only ever run when at most RANK_LIMIT claims match. */
export function rankedClaimsSql(query: string, match: Prisma.Sql, page: { limit: number; offset: number }): Prisma.Sql {
  return Prisma.sql`select ${ROW_COLUMNS} from "Claim" c ${ROW_JOINS}
    where true ${match}
    order by ts_rank_cd(${CLAIM_SEARCH_VECTOR}, ${tsquerySql(query)}) desc, c.id desc
    limit ${page.limit} offset ${page.offset}`;
}

/** Newest first from a keyset on (updatedAt, id): a backward walk of an index that stops after `limit` rows. */
export function newestClaimsSql(match: Prisma.Sql, after: ActivityCursor | null, limit: number): Prisma.Sql {
  const from = after ? Prisma.sql`and (c."updatedAt", c.id) < (${after.at}::timestamptz, ${after.id}::uuid)` : Prisma.empty;
  return Prisma.sql`select ${ROW_COLUMNS} from "Claim" c ${ROW_JOINS}
    where true ${match} ${from}
    order by c."updatedAt" desc, c.id desc
    limit ${limit}`;
}

/** Claims whose words look like the query (pg_trgm word similarity, served by the trigram indexes). */
export function looksLikeClaimsSql(query: string, limit: number): Prisma.Sql {
  return Prisma.sql`select ${ROW_COLUMNS} from "Claim" c ${ROW_JOINS}
    where ${query} <% c.exact or ${query} <% c.restated
    order by greatest(word_similarity(${query}, c.exact), word_similarity(${query}, c.restated)) desc, c.id desc
    limit ${limit}`;
}
