// The claims page and the source library must stay fast at a million claims:
// every statement is served by an index and no plan sorts more than a page
// (ranked results sort their matches, at most RANK_LIMIT). This test EXPLAINs
// the very SQL the use cases run. The test database is small, so the planner is
// told to avoid sequential scans and sorts wherever an index can serve: a plan
// that still holds a Sort, or no scan of the expected index, means the index is
// missing or the SQL no longer matches its expression. `npm run bench:scale`
// prints the same plans at scale with the planner's own choices.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeArticle, makeUser } from "../support/factories";
import { withOwnerClient } from "../support/owner-database";
import { flattenPlan, sortNodes, type PlanNode } from "../support/query-plans";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  claimMatchSql,
  countClaimsSql,
  looksLikeClaimsSql,
  newestClaimsSql,
  rankedClaimsSql,
} from "@/lib/server/claims/claim-search-sql";
import { RANK_LIMIT } from "@/lib/server/search/full-text";
import { countSourcesSql, newestSourcesSql, rankedSourcesSql, sourceMatchSql } from "@/lib/server/sources/source-search-sql";

const someone = "0b7e2a52-8c1f-4c57-9a43-1f4f7d2a9e10";
const cursor = { at: new Date("2026-06-01T00:00:00Z"), id: someone };

// avoidSorts: an index must give the order. bitmapOnly: the rows must come from
// an index condition (a bitmap scan needs one; a plain index scan of a tiny
// table can walk any index whole, which would prove nothing).
async function planOf(sql: Prisma.Sql, options: { avoidSorts?: boolean; bitmapOnly?: boolean } = {}): Promise<PlanNode[]> {
  const rows = await db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe("set local enable_seqscan = off");
    if (options.avoidSorts) await tx.$executeRawUnsafe("set local enable_sort = off");
    if (options.bitmapOnly) await tx.$executeRawUnsafe("set local enable_indexscan = off");
    return tx.$queryRaw<{ "QUERY PLAN": [{ Plan: PlanNode }] }[]>(Prisma.sql`explain (format json) ${sql}`);
  });
  return flattenPlan(rows[0]["QUERY PLAN"][0].Plan);
}

const indexesUsed = (nodes: PlanNode[]) => nodes.flatMap((node) => (node["Index Name"] ? [node["Index Name"]] : []));
const sorts = sortNodes;

describe("the claims page's plans", () => {
  // Fresh statistics, as autovacuum keeps them in production: other test files
  // fill "Claim" in parallel, and with statistics from when it was nearly empty
  // the planner may walk the (updatedAt, id) index filtering by assignee instead.
  // ANALYZE needs the table's owner.
  // On a nearly empty table every plan costs about the same, so the table gets
  // a few thousand old claims (a third assigned, as at a real desk) first.
  beforeAll(async () => {
    const editor = await makeUser("editor");
    const article = await makeArticle(editor);
    await db.$executeRaw`
      insert into "Claim" (id, "articleId", "revisionId", exact, start, "end", restated, "assigneeId", "createdById", "createdAt", "updatedAt")
      select gen_random_uuid(), ${article.id}::uuid, ${article.revision.id}::uuid, 'Plan filler ' || g, 0, 10, 'Plan filler ' || g,
             case when g % 3 = 0 then ${editor.id}::uuid end, ${editor.id}::uuid,
             timestamptz '2001-01-01' + g * interval '1 minute', timestamptz '2001-01-01' + g * interval '1 minute'
      from generate_series(1, 5000) g`;
    await withOwnerClient(async (owner) => {
      await owner.query('analyze "Claim"');
    });
  });

  const words = claimMatchSql({ query: "council budg", assigneeId: null });

  it("counts and ranks matches from the full-text index", async () => {
    expect(indexesUsed(await planOf(countClaimsSql(words, RANK_LIMIT), { bitmapOnly: true }))).toContain("Claim_search_idx");
    expect(indexesUsed(await planOf(rankedClaimsSql("council budg", words, { limit: 50, offset: 0 }), { bitmapOnly: true }))).toContain("Claim_search_idx");
  });

  it.each([
    ["the recent claims", claimMatchSql({ query: "", assigneeId: null }), "Claim_updatedAt_id_idx"],
    ["a search with too many matches to rank", words, "Claim_updatedAt_id_idx"],
    ["the assigned queue", claimMatchSql({ query: "", assigneeId: someone }), "Claim_assigneeId_updatedAt_id_idx"],
  ])("lists %s newest first by walking an index from the cursor, with no sort", async (_name, match, index) => {
    for (const after of [null, cursor]) {
      const nodes = await planOf(newestClaimsSql(match, after, 51), { avoidSorts: true });
      expect(sorts(nodes)).toEqual([]);
      const scan = nodes.find((node) => node["Index Name"] === index);
      expect(scan, JSON.stringify(nodes.map((node) => [node["Node Type"], node["Index Name"]]))).toBeDefined();
      if (after) expect(scan!["Index Cond"]).toMatch(/updatedAt/);
    }
  });

  it("finds look-alike words through the trigram indexes", async () => {
    const used = indexesUsed(await planOf(looksLikeClaimsSql("councel", 20), { bitmapOnly: true }));
    expect(used).toEqual(expect.arrayContaining(["Claim_exact_trgm_idx", "Claim_restated_trgm_idx"]));
  });
});

describe("the source library's plans", () => {
  const words = sourceMatchSql("statistics office");

  it("finds sources by words through the full-text index and by address through the trigram index", async () => {
    expect(indexesUsed(await planOf(countSourcesSql(words, RANK_LIMIT), { bitmapOnly: true }))).toEqual(
      expect.arrayContaining(["Source_search_idx", "Source_url_trgm_idx"]),
    );
    expect(indexesUsed(await planOf(rankedSourcesSql("statistics office", words, { limit: 50, offset: 0 }), { bitmapOnly: true }))).toContain("Source_search_idx");
  });

  it("lists the newest sources from a cursor by walking an index, with no sort", async () => {
    for (const after of [null, cursor]) {
      const nodes = await planOf(newestSourcesSql(Prisma.empty, after, 51), { avoidSorts: true });
      expect(sorts(nodes)).toEqual([]);
      expect(indexesUsed(nodes)).toContain("Source_createdAt_id_idx");
    }
  });
});
