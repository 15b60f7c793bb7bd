// `npm run bench:scale`: does the desk stay fast as it grows? Seeds a small and
// a large desk through SQL (scripts/lib/scale-seed.ts) in two databases of one
// throwaway embedded PostgreSQL, runs the production build (`next start`)
// against each in turn, signs in over HTTP and times the pages a desk lives on:
// p50/p95 at each size and the ratio large/small (goal <= 1.5). Also prints the
// SQL statements per review request (pg_stat_statements), the pages' HTML size,
// their first-load JS (gzip) against a bare Next page with Tailwind built in
// this run, the app's RSS under the load, and the plans of the search queries at
// the large size.
//
//   BENCH_SCALE_CLAIMS   claims at the large size (default 100,000; small = 1/100, at least 5,000)
//   BENCH_SCALE_EVENTS   audit events at the large size (default 500,000; small = 1/100, at least 25,000)
//   BENCH_SCALE_REQUESTS timed requests per page and size (default 20)
//   BENCH_SCALE_BUILD    0 reuses the build in NEXT_DIST_DIR instead of building
//   BENCH_SCALE_ONLY     "review": only the review page's numbers (SQL statements,
//                        copies of a sentence, first-load JS against the bare page)
//                        at 10 and 200 claims on a tiny desk: a minute or two, not the seeding
//                        "plans": only the large desk's seeding and the search plans
//                        (EXPLAIN ANALYZE): no build, no HTTP; how to check 1M claims
//   BENCH_SCALE_SHOW_PLANS 1 prints each plan in full, not only its summary line
//
// A national desk after a few years: BENCH_SCALE_CLAIMS=1000000 BENCH_SCALE_EVENTS=10000000
// (seeding takes tens of minutes and about 15 GB of disk here).
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import pg from "pg";
import { startBenchDatabase } from "./lib/bench-database";
import { findFreePort } from "./lib/ports";
import { COMMON_WORD, RARE_WORD, SEED_USER_ID, seedScale, type ScaleSize } from "./lib/scale-seed";

const LARGE: ScaleSize = {
  claims: Number(process.env.BENCH_SCALE_CLAIMS ?? 100_000),
  events: Number(process.env.BENCH_SCALE_EVENTS ?? 500_000),
};
// The small desk still fills every page (50 articles on the dashboard at 100
// claims an article): otherwise a page would show fewer rows small than large
// and the ratio would measure the rows drawn, not the desk's size.
const SMALL: ScaleSize = { claims: Math.max(5_000, Math.round(LARGE.claims / 100)), events: Math.max(25_000, Math.round(LARGE.events / 100)) };
const REQUESTS = Number(process.env.BENCH_SCALE_REQUESTS ?? 20);
const ROOT = path.resolve(__dirname, "..");
const DIST_DIR = process.env.NEXT_DIST_DIR ?? ".next-bench-scale";
const PASSWORD = "bench-scale-password";
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");

type Page = { name: string; path: string };
type Timing = { p50: number; p95: number; htmlBytes: number; firstLoadJs: number; tableRows: number };
type SizeResult = { timings: Map<string, Timing>; statementsPerReview: { all: number; queries: number }; rss: { start: number; max: number; end: number }; sentenceRepeats: number };

async function main(): Promise<void> {
  if (process.env.BENCH_SCALE_ONLY === "review") return measureReviewOnly();
  if (process.env.BENCH_SCALE_ONLY === "plans") return measurePlansOnly();
  const bench = await startBenchDatabase("scale", { extraFlags: ["-c", "shared_preload_libraries=pg_stat_statements"] });
  try {
    if (process.env.BENCH_SCALE_BUILD !== "0") build(ROOT, DIST_DIR);
    const bare = buildBarePage();
    const results = new Map<string, SizeResult>();
    for (const [label, size] of [["small", SMALL], ["large", LARGE]] as const) {
      const url = label === "small" ? bench.url : await bench.createDatabase("bench_large");
      const seededAt = Date.now();
      const target = await seed(url, size);
      console.log(`${label}: seeded ${size.claims.toLocaleString("en")} claims, ${size.events.toLocaleString("en")} audit events in ${((Date.now() - seededAt) / 1000).toFixed(0)} s`);
      results.set(label, await measureSize(url, target));
      if (label === "large") await printPlans(url);
    }
    const bareJs = await measureBarePage(bare);
    report(results, bareJs);
  } finally {
    await bench.stop();
  }
}

