// `npm run bench:audit-partitions`: would partitioning the audit table pay at
// volume (decision 029)? On a throwaway embedded PostgreSQL it builds three
// copies of "AuditEvent" — as it is (one table), PARTITION BY HASH (chain) in 16,
// and PARTITION BY RANGE (at) by month — fills each with the same BENCH_EVENTS
// events (default 2,000,000, over two years, one event in 20 on one busy
// article), with the same indexes and a copy of the chain trigger, and times in
// the same run, as ratios partitioned / one table:
//   - the audit page's statements (lib/server/audit/audit-page-sql.ts) on the
//     busy article: newest page, an older page, a person's page, a claim's page,
//     the head lookup (the exact total, and what the trigger does on every
//     insert), a bounded count, the filter options' skip scans; and the live
//     cursor every page render reads (max(id));
//   - appends: single-event transactions from BENCH_WRITERS (4) writers through
//     the chain trigger (its lock and head lookup), events/s;
//   - verify-style streaming of every event in (chain, chainSeq) order by keyset.
// The three copies exist side by side and every measurement runs in rounds that
// take them in turn (the machine is shared: a change in load falls on all alike).
//   BENCH_EVENTS        events in each copy (default 2,000,000)
//   BENCH_APPENDS       appends timed per copy (4,000), BENCH_WRITERS at once (4)
//   BENCH_REPEATS       runs of each statement per copy (30)
//   BENCH_CUSTOM_PLANS  1: the writers plan the trigger's head lookup per call
//                       (plan_cache_mode = force_custom_plan), pruned to one partition
// About 6 minutes at 2M on 2 cores. At 10M: BENCH_EVENTS=10000000 (about 20
// minutes, and ~15 GB of disk under .test-data while it runs).
import pg from "pg";
import { runSql, startBenchDatabase } from "./lib/bench-database";

const EVENTS = Number(process.env.BENCH_EVENTS ?? 2_000_000);
const APPENDS = Number(process.env.BENCH_APPENDS ?? 4_000);
const WRITERS = Number(process.env.BENCH_WRITERS ?? 4);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 30);
const ROUNDS = 5;
const HASH_PARTITIONS = 16;
const ARTICLES = Math.max(50, Math.round(EVENTS / 2000));
const USERS = 20;
const CLAIMS_PER_ARTICLE = 50;
const BUSY = "00000000-0000-4000-8000-00000000b005";

type Variant = { table: string; label: string; create: (client: pg.Client) => Promise<void> };
type Statement = { text: string; values: unknown[] };
type Result = { durations: Map<string, number[]>; appended: number; appendSeconds: number; streamPerSecond: number };

const emptyResult = (): Result => ({ durations: new Map(), appended: 0, appendSeconds: 0, streamPerSecond: 0 });

const VARIANTS: Variant[] = [
  { table: "bench_plain", label: "one table", create: (client) => createPlain(client, "bench_plain") },
  { table: "bench_hash", label: `HASH (chain) x${HASH_PARTITIONS}`, create: (client) => createHash(client, "bench_hash") },
  { table: "bench_range", label: "RANGE (at) monthly", create: (client) => createRange(client, "bench_range") },
];

