import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { decodePageCursor, encodePageCursor, type PageCursor } from "@/lib/domain/search/page-cursor";
import type { Verdict } from "@/lib/domain/verdicts";
import { Prisma } from "@/lib/generated/prisma/client";
import { searchClaimsSchema } from "@/lib/schemas/claim";
import { authorize } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";
import {
  boundedCount,
  CLAIM_SEARCH_VECTOR,
  COUNT_LIMIT,
  RANK_LIMIT,
  tsquerySql,
  type BoundedCount,
} from "@/lib/server/search/full-text";

export type ClaimSearchRow = {
  id: string;
  articleId: string;
  headline: string;
  exact: string;
  restated: string;
  verdict: Verdict;
  isOrphaned: boolean;
  assigneeName: string | null;
  updatedAt: Date;
};

/**
 * How the page was made: "recent" (no words: the desk's claims, newest first),
 * "ranked" (best match first, when at most RANK_LIMIT claims match), "newest"
 * (more matched than can be ranked: newest matches first), "looks-like" (no
 * claim has the words: claims whose words look like them, by trigram).
 */
export type ClaimSearchMode = "recent" | "ranked" | "newest" | "looks-like";

export type ClaimSearchPage = {
  mode: ClaimSearchMode;
  claims: ClaimSearchRow[];
  total: BoundedCount;
  /** The ?after= of the next page, or null on the last one. */
  next: string | null;
};

export const CLAIMS_PAGE_SIZE = 50;
const LOOKS_LIKE_LIMIT = 20;

const ROW_COLUMNS = Prisma.sql`c.id, c."articleId", a.headline, c.exact, c.restated, c.verdict, c."isOrphaned",
  u.name as "assigneeName", c."updatedAt"`;
const ROW_JOINS = Prisma.sql`join "Article" a on a.id = c."articleId" left join "User" u on u.id = c."assigneeId"`;

/**
 * One page of claims across every article: found by their words (PostgreSQL
 * full-text search, ranked, with phrases and a prefix for the last word; trigram
 * "looks like" when nothing has the words), optionally only the actor's assigned
 * queue; with no words, the most recently changed claims. Every list walks an
 * index and stops at a page (tests/integration/search-plans.test.ts).
 */
export async function searchClaims(options: { actor: Actor | null; input: unknown }): Promise<ClaimSearchPage> {
  const actor = authorize(options.actor, "article:read");
  const { query, isAssignedToMe, after } = parseInput(searchClaimsSchema, options.input);
  const cursor = decodePageCursor(after);
  const assignee = isAssignedToMe ? Prisma.sql`and c."assigneeId" = ${actor.id}::uuid` : Prisma.empty;
  if (!query) return newestFirst({ mode: "recent", match: assignee, cursor });

  const tsquery = tsquerySql(query);
  const match = Prisma.sql`and ${CLAIM_SEARCH_VECTOR} @@ ${tsquery} ${assignee}`;
  // The queue is short and read in order of change, so it is never ranked.
  const [{ counted }] = await db.$queryRaw<{ counted: number }[]>`
    select count(*)::int as counted from (
      select 1 from "Claim" c where true ${match} limit ${RANK_LIMIT + 1}) matches`;
  if (counted === 0) return isAssignedToMe ? empty("newest") : looksLike(query);
  if (counted > RANK_LIMIT || isAssignedToMe) {
    return newestFirst({ mode: "newest", match, cursor, total: boundedCount(counted, RANK_LIMIT) });
  }
  const offset = cursor && "offset" in cursor ? cursor.offset : 0;
  const rows = await db.$queryRaw<ClaimSearchRow[]>`
    select ${ROW_COLUMNS} from "Claim" c ${ROW_JOINS}
    where true ${match}
    order by ts_rank_cd(${CLAIM_SEARCH_VECTOR}, ${tsquery}) desc, c.id desc
    limit ${CLAIMS_PAGE_SIZE} offset ${offset}`;
  const nextOffset = offset + CLAIMS_PAGE_SIZE;
  return {
    mode: "ranked",
    claims: rows,
    total: { count: counted, isMore: false },
    next: nextOffset < counted ? encodePageCursor({ offset: nextOffset }) : null,
  };
}

/** Newest first by (updatedAt, id): the index of all claims, or of one assignee's. */
async function newestFirst(options: {
  mode: ClaimSearchMode;
  match: Prisma.Sql;
  cursor: PageCursor | null;
  total?: BoundedCount;
}): Promise<ClaimSearchPage> {
  const keyset = options.cursor && "keyset" in options.cursor ? options.cursor.keyset : null;
  const from = keyset ? Prisma.sql`and (c."updatedAt", c.id) < (${keyset.at}::timestamptz, ${keyset.id}::uuid)` : Prisma.empty;
  const rows = await db.$queryRaw<ClaimSearchRow[]>`
    select ${ROW_COLUMNS} from "Claim" c ${ROW_JOINS}
    where true ${options.match} ${from}
    order by c."updatedAt" desc, c.id desc
    limit ${CLAIMS_PAGE_SIZE + 1}`;
  const total = options.total ?? (await countUpTo(options.match, COUNT_LIMIT));
  const claims = rows.slice(0, CLAIMS_PAGE_SIZE);
  const last = claims.at(-1);
  const next = rows.length > CLAIMS_PAGE_SIZE && last ? encodePageCursor({ keyset: { at: last.updatedAt, id: last.id } }) : null;
  return { mode: options.mode, claims, total, next };
}

async function countUpTo(match: Prisma.Sql, limit: number): Promise<BoundedCount> {
  const [{ counted }] = await db.$queryRaw<{ counted: number }[]>`
    select count(*)::int as counted from (select 1 from "Claim" c where true ${match} limit ${limit + 1}) matches`;
  return boundedCount(counted, limit);
}

/**
 * No claim has the words: claims whose words look like them (pg_trgm's word
 * similarity, served by the trigram indexes), best first, one short page.
 */
async function looksLike(query: string): Promise<ClaimSearchPage> {
  const rows = await db.$queryRaw<ClaimSearchRow[]>`
    select ${ROW_COLUMNS} from "Claim" c ${ROW_JOINS}
    where ${query} <% c.exact or ${query} <% c.restated
    order by greatest(word_similarity(${query}, c.exact), word_similarity(${query}, c.restated)) desc, c.id desc
    limit ${LOOKS_LIKE_LIMIT}`;
  return { mode: "looks-like", claims: rows, total: { count: rows.length, isMore: false }, next: null };
}

function empty(mode: ClaimSearchMode): ClaimSearchPage {
  return { mode, claims: [], total: { count: 0, isMore: false }, next: null };
}