function build(cwd: string, distDir: string): void {
  console.log(`building ${path.relative(ROOT, cwd) || "the app"} (${distDir})…`);
  execFileSync(process.execPath, [NEXT_BIN, "build"], { cwd, env: { ...process.env, NEXT_DIST_DIR: distDir }, stdio: ["ignore", "ignore", "inherit"] });
  // next build rewrites tsconfig.json for a custom dist dir; keep the checkout clean.
  if (cwd === ROOT) execFileSync("git", ["checkout", "--", "tsconfig.json"], { cwd: ROOT, stdio: "ignore" });
}

/** A bare Next page with Tailwind, the baseline of first-load JS. */
function buildBarePage(): string {
  const dir = path.join(ROOT, ".test-data", "bench-bare-page");
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "app"), { recursive: true });
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"));
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "bare", private: true }));
  fs.writeFileSync(path.join(dir, "postcss.config.mjs"), `export default { plugins: { "@tailwindcss/postcss": {} } };\n`);
  // Only this folder is scanned for class names (Tailwind would otherwise walk node_modules through the link).
  fs.writeFileSync(path.join(dir, "app", "globals.css"), `@import "tailwindcss" source(none);\n@source "./";\n`);
  fs.writeFileSync(path.join(dir, "app", "layout.tsx"),
    `import "./globals.css";\nexport default function Layout({ children }: { children: React.ReactNode }) {\n  return <html lang="en"><body className="p-4">{children}</body></html>;\n}\n`);
  fs.writeFileSync(path.join(dir, "app", "page.tsx"),
    `export const dynamic = "force-dynamic";\nexport default function Page() {\n  return <p className="text-lg">Hello</p>;\n}\n`);
  build(dir, ".next");
  return dir;
}

type Target = { reviewArticle: string; auditArticle: string; auditClaim: string | null; sentence: string };

/** The seeded desk, a bench user who can sign in, and an article to review with 50 claims (made through the use cases). */
async function seed(url: string, size: ScaleSize): Promise<Target> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {});
  await client.connect();
  await client.query("create extension if not exists pg_stat_statements");
  await seedScale(client, size);
  process.env.DATABASE_URL = url;
  const { hashPassword } = await import("@/lib/server/auth/passwords");
  await client.query(`update "User" set "passwordHash" = $1, email = 'bench@bench.test' where id = $2`, [await hashPassword(PASSWORD), SEED_USER_ID]);
  const { rows: [audit] } = await client.query<{ articleId: string }>(
    `select "articleId" from "AuditEvent" where "articleId" is not null group by "articleId" order by count(*) desc limit 1`);
  const { rows: [claim] } = await client.query<{ id: string }>(`select id from "Claim" where "articleId" = $1 limit 1`, [audit.articleId]);
  await client.end();

  const reviewArticle = await seedReviewArticle(50);
  const { disconnectDb } = await import("@/lib/db");
  await disconnectDb();
  return { reviewArticle, auditArticle: audit.articleId, auditClaim: claim?.id ?? null, sentence: REVIEW_SENTENCES[0] };
}

// The review article: 400 sentences in 80 paragraphs; claims on every (400 / count)th
// sentence, from the first, so REVIEW_SENTENCES[0] is a claim and [1] is not.
const REVIEW_SENTENCES = Array.from({ length: 400 }, (_, n) =>
  `In ${1990 + (n % 30)} the ${COMMON_WORD} said spending on item ${n} rose by ${n % 17 + 2} percent to ${n * 3 + 11} million.`);

/** An article to review with `claimCount` claims, made through the use cases (DATABASE_URL set). */
async function seedReviewArticle(claimCount: number): Promise<string> {
  const { createArticle } = await import("@/lib/server/articles/create-article");
  const { createClaim } = await import("@/lib/server/claims/create-claim");
  const actor = { id: SEED_USER_ID, role: "editor" as const, name: "Seed user 1", email: "bench@bench.test" };
  const paragraphs = Array.from({ length: 80 }, (_, p) => REVIEW_SENTENCES.slice(p * 5, p * 5 + 5).join(" "));
  const text = paragraphs.join("\n\n");
  const article = await createArticle({ actor, input: { headline: `The bench article (${claimCount} claims)`, text } });
  const step = Math.floor(REVIEW_SENTENCES.length / claimCount);
  for (let n = 0; n < claimCount; n++) {
    const sentence = REVIEW_SENTENCES[n * step];
    const start = text.indexOf(sentence);
    await createClaim({ actor, input: { articleId: article.id, start, end: start + sentence.length } });
  }
  return article.id;
}