async function main(): Promise<void> {
  const bench = await startBenchDatabase("audit-partitions");
  const client = new pg.Client({ connectionString: bench.url });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("set maintenance_work_mem = '256MB'");
    let started = Date.now();
    await stage(client);
    console.log(`staged ${EVENTS.toLocaleString("en")} events over ${ARTICLES.toLocaleString("en")} articles in ${seconds(started)} s`);
    for (const variant of VARIANTS) {
      started = Date.now();
      await variant.create(client);
      await client.query(`insert into ${variant.table} select * from bench_events order by id`);
      await createIndexes(client, variant.table);
      await client.query(`vacuum analyze ${variant.table}`);
      console.log(`${variant.label}: loaded and indexed in ${seconds(started)} s (${await leafTables(client, variant.table)} leaf tables)`);
    }
    await client.query("drop table bench_events");
    // The machine is shared: every measurement runs in ROUNDS rounds that take
    // the variants in turn, so a change in load falls on all of them alike.
    const results = new Map<string, Result>(VARIANTS.map((variant) => [variant.table, emptyResult()]));
    const plans = new Map<string, [string, Statement][]>();
    for (const variant of VARIANTS) plans.set(variant.table, await statements(client, variant.table));
    for (let round = 0; round < ROUNDS; round++) {
      for (const variant of round % 2 ? [...VARIANTS].reverse() : VARIANTS) {
        await timeQueries(client, plans.get(variant.table)!, results.get(variant.table)!.durations, round === 0 ? 3 : 0);
      }
    }
    for (let round = 0; round < 2; round++) {
      for (const variant of round % 2 ? [...VARIANTS].reverse() : VARIANTS) {
        const result = results.get(variant.table)!;
        result.streamPerSecond = Math.max(result.streamPerSecond, await streamAll(client, variant.table));
      }
    }
    for (const variant of VARIANTS) await addChainTrigger(client, variant.table);
    const writers = await openWriters(bench.url);
    for (let round = 0; round < ROUNDS; round++) {
      for (const variant of round % 2 ? [...VARIANTS].reverse() : VARIANTS) {
        const result = results.get(variant.table)!;
        const batch = await append(writers, variant.table, round === 0);
        result.appended += batch.events;
        result.appendSeconds += batch.seconds;
      }
    }
    await Promise.all(writers.clients.map((writer) => writer.end()));
    report(results);
  } finally {
    await client.end().catch(() => {});
    await bench.stop();
  }
}

/** The events every variant gets, once: ids in time order, chains numbered 1..n. */
async function stage(client: pg.Client): Promise<void> {
  await client.query(`
    insert into "User" (id, email, name, "passwordHash", role, "updatedAt")
    select ('00000000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid, 'bench' || n || '@bench.test', 'Bench ' || n, 'x', 'editor', now()
    from generate_series(1, ${USERS}) n;
    insert into "Article" (id, slug, headline, "createdById", "updatedAt")
    select case when n = 1 then '${BUSY}'::uuid else gen_random_uuid() end, 'bench-' || n, 'Bench ' || n,
           '00000000-0000-4000-8000-000000000001', now()
    from generate_series(1, ${ARTICLES}) n;
    insert into "ArticleRevision" (id, "articleId", number, text, sha256, "createdById")
    values (gen_random_uuid(), '${BUSY}', 1, 'Bench text.', repeat('0', 64), '00000000-0000-4000-8000-000000000001');
    -- The busy article's claims exist (the filter options read their quotes from Claim), but for the last 10.
    insert into "Claim" (id, "articleId", "revisionId", exact, start, "end", restated, "createdById", "updatedAt")
    select md5('${BUSY}' || k)::uuid, '${BUSY}', r.id, 'Quote ' || k, k, k + 5, 'Quote ' || k, '00000000-0000-4000-8000-000000000001', now()
    from generate_series(0, ${CLAIMS_PER_ARTICLE - 11}) k, "ArticleRevision" r;
    create unlogged table bench_events (like "AuditEvent" including defaults);
    with articles as (select id, row_number() over (order by id) as n from "Article" where id <> '${BUSY}'),
         events as (
           select g, coalesce(a.id, '${BUSY}'::uuid) as article
           from generate_series(1, ${EVENTS}) g
           left join articles a on g % 20 <> 0 and a.n = 1 + g % ${ARTICLES - 1})
    insert into bench_events (id, at, "actorId", "actorLabel", action, "entityType", "entityId", "articleId", "claimId", after,
                              chain, "chainSeq", "prevHash", "contentHash", hash)
    select g, now() - interval '730 days' + g * (interval '730 days' / ${EVENTS}),
           ('00000000-0000-4000-8000-' || lpad((1 + (g * 7) % ${USERS})::text, 12, '0'))::uuid, 'user',
           case when g % 20 = 1 then 'claim.create' else 'comment.add' end, 'claim', g::text, article,
           case when g % 5 = 0 then null else md5(article::text || ((g / 7) % ${CLAIMS_PER_ARTICLE}))::uuid end,
           jsonb_build_object('exact', 'Quote ' || g),
           article::text, row_number() over (partition by article order by g), repeat('0', 64), repeat('0', 64), repeat('0', 64)
    from events;
    select setval('"AuditEvent_id_seq"', ${EVENTS} + 1);
    analyze bench_events;`);
}

