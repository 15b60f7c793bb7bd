import "server-only";
import { toTextSearchQuery } from "@/lib/domain/search/text-search-query";
import { Prisma } from "@/lib/generated/prisma/client";

// The indexed expressions of migration 20261202060000_search_indexes, repeated
// character for character: PostgreSQL uses an expression index only for the very
// same expression (tests/integration/search-plans.test.ts checks that it does).
// The restated claim weighs more (A) than the quoted words (B) in the ranking.
export const CLAIM_SEARCH_VECTOR = Prisma.raw(
  `(setweight(to_tsvector('english'::regconfig, c."restated"), 'A') || setweight(to_tsvector('english'::regconfig, c."exact"), 'B'))`,
);
export const SOURCE_SEARCH_VECTOR = Prisma.raw(
  `(setweight(to_tsvector('english'::regconfig, s."title"), 'A') || setweight(to_tsvector('english'::regconfig, s."publisher"), 'B'))`,
);

// Ranked results are at most this many: ranking needs every match scored, so
// past it a search lists the newest matches first (an index walk that stops at
// a page) and says that more than this many matched.
export const RANK_LIMIT = 1000;

// Counts past this say "more than 10,000" instead of counting every row.
export const COUNT_LIMIT = 10_000;

/**
 * The tsquery for a search box's words: websearch syntax ("phrase", -word, or)
 * and the last plain word as a prefix. Empty (matches nothing) when every word
 * is a stop word.
 */
export function tsquerySql(text: string): Prisma.Sql {
  const { websearch, prefix } = toTextSearchQuery(text);
  const words = Prisma.sql`websearch_to_tsquery('english'::regconfig, ${websearch})`;
  if (!prefix) return words;
  return Prisma.sql`(${words} && to_tsquery('english'::regconfig, ${`${prefix}:*`}))`;
}

/** A total, or "more than `limit`" when counting stopped there. */
export type BoundedCount = { count: number; isMore: boolean };

export function boundedCount(counted: number, limit: number): BoundedCount {
  return counted > limit ? { count: limit, isMore: true } : { count: counted, isMore: false };
}