async function firstClaimOf(url: string, articleId: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: [row] } = await client.query<{ id: string }>(`select id from "Claim" where "articleId" = $1 order by start limit 1`, [articleId]);
    return row.id;
  } finally {
    await client.end();
  }
}

/** BENCH_SCALE_ONLY=review: the review page's SQL, copies and first-load JS on a tiny desk, at two claim counts. */
async function measureReviewOnly(): Promise<void> {
  const bench = await startBenchDatabase("scale-review", { extraFlags: ["-c", "shared_preload_libraries=pg_stat_statements"] });
  try {
    if (process.env.BENCH_SCALE_BUILD !== "0") build(ROOT, DIST_DIR);
    const bareJs = await measureBarePage(buildBarePage());
    const target = await seed(bench.url, { claims: 100, events: 1_000 });
    const articles = [["50 claims", target.reviewArticle], ["200 claims", await seedReviewArticle(200)]] as const;
    const { disconnectDb } = await import("@/lib/db");
    await disconnectDb();
    const port = await findFreePort();
    const server = startApp(bench.url, port);
    try {
      const base = `http://127.0.0.1:${port}`;
      await waitForHealth(base);
      const cookie = await signIn(base);
      console.log(`bare Next page with Tailwind, built in this run: ${bareJs.toLocaleString("en")} B first-load JS gzip`);
      for (const [label, articleId] of articles) {
        const pagePath = `/articles/${articleId}`;
        for (let i = 0; i < 3; i++) await get(base, pagePath, cookie); // warm-up (and the stored suggestions)
        const html = await get(base, pagePath, cookie);
        const js = await firstLoadJs(base, html, cookie);
        const statements = await countReviewStatements(bench.url, base, pagePath, cookie);
        const copies = (sentence: string) => html.split(sentence).length - 1;
        console.log(`review (${label}): ${statements.all.toFixed(1)} SQL statements a request (${statements.queries.toFixed(1)} without BEGIN/COMMIT/SET); ` +
          `a claimed sentence ${copies(REVIEW_SENTENCES[0])}x and an unclaimed one ${copies(REVIEW_SENTENCES[1])}x in ${(Buffer.byteLength(html) / 1024).toFixed(0)} KB of HTML; ` +
          `first-load JS ${js.toLocaleString("en")} B gzip (${(js / bareJs).toFixed(2)}x bare)`);
        const claimPath = `${pagePath}?claim=${await firstClaimOf(bench.url, articleId)}`;
        for (let i = 0; i < 3; i++) await get(base, claimPath, cookie);
        const opened = await countReviewStatements(bench.url, base, claimPath, cookie);
        console.log(`review (${label}) with its first claim open: ${opened.all.toFixed(1)} SQL statements a request`);
      }
    } finally {
      await stopApp(server);
    }
  } finally {
    await bench.stop();
  }
}

async function measureSize(url: string, target: Target): Promise<SizeResult> {
  const port = await findFreePort();
  const server = startApp(url, port);
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForHealth(base);
    const cookie = await signIn(base);
    const pages: Page[] = [
      { name: "dashboard", path: "/" },
      { name: "review (50 claims)", path: `/articles/${target.reviewArticle}` },
      { name: `claims "${COMMON_WORD}" (common)`, path: `/claims?q=${COMMON_WORD}` },
      { name: `claims "${RARE_WORD}" (rare)`, path: `/claims?q=${RARE_WORD}` },
      { name: "claims assigned to me", path: "/claims?assigned=me" },
      { name: "source library", path: "/sources" },
      { name: "audit page (busiest article)", path: `/articles/${target.auditArticle}/audit` },
      { name: "audit page, one person", path: `/articles/${target.auditArticle}/audit?person=${SEED_USER_ID}` },
      ...(target.auditClaim ? [{ name: "audit page, one claim", path: `/articles/${target.auditArticle}/audit?claim=${target.auditClaim}` }] : []),
    ];
    const rss = { start: rssOf(server), max: 0, end: 0 };
    const sampler = setInterval(() => (rss.max = Math.max(rss.max, rssOf(server))), 200);
    const timings = new Map<string, Timing>();
    let reviewHtml = "";
    for (const page of pages) {
      const durations: number[] = [];
      let html = "";
      for (let i = 0; i < REQUESTS + 3; i++) {
        const started = performance.now();
        html = await get(base, page.path, cookie);
        if (i >= 3) durations.push(performance.now() - started); // three warm-ups
      }
      if (page.name.startsWith("review")) reviewHtml = html;
      // Rows of the page's table (audit events shown): a filtered audit page of a longer chain shows more of them.
      const tableRows = (html.match(/<tr[\s>]/g) ?? []).length;
      timings.set(page.name, { ...percentiles(durations), htmlBytes: Buffer.byteLength(html), firstLoadJs: await firstLoadJs(base, html, cookie), tableRows });
    }
    clearInterval(sampler);
    rss.end = rssOf(server);
    const statementsPerReview = await countReviewStatements(url, base, `/articles/${target.reviewArticle}`, cookie);
    const sentenceRepeats = reviewHtml.split(target.sentence).length - 1;
    return { timings, statementsPerReview, rss, sentenceRepeats };
  } finally {
    await stopApp(server);
  }
}