async function createPlain(client: pg.Client, table: string): Promise<void> {
  await client.query(`create table ${table} (like "AuditEvent" including defaults)`);
}

// A partitioned table cannot have a primary key on id alone (a unique index
// must contain the partition key): id gets a plain index, uniqueness by the sequence.
async function createHash(client: pg.Client, table: string): Promise<void> {
  await client.query(`create table ${table} (like "AuditEvent" including defaults) partition by hash (chain)`);
  for (let remainder = 0; remainder < HASH_PARTITIONS; remainder++) {
    await client.query(`create table ${table}_${remainder} partition of ${table} for values with (modulus ${HASH_PARTITIONS}, remainder ${remainder})`);
  }
}

async function createRange(client: pg.Client, table: string): Promise<void> {
  await client.query(`create table ${table} (like "AuditEvent" including defaults) partition by range (at)`);
  const { rows } = await client.query<{ month: Date }>(`
    select generate_series(date_trunc('month', now() - interval '731 days'), date_trunc('month', now() + interval '31 days'), interval '1 month') as month`);
  for (const { month } of rows) {
    const name = `${table}_${month.toISOString().slice(0, 7).replace("-", "_")}`;
    await client.query(`create table ${name} partition of ${table} for values from ('${month.toISOString()}') to ('${month.toISOString()}'::timestamptz + interval '1 month')`);
  }
}

/** The indexes "AuditEvent" has, on any variant (a unique one on a time-partitioned table must contain at). */
async function createIndexes(client: pg.Client, table: string): Promise<void> {
  const isRange = table === "bench_range";
  const isPartitioned = table !== "bench_plain";
  await client.query(`
    ${isPartitioned ? `create index on ${table} (id)` : `alter table ${table} add primary key (id)`};
    create unique index on ${table} (chain, "chainSeq"${isRange ? ", at" : ""});
    create index on ${table} (chain, "actorId", "chainSeq");
    create index on ${table} (chain, "claimId", "chainSeq");
    create index on ${table} ("claimId", at);
    create index on ${table} ("entityType", "entityId");
    create index on ${table} ("actorId", at);`);
}

/** The production chain trigger, reading this table instead of "AuditEvent". */
async function addChainTrigger(client: pg.Client, table: string): Promise<void> {
  const { rows: [{ definition }] } = await client.query<{ definition: string }>(
    `select pg_get_functiondef('audit_event_chain'::regproc) as definition`);
  const copy = definition
    .replace(/FUNCTION\s+\S*audit_event_chain\(\)/, `FUNCTION ${table}_chain()`)
    .replaceAll(`FROM "AuditEvent"`, `FROM ${table}`)
    // The hash functions take an "AuditEvent" row: the copy has the same columns in the same order.
    .replaceAll(`"audit_event_content_hash"(NEW)`, `"audit_event_content_hash"(ROW(NEW.*)::"AuditEvent")`);
  if (copy.includes(`FROM "AuditEvent"`) || !copy.includes(`${table}_chain()`)) throw new Error("The chain trigger's text changed: update addChainTrigger.");
  await client.query(copy);
  await client.query(`create trigger ${table}_chain before insert on ${table} for each row execute function ${table}_chain()`);
}

