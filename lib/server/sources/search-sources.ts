import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { decodePageCursor, encodePageCursor } from "@/lib/domain/search/page-cursor";
import { searchSourcesSchema } from "@/lib/schemas/source";
import { authorize } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";
import { boundedCount, COUNT_LIMIT, RANK_LIMIT, type BoundedCount } from "@/lib/server/search/full-text";
import { countSourcesSql, newestSourcesSql, rankedSourcesSql, sourceMatchSql } from "./source-search-sql";
import type { SourceView } from "./source-view";

export type SourceSearchPage = {
  /** "newest" (no words, or more matches than can be ranked) or "ranked" (best match first). */
  mode: "newest" | "ranked";
  sources: SourceView[];
  total: BoundedCount;
  /** The ?after= of the next page, or null on the last one. */
  next: string | null;
};

/**
 * One page of the source library: with words, sources whose title or publisher
 * have them (full-text search, ranked, prefix for the last word) or whose web
 * address contains the query; without, the newest. Pages by keyset on
 * (createdAt, id), or by offset within a ranked list of at most RANK_LIMIT.
 */
export async function searchSources(options: { actor: Actor | null; input: unknown }): Promise<SourceSearchPage> {
  authorize(options.actor, "article:read");
  const { query, limit, after } = parseInput(searchSourcesSchema, options.input);
  const cursor = decodePageCursor(after);
  const match = sourceMatchSql(query);
  const countLimit = query ? RANK_LIMIT : COUNT_LIMIT;
  const [{ counted }] = await db.$queryRaw<{ counted: number }[]>(countSourcesSql(match, countLimit));
  const total = boundedCount(counted, countLimit);

  if (query && !total.isMore) {
    const offset = cursor && "offset" in cursor ? cursor.offset : 0;
    const sources = await db.$queryRaw<SourceView[]>(rankedSourcesSql(query, match, { limit, offset }));
    const nextOffset = offset + limit;
    return { mode: "ranked", sources: sources.map(toView), total, next: nextOffset < counted ? encodePageCursor({ offset: nextOffset }) : null };
  }
  const keyset = cursor && "keyset" in cursor ? cursor.keyset : null;
  const rows = await db.$queryRaw<(SourceView & { createdAt: Date })[]>(newestSourcesSql(match, keyset, limit + 1));
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const next = rows.length > limit && last ? encodePageCursor({ keyset: { at: last.createdAt, id: last.id } }) : null;
  return { mode: "newest", sources: page.map(toView), total, next };
}

function toView({ id, url, title, publisher, kind, accessedAt }: SourceView): SourceView {
  return { id, url, title, publisher, kind, accessedAt };
}