function startApp(url: string, port: number): ChildProcess {
  return spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env, NODE_ENV: "production", NEXT_DIST_DIR: DIST_DIR, DATABASE_URL: url, FACTDESK_ALLOW_OWNER_ROLE: "1",
      AUTH_SECRET: "bench-scale-secret-bench-scale-secret", NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    },
  });
}

async function stopApp(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  process.kill(-server.pid!, "SIGTERM");
  await exited;
}

async function waitForHealth(base: string): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt++) {
    const response = await fetch(`${base}/api/health`).catch(() => null);
    if (response?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("The app did not answer /api/health within two minutes.");
}

/** next-auth's credentials sign-in over HTTP; the session cookie. */
async function signIn(base: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email: "bench@bench.test", password: PASSWORD, json: "true" }),
  });
  const session = response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).find((cookie) => cookie.includes("session-token"));
  if (!session) throw new Error(`Sign-in failed (HTTP ${response.status}).`);
  return session;
}

async function get(base: string, pagePath: string, cookie: string): Promise<string> {
  const response = await fetch(`${base}${pagePath}`, { headers: { cookie }, redirect: "manual" });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`GET ${pagePath}: HTTP ${response.status}`);
  return body;
}

/** The gzip bytes of every script the page loads before it is interactive. */
async function firstLoadJs(base: string, html: string, cookie: string): Promise<number> {
  const sources = new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1].replaceAll("&amp;", "&")));
  let total = 0;
  for (const source of sources) {
    const response = await fetch(new URL(source, base), { headers: { cookie } });
    total += gzipSync(Buffer.from(await response.arrayBuffer())).length;
  }
  return total;
}

async function measureBarePage(dir: string): Promise<number> {
  const port = await findFreePort();
  const server = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: dir, detached: true, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NODE_ENV: "production", NEXT_DIST_DIR: ".next" },
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    for (let attempt = 0; ; attempt++) {
      const response = await fetch(base).catch(() => null);
      if (response?.ok) return firstLoadJs(base, await response.text(), "");
      if (attempt > 120) throw new Error("The bare page did not start.");
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } finally {
    await stopApp(server);
  }
}

/** Statements the database ran per review request, from pg_stat_statements. */
async function countReviewStatements(url: string, base: string, pagePath: string, cookie: string): Promise<{ all: number; queries: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const runs = 5;
    await client.query("select pg_stat_statements_reset()");
    for (let i = 0; i < runs; i++) await get(base, pagePath, cookie);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const { rows: [row] } = await client.query<{ all: string; queries: string }>(`
      select coalesce(sum(calls), 0) as all,
             coalesce(sum(calls) filter (where query !~* '^\\s*(begin|commit|rollback|set|deallocate)'), 0) as queries
      from pg_stat_statements s join pg_database d on d.oid = s.dbid
      where d.datname = current_database() and query !~ 'pg_stat_statements'`);
    return { all: Number(row.all) / runs, queries: Number(row.queries) / runs };
  } finally {
    await client.end();
  }
}

