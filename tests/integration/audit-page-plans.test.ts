// The audit page of a busy article stays a page's worth of work (decision 032):
// each of its statements walks an index of the article's chain, never sorts, and
// reads about as many index entries as it returns — a page (101 rows), a bounded
// count (at most 1,001), one probe per distinct person or claim — not the
// 30,000 events of the chain. The chain is seeded through the chain trigger
// (real positions and hashes), the statistics refreshed as autovacuum would, and
// the planner left to its own choices: at this size a missing index shows as a
// plan on another index, a sort, or thousands of rows read. EXPLAIN ANALYZE runs
// the very SQL the use cases run (lib/server/audit/audit-page-sql.ts).
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { Prisma } from "@/lib/generated/prisma/client";
import { AUDIT_PAGE_SIZE } from "@/lib/schemas/audit";
import {
  AUDIT_COUNT_LIMIT,
  auditActorsSql,
  auditClaimsSql,
  auditPageSql,
  boundedAuditCountSql,
  chainLengthSql,
} from "@/lib/server/audit/audit-page-sql";
import { getAuditFilterOptions } from "@/lib/server/audit/get-audit-filter-options";
import { listAuditEvents } from "@/lib/server/audit/list-audit-events";
import { makeArticle, makeUser } from "../support/factories";
import { withOwnerClient } from "../support/owner-database";
import { flattenPlan, sortNodes, type PlanNode } from "../support/query-plans";

const EVENTS = 30_000;
const PEOPLE = 6;
const CURRENT_CLAIMS = 40;
const DELETED_CLAIMS = 20;
const PAGE = AUDIT_PAGE_SIZE + 1; // the use case reads one more, to know there is an older page

async function analyze(sql: Prisma.Sql): Promise<PlanNode[]> {
  const rows = await db.$queryRaw<{ "QUERY PLAN": [{ Plan: PlanNode }] }[]>(
    Prisma.sql`explain (analyze, format json) ${sql}`,
  );
  return flattenPlan(rows[0]["QUERY PLAN"][0].Plan);
}

const auditScans = (nodes: PlanNode[]) => nodes.filter((node) => node["Relation Name"] === "AuditEvent");
const indexesOf = (nodes: PlanNode[]) => auditScans(nodes).map((node) => node["Index Name"] ?? node["Node Type"]);
const sorts = sortNodes;
/** Entries the plan read from "AuditEvent": returned plus filtered out, over every loop. */
const rowsRead = (nodes: PlanNode[]) =>
  auditScans(nodes).reduce((sum, node) => sum + ((node["Actual Rows"] ?? 0) + (node["Rows Removed by Filter"] ?? 0)) * (node["Actual Loops"] ?? 1), 0);
const describePlan = (nodes: PlanNode[]) =>
  JSON.stringify(nodes.map((node) => [node["Node Type"], node["Index Name"], node["Actual Rows"], node["Actual Loops"]]));