/** The page's statements as the app builds them, on this table. */
async function statements(client: pg.Client, table: string): Promise<[string, Statement][]> {
  const sql = await import("@/lib/server/audit/audit-page-sql");
  const { rows: [{ head }] } = await client.query<{ head: number }>(`select max("chainSeq") as head from ${table} where chain = $1`, [BUSY]);
  const person = "00000000-0000-4000-8000-000000000003";
  const claim = (await client.query<{ id: string }>(`select md5($1 || 3)::uuid::text as id`, [BUSY])).rows[0].id;
  const chain = { chain: BUSY };
  const raw = (text: string): Statement => ({ text, values: [] });
  const list: [string, { text: string; values: unknown[] }][] = [
    ["newest page", sql.auditPageSql(chain, undefined, 101)],
    ["older page (middle of the chain)", sql.auditPageSql(chain, Math.floor(head / 2), 101)],
    ["a person's page", sql.auditPageSql({ ...chain, actorId: person }, undefined, 101)],
    ["a claim's page", sql.auditPageSql({ ...chain, claimId: claim }, undefined, 101)],
    ["head lookup (exact total; the trigger's)", sql.chainLengthSql(BUSY)],
    ["a person's bounded count", sql.boundedAuditCountSql({ ...chain, actorId: person })],
    ["filter options: people", sql.auditActorsSql(BUSY)],
    ["filter options: claims", sql.auditClaimsSql(BUSY)],
    ["live cursor, max(id)", raw(`select max("id") from "AuditEvent"`)],
    ["catch-up after an id", raw(`select id from "AuditEvent" where id > ${EVENTS - 5000} order by id limit 501`)],
  ];
  return list.map(([name, statement]) => [name, { text: statement.text.replaceAll(`"AuditEvent"`, table), values: statement.values }]);
}

/** REPEATS / ROUNDS runs of each statement (after `warmUps` untimed ones), added to `durations`. */
async function timeQueries(client: pg.Client, list: [string, Statement][], durations: Map<string, number[]>, warmUps: number): Promise<void> {
  for (const [name, statement] of list) {
    const times = durations.get(name) ?? [];
    durations.set(name, times);
    for (let i = 0; i < warmUps; i++) await client.query(statement.text, statement.values);
    for (let i = 0; i < Math.ceil(REPEATS / ROUNDS); i++) {
      const started = performance.now();
      await client.query(statement.text, statement.values);
      times.push(performance.now() - started);
    }
  }
}

async function leafTables(client: pg.Client, table: string): Promise<number> {
  const { rows: [{ partitions }] } = await client.query<{ partitions: number }>(
    `select greatest(count(*), 1)::int as partitions from pg_partition_tree('${table}') where isleaf and relid::text <> '${table}'`);
  return partitions;
}

/** Every event in (chain, chainSeq) order, 2,000 a batch by keyset, as audit:verify reads them; events/s. */
async function streamAll(client: pg.Client, table: string): Promise<number> {
  const started = performance.now();
  let after = { chain: "", seq: 0 };
  let total = 0;
  for (;;) {
    const { rows } = await client.query<{ chain: string; chainSeq: number }>(
      `select id, chain, "chainSeq", at, "actorId", "actorLabel", action, "entityType", "entityId", "articleId", "claimId",
              before, after, before::text, after::text, reason, "prevHash", "contentHash", hash
         from ${table} where (chain, "chainSeq") > ($1, $2) order by chain, "chainSeq" limit 2000`,
      [after.chain, after.seq]);
    total += rows.length;
    if (rows.length < 2000) break;
    const last = rows[rows.length - 1];
    after = { chain: last.chain, seq: last.chainSeq };
  }
  if (total < EVENTS) throw new Error(`Streamed ${total} of ${EVENTS} events from ${table}.`);
  return total / ((performance.now() - started) / 1000);
}

type Writers = { clients: pg.Client[]; articles: string[] };