/** BENCH_SCALE_ONLY=plans: the large desk seeded, and its search plans; no build, no app. */
async function measurePlansOnly(): Promise<void> {
  const bench = await startBenchDatabase("scale-plans");
  try {
    const seededAt = Date.now();
    const client = new pg.Client({ connectionString: bench.url });
    await client.connect();
    await seedScale(client, LARGE);
    await client.end();
    console.log(`seeded ${LARGE.claims.toLocaleString("en")} claims, ${LARGE.events.toLocaleString("en")} audit events in ${((Date.now() - seededAt) / 1000).toFixed(0)} s`);
    await printPlans(bench.url);
  } finally {
    await bench.stop();
  }
}

type PlanNode = {
  "Node Type": string; "Relation Name"?: string; "Index Name"?: string; "Actual Rows"?: number; "Actual Loops"?: number; Plans?: PlanNode[];
};

/**
 * EXPLAIN ANALYZE of the claims page's and the source library's statements at
 * the large size, as the planner chooses: for each, the time, the indexes used,
 * any sequential scan of a big table, and the most rows any Sort took in (a page,
 * or at most RANK_LIMIT for ranked results, is the goal).
 */
async function printPlans(url: string): Promise<void> {
  process.env.DATABASE_URL = url;
  const sql = await import("@/lib/server/claims/claim-search-sql");
  const sources = await import("@/lib/server/sources/source-search-sql");
  const { RANK_LIMIT } = await import("@/lib/server/search/full-text");
  const audit = await import("@/lib/server/audit/audit-page-sql");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // The busiest chain: the seed puts HOT_ARTICLE_SHARE of the events on the first article by id.
    const { rows: [hot] } = await client.query<{ id: string; claimId: string }>(
      `select a.id, (select c.id from "Claim" c where c."articleId" = a.id limit 1) as "claimId" from "Article" a order by a.id limit 1`);
    const chain = { chain: hot.id };
    const match = (query: string) => sql.claimMatchSql({ query, assigneeId: null });
    const plans: [string, { text: string; values: unknown[] }][] = [
      [`count "${COMMON_WORD}" (bounded)`, sql.countClaimsSql(match(COMMON_WORD), RANK_LIMIT)],
      [`newest "${COMMON_WORD}"`, sql.newestClaimsSql(match(COMMON_WORD), null, 51)],
      [`ranked "${RARE_WORD}"`, sql.rankedClaimsSql(RARE_WORD, match(RARE_WORD), { limit: 50, offset: 0 })],
      [`ranked prefix "zeppel"`, sql.rankedClaimsSql("zeppel", match("zeppel"), { limit: 50, offset: 0 })],
      [`newest phrase "${COMMON_WORD} budget"`, sql.newestClaimsSql(match(`"${COMMON_WORD} budget"`), null, 51)],
      ["assigned to me", sql.newestClaimsSql(sql.claimMatchSql({ query: "", assigneeId: SEED_USER_ID }), null, 51)],
      [`assigned to me + "${COMMON_WORD}"`, sql.newestClaimsSql(sql.claimMatchSql({ query: COMMON_WORD, assigneeId: SEED_USER_ID }), null, 51)],
      ["looks like \"zepelin\"", sql.looksLikeClaimsSql("zepelin", 20)],
      [`sources count "${COMMON_WORD}"`, sources.countSourcesSql(sources.sourceMatchSql(COMMON_WORD), RANK_LIMIT)],
      [`sources newest "${COMMON_WORD}"`, sources.newestSourcesSql(sources.sourceMatchSql(COMMON_WORD), null, 51)],
      [`sources ranked "${RARE_WORD}"`, sources.rankedSourcesSql(RARE_WORD, sources.sourceMatchSql(RARE_WORD), { limit: 50, offset: 0 })],
      ["audit: newest page", audit.auditPageSql(chain, undefined, 101)],
      ["audit: one person's page", audit.auditPageSql({ ...chain, actorId: SEED_USER_ID }, undefined, 101)],
      ["audit: one claim's page", audit.auditPageSql({ ...chain, claimId: hot.claimId }, undefined, 101)],
      ["audit: whole-trail total", audit.chainLengthSql(hot.id)],
      ["audit: one person's total (bounded)", audit.boundedAuditCountSql({ ...chain, actorId: SEED_USER_ID })],
      ["audit: people (skip scan)", audit.auditActorsSql(hot.id)],
      ["audit: claims (skip scan)", audit.auditClaimsSql(hot.id)],
    ];
    console.log(`\nplans at ${LARGE.claims.toLocaleString("en")} claims and ${LARGE.events.toLocaleString("en")} audit events (EXPLAIN ANALYZE, the planner's own choices):`);
    for (const [name, statement] of plans) {
      const { rows: [json] } = await client.query<{ "QUERY PLAN": [{ Plan: PlanNode; "Execution Time": number }] }>(
        `explain (analyze, format json) ${statement.text}`, statement.values);
      const [{ Plan: plan, "Execution Time": ms }] = json["QUERY PLAN"];
      const nodes: PlanNode[] = [];
      const walk = (node: PlanNode) => { nodes.push(node); node.Plans?.forEach(walk); };
      walk(plan);
      const indexes = [...new Set(nodes.flatMap((node) => (node["Index Name"] ? [node["Index Name"]] : [])))];
      const seqScans = nodes.filter((node) => node["Node Type"] === "Seq Scan" && node["Relation Name"] !== "User").map((node) => node["Relation Name"]);
      const sortRows = Math.max(0, ...nodes.filter((node) => /Sort/.test(node["Node Type"])).map((node) => (node.Plans?.[0]?.["Actual Rows"] ?? 0) * (node.Plans?.[0]?.["Actual Loops"] ?? 1)));
      console.log(`  ${name.padEnd(34)} ${ms.toFixed(1).padStart(8)} ms  ${plan["Actual Rows"]} rows; indexes: ${indexes.join(", ") || "none"}; ` +
        `seq scans: ${seqScans.join(", ") || "none"}; largest sort: ${sortRows} rows`);
      if (process.env.BENCH_SCALE_SHOW_PLANS === "1") {
        const { rows } = await client.query<{ "QUERY PLAN": string }>(`explain (analyze, costs off) ${statement.text}`, statement.values);
        for (const row of rows) console.log(`      ${row["QUERY PLAN"]}`);
      }
    }
  } finally {
    await client.end();
  }
}