describe("the audit page of an article with 30,000 events", () => {
  let viewer: Actor;
  let articleId: string;
  let people: Actor[];
  let currentClaims: string[];
  let deletedClaims: string[];

  beforeAll(async () => {
    viewer = await makeUser("viewer");
    people = await Promise.all(Array.from({ length: PEOPLE }, (_, n) => makeUser("editor", { name: `Plan person ${n}` })));
    const article = await makeArticle(people[0]);
    articleId = article.id;
    currentClaims = Array.from({ length: CURRENT_CLAIMS }, () => randomUUID());
    deletedClaims = Array.from({ length: DELETED_CLAIMS }, () => randomUUID());
    await db.$executeRaw`
      insert into "Claim" (id, "articleId", "revisionId", exact, start, "end", restated, "createdById", "updatedAt")
      select c.id, ${article.id}::uuid, ${article.revision.id}::uuid, 'Current quote ' || c.n, c.n, c.n + 5, 'Current quote ' || c.n,
             ${people[0].id}::uuid, now()
      from unnest(${currentClaims}::uuid[]) with ordinality c(id, n)`;
    // Through the chain trigger, in order: every claim is created first, one
    // event in ten is on the article itself, and each deleted claim's last event
    // is its deletion (which keeps its quote, as deleteClaim writes it).
    const claims = [...currentClaims, ...deletedClaims];
    await db.$executeRaw`
      with claims as (select array_agg(id order by n) as ids from unnest(${claims}::uuid[]) with ordinality c(id, n)),
           people as (select array_agg(id order by n) as ids from unnest(${people.map((p) => p.id)}::uuid[]) with ordinality p(id, n)),
           events as (
             select g, p.ids[1 + g % ${PEOPLE}] as actor,
                    case when g <= ${claims.length} then c.ids[g]
                         when g % 10 = 0 then null
                         else c.ids[1 + g % ${claims.length}] end as claim,
                    case when g <= ${claims.length} then 'claim.create' else 'comment.add' end as action
             from generate_series(1, ${EVENTS}) g, claims c, people p
             union all
             select ${EVENTS} + d.n, p.ids[1], d.id, 'claim.delete'
             from unnest(${deletedClaims}::uuid[]) with ordinality d(id, n), people p)
      insert into "AuditEvent" ("actorId", "actorLabel", action, "entityType", "entityId", "articleId", "claimId", before, after)
      select e.actor, 'user', e.action, 'claim', coalesce(e.claim::text, ${article.id}), ${article.id}::uuid, e.claim,
             case when e.action = 'claim.delete' then jsonb_build_object('exact', 'Deleted quote ' || e.claim) end,
             case when e.action = 'claim.create' then jsonb_build_object('exact', 'Created quote ' || e.claim)
                  when e.action = 'comment.add' then jsonb_build_object('body', 'Note ' || e.g) end
      from events e order by e.g`;
    await withOwnerClient(async (owner) => {
      // What autovacuum does for an append-only table: statistics, and the
      // visibility map that lets index-only scans skip the heap.
      await owner.query('vacuum analyze "AuditEvent", "Claim", "User"');
    });
  }, 120_000);

  it("seeds a chain numbered 1..n by the trigger (the head is the count)", async () => {
    const [row] = await db.$queryRaw<{ counted: number; head: number }[]>`
      select count(*)::int as counted, max("chainSeq") as head from "AuditEvent" where chain = ${articleId}`;
    expect(row).toEqual({ counted: EVENTS + DELETED_CLAIMS, head: EVENTS + DELETED_CLAIMS });
  });

  it("shows the exact total from the chain head, and a filtered total bounded at 1,000", async () => {
    const all = await listAuditEvents({ actor: viewer, input: { articleId } });
    expect(all).toMatchObject({ total: EVENTS + DELETED_CLAIMS, isTotalCapped: false, olderBefore: EVENTS + DELETED_CLAIMS - AUDIT_PAGE_SIZE + 1 });
    expect(all.events).toHaveLength(AUDIT_PAGE_SIZE);
    const person = await listAuditEvents({ actor: viewer, input: { articleId, actorId: people[1].id } });
    expect(person).toMatchObject({ total: AUDIT_COUNT_LIMIT, isTotalCapped: true });
    expect(new Set(person.events.map((event) => event.actorId))).toEqual(new Set([people[1].id]));
    // A claim has about 450 events here: counted exactly.
    const claim = currentClaims[3];
    const [{ exact }] = await db.$queryRaw<{ exact: number }[]>`
      select count(*)::int as exact from "AuditEvent" where chain = ${articleId} and "claimId" = ${claim}::uuid`;
    expect(exact).toBeLessThan(AUDIT_COUNT_LIMIT);
    expect(await listAuditEvents({ actor: viewer, input: { articleId, claimId: claim } })).toMatchObject({ total: exact, isTotalCapped: false });
  });

  it("lists every person and claim of the trail, deleted claims with the quote their deletion kept", async () => {
    const options = await getAuditFilterOptions({ actor: viewer, articleId });
    expect(options.people.map((person) => person.id).sort()).toEqual(people.map((person) => person.id).sort());
    expect(options.claims.slice(0, CURRENT_CLAIMS)).toEqual(
      currentClaims.map((id, n) => ({ id, quote: `Current quote ${n + 1}`, isDeleted: false })),
    );
    expect(options.claims.slice(CURRENT_CLAIMS).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...deletedClaims].sort().map((id) => ({ id, quote: `Deleted quote ${id}`, isDeleted: true })),
    );
  });

  // [what, statement, the one index it may read, most entries it may read, most rows it may sort]
  it.each([
    ["the newest page", () => auditPageSql({ chain: articleId }, undefined, PAGE), "AuditEvent_chain_chainSeq_key", PAGE, 0],
    ["an older page", () => auditPageSql({ chain: articleId }, 15_000, PAGE), "AuditEvent_chain_chainSeq_key", PAGE, 0],
    ["a person's page", () => auditPageSql({ chain: articleId, actorId: people[2].id }, 20_000, PAGE), "AuditEvent_chain_actorId_chainSeq_idx", PAGE, 0],
    ["a claim's page", () => auditPageSql({ chain: articleId, claimId: currentClaims[5] }, undefined, PAGE), "AuditEvent_chain_claimId_chainSeq_idx", PAGE, 0],
    ["the exact total", () => chainLengthSql(articleId), "AuditEvent_chain_chainSeq_key", 1, 0],
    ["a person's bounded count", () => boundedAuditCountSql({ chain: articleId, actorId: people[2].id }), "AuditEvent_chain_actorId_chainSeq_idx", AUDIT_COUNT_LIMIT + 1, 0],
    ["a claim's bounded count", () => boundedAuditCountSql({ chain: articleId, claimId: currentClaims[5] }), "AuditEvent_chain_claimId_chainSeq_idx", AUDIT_COUNT_LIMIT + 1, 0],
    // One probe per person, and one to find there is no next one.
    ["the people in the trail", () => auditActorsSql(articleId), "AuditEvent_chain_actorId_chainSeq_idx", PEOPLE + 2, 0],
    // One probe per claim and one more, plus the newest event of each deleted
    // claim; the only sort is of the 60 distinct claims, into text order.
    ["the claims in the trail", () => auditClaimsSql(articleId), "AuditEvent_chain_claimId_chainSeq_idx", CURRENT_CLAIMS + 2 * DELETED_CLAIMS + 2, CURRENT_CLAIMS + DELETED_CLAIMS],
  ])("reads %s from one index of the chain, a bounded number of entries, sorting no events", async (_name, sql, index, mostRead, mostSorted) => {
    const nodes = await analyze(sql());
    const plan = describePlan(nodes);
    expect(new Set(indexesOf(nodes)), plan).toEqual(new Set([index]));
    expect(rowsRead(nodes), plan).toBeLessThanOrEqual(mostRead);
    if (mostSorted === 0) expect(sorts(nodes), plan).toEqual([]);
    for (const sort of sorts(nodes)) expect((sort["Actual Rows"] ?? 0) * (sort["Actual Loops"] ?? 1), plan).toBeLessThanOrEqual(mostSorted);
  });
});