async function openWriters(url: string): Promise<Writers> {
  const articles = (await runSql<{ id: string }>(url, `select id from "Article" order by id limit 200`)).map((row) => row.id);
  const clients = await Promise.all(Array.from({ length: WRITERS }, async () => {
    const client = new pg.Client({ connectionString: url });
    client.on("error", () => {});
    await client.connect();
    // BENCH_CUSTOM_PLANS=1: the trigger's head lookup planned per call (pruned to one partition at plan time).
    if (process.env.BENCH_CUSTOM_PLANS === "1") await client.query("set plan_cache_mode = force_custom_plan");
    return client;
  }));
  return { clients, articles };
}

/** APPENDS / ROUNDS single-event transactions through the chain trigger, WRITERS at a time, one in 20 on the busy article. */
async function append(writers: Writers, table: string, warmUp: boolean): Promise<{ events: number; seconds: number }> {
  const insert = (client: pg.Client, index: number) => {
    const article = index % 20 === 0 ? BUSY : writers.articles[index % writers.articles.length];
    // The chain is sent (a BEFORE trigger may not move a row to another partition); the trigger sets the same value.
    return client.query(
      `insert into ${table} (id, "actorLabel", action, "entityType", "entityId", "articleId", chain, after) values (nextval('"AuditEvent_id_seq"'), 'bench', 'bench.append', 'claim', $1, $2, $3, $4)`,
      [`claim-${index}`, article, article, JSON.stringify({ index })]);
  };
  if (warmUp) for (let index = 0; index < 100; index++) await insert(writers.clients[index % WRITERS], index);
  const events = Math.ceil(APPENDS / ROUNDS);
  const started = performance.now();
  await Promise.all(writers.clients.map(async (client, writer) => {
    for (let index = writer; index < events; index += WRITERS) await insert(client, index);
  }));
  return { events, seconds: (performance.now() - started) / 1000 };
}

function report(results: Map<string, Result>): void {
  const plain = results.get("bench_plain")!;
  const others = VARIANTS.slice(1);
  console.log(`\naudit table at ${EVENTS.toLocaleString("en")} events (busy article: ${(EVENTS / 20).toLocaleString("en")}), ${ROUNDS} rounds taking the variants in turn;`);
  console.log(`${Math.ceil(REPEATS / ROUNDS) * ROUNDS} runs a statement, p50 / p95 ms; ratio = partitioned / one table (p50):`);
  console.log(`  ${"statement".padEnd(42)} ${"one table".padStart(13)}   ${others.map((v) => `${v.label} (ratio)`.padStart(34)).join(" ")}`);
  for (const [name, times] of plain.durations) {
    const base = percentiles(times);
    const cells = others.map((variant) => {
      const timing = percentiles(results.get(variant.table)!.durations.get(name)!);
      return `${timing.p50.toFixed(2)} / ${timing.p95.toFixed(2)} (${(timing.p50 / base.p50).toFixed(2)})`.padStart(34);
    });
    console.log(`  ${name.padEnd(42)} ${`${base.p50.toFixed(2)} / ${base.p95.toFixed(2)}`.padStart(13)}   ${cells.join(" ")}`);
  }
  const rate = (name: string, pick: (result: Result) => number) => {
    const cells = others.map((variant) => {
      const value = pick(results.get(variant.table)!);
      return `${Math.round(value).toLocaleString("en")} (${(value / pick(plain)).toFixed(2)})`.padStart(34);
    });
    console.log(`  ${name.padEnd(42)} ${Math.round(pick(plain)).toLocaleString("en").padStart(13)}   ${cells.join(" ")}`);
  };
  rate(`appends/s, ${WRITERS} writers, chain trigger`, (result) => result.appended / result.appendSeconds);
  rate("streamed in chain order, events/s (best of 2)", (result) => result.streamPerSecond);
}

function percentiles(values: number[]): { p50: number; p95: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: sorted[Math.floor(0.5 * (sorted.length - 1))], p95: sorted[Math.ceil(0.95 * (sorted.length - 1))] };
}

const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(0);

main().catch((error) => {
  console.error(`bench:audit-partitions failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