function rssOf(server: ChildProcess): number {
  // The server and any workers it started: every process in its group.
  const out = execFileSync("ps", ["-o", "rss=", "-g", String(server.pid)], { encoding: "utf8" });
  return out.split("\n").reduce((sum, line) => sum + (Number(line.trim()) || 0), 0) * 1024;
}

function percentiles(values: number[]): { p50: number; p95: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: sorted[Math.floor(0.5 * (sorted.length - 1))], p95: sorted[Math.ceil(0.95 * (sorted.length - 1))] };
}

function report(results: Map<string, SizeResult>, bareJs: number): void {
  const small = results.get("small")!;
  const large = results.get("large")!;
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  console.log(`\npage latency, ${REQUESTS} requests each (ms), small = ${SMALL.claims.toLocaleString("en")} claims, large = ${LARGE.claims.toLocaleString("en")} claims:`);
  console.log("  page                               small p50/p95   large p50/p95   p95 ratio   HTML small/large   table rows small/large   first-load JS gzip (x bare)");
  for (const [name, s] of small.timings) {
    const l = large.timings.get(name)!;
    console.log(`  ${name.padEnd(34)} ${`${s.p50.toFixed(0)}/${s.p95.toFixed(0)}`.padStart(13)}   ${`${l.p50.toFixed(0)}/${l.p95.toFixed(0)}`.padStart(13)}   ${(l.p95 / s.p95).toFixed(2).padStart(9)}   ${`${(s.htmlBytes / 1024).toFixed(0)}/${(l.htmlBytes / 1024).toFixed(0)} KB`.padStart(16)}   ${`${s.tableRows}/${l.tableRows}`.padStart(22)}   ${l.firstLoadJs.toLocaleString("en")} B (${(l.firstLoadJs / bareJs).toFixed(2)}x)`);
  }
  console.log(`  bare Next page with Tailwind, built in this run: ${bareJs.toLocaleString("en")} B first-load JS gzip`);
  for (const [label, result] of results) {
    console.log(`${label}: SQL statements per review request: ${result.statementsPerReview.all.toFixed(1)} (${result.statementsPerReview.queries.toFixed(1)} without BEGIN/COMMIT/SET); the first claim's sentence appears ${result.sentenceRepeats} times in the review HTML`);
    console.log(`${label}: app RSS: ${mb(result.rss.start)} at start, ${mb(result.rss.max)} at most under load, ${mb(result.rss.end)} after`);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
