import "server-only";
import type { ActivityCursor } from "@/lib/domain/activity-cursor";
import { Prisma } from "@/lib/generated/prisma/client";
import { SOURCE_SEARCH_VECTOR, tsquerySql } from "@/lib/server/search/full-text";

// The source library's statements, built here so that searchSources runs them
// and tests/integration/search-plans.test.ts EXPLAINs exactly the same SQL.

const COLUMNS = Prisma.sql`s.id, s.url, s.title, s.publisher, s.kind, s."accessedAt", s."createdAt"`;
// Web addresses are not words: part of one is matched as a substring (ILIKE,
// served by the trigram index on url) once it is long enough to be selective.
const MIN_URL_PART = 3;

/** The filter (`and …`) for sources with the words or part of the address; empty for every source. */
export function sourceMatchSql(query: string): Prisma.Sql {
  if (!query) return Prisma.empty;
  const urlMatch = query.length >= MIN_URL_PART ? Prisma.sql`or s.url ilike ${`%${escapeLike(query)}%`}` : Prisma.empty;
  return Prisma.sql`and (${SOURCE_SEARCH_VECTOR} @@ ${tsquerySql(query)} ${urlMatch})`;
}

export function countSourcesSql(match: Prisma.Sql, limit: number): Prisma.Sql {
  return Prisma.sql`select count(*)::int as counted from (select 1 from "Source" s where true ${match} limit ${limit + 1}) matches`;
}

/** Best match first: only ever run when at most RANK_LIMIT sources match. */
export function rankedSourcesSql(query: string, match: Prisma.Sql, page: { limit: number; offset: number }): Prisma.Sql {
  return Prisma.sql`select ${COLUMNS} from "Source" s where true ${match}
    order by ts_rank_cd(${SOURCE_SEARCH_VECTOR}, ${tsquerySql(query)}) desc, s."createdAt" desc, s.id desc
    limit ${page.limit} offset ${page.offset}`;
}

/** Newest first from a keyset on (createdAt, id). */
export function newestSourcesSql(match: Prisma.Sql, after: ActivityCursor | null, limit: number): Prisma.Sql {
  const from = after ? Prisma.sql`and (s."createdAt", s.id) < (${after.at}::timestamptz, ${after.id}::uuid)` : Prisma.empty;
  return Prisma.sql`select ${COLUMNS} from "Source" s where true ${match} ${from}
    order by s."createdAt" desc, s.id desc
    limit ${limit}`;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
