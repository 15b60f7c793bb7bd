import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { decodePageCursor, encodePageCursor, type PageCursor } from "@/lib/domain/search/page-cursor";
import type { Verdict } from "@/lib/domain/verdicts";
import type { Prisma } from "@/lib/generated/prisma/client";
import { searchClaimsSchema } from "@/lib/schemas/claim";
import { authorize } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";
import { boundedCount, COUNT_LIMIT, RANK_LIMIT, type BoundedCount } from "@/lib/server/search/full-text";
import { claimMatchSql, countClaimsSql, looksLikeClaimsSql, newestClaimsSql, rankedClaimsSql } from "./claim-search-sql";

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
  const match = claimMatchSql({ query, assigneeId: isAssignedToMe ? actor.id : null });
  if (!query) return newestFirst({ mode: "recent", match, cursor });

  const [{ counted }] = await db.$queryRaw<{ counted: number }[]>(countClaimsSql(match, RANK_LIMIT));
  if (counted === 0) return isAssignedToMe ? empty("newest") : looksLike(query);
  // The queue is short and read in order of change, so it is never ranked.
  if (counted > RANK_LIMIT || isAssignedToMe) {
    return newestFirst({ mode: "newest", match, cursor, total: boundedCount(counted, RANK_LIMIT) });
  }
  const offset = cursor && "offset" in cursor ? cursor.offset : 0;
  const rows = await db.$queryRaw<ClaimSearchRow[]>(rankedClaimsSql(query, match, { limit: CLAIMS_PAGE_SIZE, offset }));
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
  const rows = await db.$queryRaw<ClaimSearchRow[]>(newestClaimsSql(options.match, keyset, CLAIMS_PAGE_SIZE + 1));
  const total = options.total ?? (await countUpTo(options.match, COUNT_LIMIT));
  const claims = rows.slice(0, CLAIMS_PAGE_SIZE);
  const last = claims.at(-1);
  const next = rows.length > CLAIMS_PAGE_SIZE && last ? encodePageCursor({ keyset: { at: last.updatedAt, id: last.id } }) : null;
  return { mode: options.mode, claims, total, next };
}

async function countUpTo(match: Prisma.Sql, limit: number): Promise<BoundedCount> {
  const [{ counted }] = await db.$queryRaw<{ counted: number }[]>(countClaimsSql(match, limit));
  return boundedCount(counted, limit);
}

/** No claim has the words: claims whose words look like them, best first, one short page. */
async function looksLike(query: string): Promise<ClaimSearchPage> {
  const rows = await db.$queryRaw<ClaimSearchRow[]>(looksLikeClaimsSql(query, LOOKS_LIKE_LIMIT));
  return { mode: "looks-like", claims: rows, total: { count: rows.length, isMore: false }, next: null };
}

function empty(mode: ClaimSearchMode): ClaimSearchPage {
  return { mode, claims: [], total: { count: 0, isMore: false }, next: null };
}
