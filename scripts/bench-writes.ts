// `npm run bench:writes`: verdict saves/s at BENCH_CLIENTS (20) concurrent clients,
// all on claims of ONE article (a desk working one story), each client on its own
// claim, toggling its verdict (disputed ⇄ pending) with the version it got back.
//  1. through the app's own HTTP path: PATCH /api/claims/{id} with an API token
//     against a production build (`next start`), so token check, rate-limit
//     counter, zod, the use case and its transaction all run;
//  2. raw `pg`: the same transaction the use case sends (decision 020: the
//     article FOR KEY SHARE, the claim FOR UPDATE, the standing sign-off, the
//     versioned update, the audit event, the activity time) from 20
//     connections: the baseline, measured in the same run;
//  3. raw `pg`, the transaction as it was before decision 020 (article FOR
//     UPDATE, the claim read three times, activity time written on every save),
//     for the record.
// Prints saves/s and the ratio app / raw (the goal is ≥ 0.5), the statements
// per save, and the CPU per save of the app server and of PostgreSQL (on a
// machine whose cores they share, that says where the time goes). On a throwaway
// embedded PostgreSQL; the app's rate limit is raised for the run (its counter
// still runs on every request). Builds the app first when the build is stale
// (BENCH_REUSE_BUILD=1 skips that check).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { runSql, startBenchDatabase } from "./lib/bench-database";
import { isBuildNeeded } from "./lib/build-freshness";
import { findFreePort } from "./lib/ports";
import { parentPid, treeCpuSeconds } from "./lib/process-cpu";

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
// 1: every client on a claim of one article (the desk case). CLIENTS: each on its own
// article, which shows what the per-article ordering (sign-off lock, audit chain) costs.
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 1);
const ROOT = path.resolve(__dirname, "..");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const EDITOR_ID = "00000000-0000-4000-8000-000000000001";

type Target = { claimId: string; articleId: string };
type Rate = { saves: number; perSecond: number };

async function main(): Promise<void> {
  // BENCH_REUSE_BUILD=1 serves whatever build is there (while iterating on files the benchmark does not touch).
  if (process.env.BENCH_REUSE_BUILD !== "1" && isBuildNeeded(ROOT)) {
    console.log("bench:writes: building the app first (stale or missing build)…");
    const built = spawnSync(process.execPath, [NEXT_BIN, "build"], { cwd: ROOT, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (built.status !== 0) throw new Error("the build failed");
  }
  const bench = await startBenchDatabase("writes", { extraFlags: ["-c", "shared_preload_libraries=pg_stat_statements"] });
  let server: ChildProcess | null = null;
  try {
    const { url } = bench;
    const targets = await seed(url);
    process.env.DATABASE_URL = url;
    const { createApiToken } = await import("@/lib/server/api-tokens/create-api-token");
    const { SYSTEM_ACTOR } = await import("@/lib/domain/capabilities");
    const { disconnectDb } = await import("@/lib/db");
    // One token per client, as 20 editors or scripts would have: the rate-limit
    // counter is a row per token, and one shared token would queue every request on it.
    const tokens: string[] = [];
    for (let index = 0; index < CLIENTS; index++) {
      tokens.push((await createApiToken({ actor: SYSTEM_ACTOR, input: { name: `bench ${index}`, userId: EDITOR_ID } })).token);
    }
    await disconnectDb();

    const port = await findFreePort();
    server = startServer(url, port);
    const base = `http://127.0.0.1:${port}`;
    await waitForServer(`${base}/api/health`);

    await throughHttp(base, tokens, targets, 2); // warm-up: JIT, pools, route compilation; untimed
    const census = await countStatementsPerSave(url, () => throughHttp(base, tokens.slice(0, 1), targets.slice(0, 1), 1));
    const postmaster = await findPostmasterPid(url);
    const serverPid = server.pid ?? 0;
    const appRun = await withCpu({ server: serverPid, postgres: postmaster }, () => throughHttp(base, tokens, targets, SECONDS));
    // The floor: GET /api/health (one `select 1` through Prisma) costs the server this much a request.
    const healthRun = await withCpu({ server: serverPid, postgres: postmaster }, () => throughHealth(base, CLIENTS, 3));
    const rawCensus = await countStatementsPerSave(url, () => rawTransactions(url, targets.slice(0, 1), 1, "now"));
    const rawRun = await withCpu({ server: serverPid, postgres: postmaster }, () => rawTransactions(url, targets, SECONDS, "now"));
    const before = (await rawTransactions(url, targets, SECONDS, "before-020")).perSecond;
    const [app, raw] = [appRun.rate.perSecond, rawRun.rate.perSecond];
    const perSave = (seconds: number, rate: Rate) => ((seconds * 1000) / rate.saves).toFixed(2);

    console.log(`verdict saves, ${CLIENTS} concurrent clients on ${CLIENTS} claims of ${ARTICLES === 1 ? "one article" : `${ARTICLES} articles`}, ${SECONDS} s each:`);
    console.log(`  app, PATCH /api/claims/{id} (production build): ${app.toFixed(0)} saves/s`);
    console.log(`  raw pg, the same transaction:                   ${raw.toFixed(0)} saves/s`);
    console.log(`  raw pg, before decision 020 (article FOR UPDATE, activity every save): ${before.toFixed(0)} saves/s`);
    console.log(`  app / raw: ${(app / raw).toFixed(2)} (goal ≥ 0.5)`);
    console.log(`  SQL statements per save (pg_stat_statements, begin/commit included): app ${census.perSave.toFixed(1)}, raw ${rawCensus.perSave.toFixed(1)}`);
    console.log(`  CPU per save: app run — app server ${perSave(appRun.cpu.server, appRun.rate)} ms, PostgreSQL ${perSave(appRun.cpu.postgres, appRun.rate)} ms; raw run — PostgreSQL ${perSave(rawRun.cpu.postgres, rawRun.rate)} ms`);
    console.log(`  the floor, GET /api/health (select 1): ${healthRun.rate.perSecond.toFixed(0)} requests/s, app server ${perSave(healthRun.cpu.server, healthRun.rate)} ms a request`);
    if (process.env.BENCH_SHOW_STATEMENTS === "1") {
      for (const row of census.statements) console.log(`    ${row.perSave.toFixed(2)}× ${row.query}`);
    }
    console.log(`  raw now / raw before 020: ${(raw / before).toFixed(2)}`);
  } finally {
    if (server?.pid) {
      try {
        process.kill(-server.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
    await bench.stop();
  }
}

/** An editor, ARTICLES articles with CLIENTS claims between them (straight SQL: setup is not measured). */
async function seed(url: string): Promise<Target[]> {
  const rows = await runSql<{ id: string; articleId: string }>(url, `
    insert into "User" (id, email, name, "passwordHash", role, "updatedAt")
    values ('${EDITOR_ID}', 'bench@example.org', 'Bench', 'x', 'editor', now());
    insert into "Article" (id, slug, headline, "createdById", "updatedAt")
    select gen_random_uuid(), 'bench-' || n, 'Bench article ' || n, '${EDITOR_ID}', now() from generate_series(1, ${ARTICLES}) n;
    insert into "ArticleRevision" (id, "articleId", number, text, sha256, "createdById")
    select gen_random_uuid(), id, 1, 'Renault owns 43% of Nissan.', repeat('0', 64), "createdById" from "Article";
    update "Article" a set "currentRevisionId" = r.id from "ArticleRevision" r where r."articleId" = a.id;
    insert into "Claim" (id, "articleId", "revisionId", exact, start, "end", restated, "createdById", "updatedAt")
    select gen_random_uuid(), r."articleId", r.id, 'Renault owns 43% of Nissan.', 0, 27, 'Renault owns 43% of Nissan.', r."createdById", now()
    from "ArticleRevision" r, generate_series(1, ${Math.ceil(CLIENTS / ARTICLES)})
    returning id, "articleId"`);
  return rows.slice(0, CLIENTS).map((row) => ({ claimId: row.id, articleId: row.articleId }));
}

function startServer(url: string, port: number): ChildProcess {
  // BENCH_SERVER_NODE_ARGS: flags for the server's node, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, NEXT_BIN, "start", "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: ROOT,
    detached: true, // its own process group, stopped as one
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: url,
      AUTH_SECRET: randomBytes(32).toString("hex"),
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
      FACTDESK_API_RATE_LIMIT: "1000000000",
    },
  });
  return child;
}

async function waitForServer(healthUrl: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(healthUrl)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the app did not answer ${healthUrl} within 60 s`);
}

/** Each client PATCHes its own claim back to back for `seconds`; saves/s. */
async function throughHttp(base: string, tokens: string[], targets: Target[], seconds: number): Promise<Rate> {
  let saves = 0;
  const stopAt = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(targets.map(async (target, index) => {
    const token = tokens[index];
    let version = (await (await fetch(`${base}/api/claims/${target.claimId}`, { headers: { authorization: `Bearer ${token}` } })).json()).version as number;
    let isDisputed = false;
    while (performance.now() < stopAt) {
      const body = isDisputed ? { version, verdict: "pending" } : { version, verdict: "disputed", rationale: "Renault owns 36%." };
      const response = await fetch(`${base}/api/claims/${target.claimId}`, {
        method: "PATCH",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      const answer = await response.json();
      if (response.status !== 200) throw new Error(`PATCH answered ${response.status}: ${JSON.stringify(answer).slice(0, 300)}`);
      version = answer.version;
      isDisputed = !isDisputed;
      saves++;
    }
  }));
  return { saves, perSecond: saves / ((performance.now() - started) / 1000) };
}

/** GET /api/health from `clients` loops for `seconds`: what any request costs the server. */
async function throughHealth(base: string, clients: number, seconds: number): Promise<Rate> {
  let saves = 0;
  const stopAt = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, async () => {
    while (performance.now() < stopAt) {
      const response = await fetch(`${base}/api/health`);
      if (!response.ok) throw new Error(`GET /api/health answered ${response.status}`);
      await response.arrayBuffer();
      saves++;
    }
  }));
  return { saves, perSecond: saves / ((performance.now() - started) / 1000) };
}

/** The verdict transaction in plain SQL, from one connection per client; saves/s. */
async function rawTransactions(url: string, targets: Target[], seconds: number, mode: "now" | "before-020"): Promise<Rate> {
  const clients = await Promise.all(targets.map(async () => {
    const client = new pg.Client({ connectionString: url });
    client.on("error", () => {}); // a stopping server is reported once, by main
    await client.connect();
    return client;
  }));
  let saves = 0;
  const stopAt = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(clients.map(async (client, index) => {
    const { claimId, articleId } = targets[index];
    let isDisputed = false;
    while (performance.now() < stopAt) {
      const verdict = isDisputed ? "pending" : "disputed";
      const rationale = isDisputed ? null : "Renault owns 36%.";
      const save = { claimId, articleId, verdict, rationale, setBy: isDisputed ? null : EDITOR_ID };
      await (mode === "now" ? saveAsTheAppDoes(client, save) : saveAsBefore020(client, save));
      isDisputed = !isDisputed;
      saves++;
    }
  }));
  const perSecond = saves / ((performance.now() - started) / 1000);
  await Promise.all(clients.map((client) => client.end()));
  return { saves, perSecond };
}

type Save = { claimId: string; articleId: string; verdict: string; rationale: string | null; setBy: string | null };

/** The statements changeClaim + applyClaimVerdict send for a disputed/pending verdict (no source count: neither needs one). */
async function saveAsTheAppDoes(client: pg.Client, save: Save): Promise<void> {
  await client.query("begin");
  await client.query(`select id from "Article" where id = (select "articleId" from "Claim" where id = $1) for key share`, [save.claimId]);
  const { rows } = await client.query(`select id, "articleId", exact, start, "end", restated, verdict::text as verdict, correction,
    rationale, "assigneeId", "isOrphaned", version, "updatedAt" from "Claim" where id = $1 for update`, [save.claimId]);
  await client.query(`select id, sha256 from "SignOff" where "articleId" = $1 and decision = 'signed_off' and "voidedAt" is null limit 1`, [save.articleId]);
  await updateVerdict(client, save, rows[0].version, "returning *");
  await insertAuditEvent(client, save, rows[0].verdict);
  await client.query(`update "Article" set "lastActivityAt" = now() where id = $1 and "lastActivityAt" < now() - interval '1 second'`, [save.articleId]);
  await client.query("commit");
}

/** The transaction as it was before decision 020: article FOR UPDATE, the claim read three times, activity on every save. */
async function saveAsBefore020(client: pg.Client, save: Save): Promise<void> {
  await client.query(`select "articleId" from "Claim" where id = $1`, [save.claimId]); // findArticleIdOfClaim, before the transaction
  await client.query("begin");
  await client.query(`select id from "Article" where id = $1 for update`, [save.articleId]);
  await client.query(`select id, sha256 from "SignOff" where "articleId" = $1 and decision = 'signed_off' and "voidedAt" is null limit 1`, [save.articleId]);
  const { rows } = await client.query(`select * from "Claim" where id = $1`, [save.claimId]);
  await client.query(`select count(*) from "ClaimSource" where "claimId" = $1`, [save.claimId]);
  await updateVerdict(client, save, rows[0].version, "");
  await client.query(`select * from "Claim" where id = $1`, [save.claimId]);
  await insertAuditEvent(client, save, rows[0].verdict);
  await client.query(`update "Article" set "lastActivityAt" = now(), "updatedAt" = now() where id = $1`, [save.articleId]);
  await client.query("commit");
}

async function updateVerdict(client: pg.Client, save: Save, version: number, returning: string): Promise<void> {
  await client.query(
    `update "Claim" set verdict = $3::"Verdict", rationale = $4, correction = null, "verdictSetById" = $5::uuid, "verdictSetAt" = now(),
       "disputeAckedById" = null, "disputeAckedAt" = null, "disputeAckedVersion" = null, version = version + 1, "updatedAt" = now()
     where id = $1 and version = $2 ${returning}`,
    [save.claimId, version, save.verdict, save.rationale, save.setBy],
  );
}

async function insertAuditEvent(client: pg.Client, save: Save, verdictBefore: string): Promise<void> {
  await client.query(
    `insert into "AuditEvent" ("actorId", "actorLabel", action, "entityType", "entityId", "articleId", "claimId", before, after, reason)
     values ($1, 'Bench <bench@example.org>', 'claim.set-verdict', 'claim', $2, $3, $7, $4, $5, $6)`,
    [EDITOR_ID, save.claimId, save.articleId, JSON.stringify({ verdict: verdictBefore }), JSON.stringify({ verdict: save.verdict }), save.rationale, save.claimId],
  );
}

/** The postmaster: the parent of a backend, read while its connection is open. */
async function findPostmasterPid(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: [row] } = await client.query<{ pid: number }>("select pg_backend_pid() as pid");
    return parentPid(row.pid);
  } finally {
    await client.end();
  }
}

/** CPU seconds the app server and PostgreSQL (each with its children) spent during `run`. */
async function withCpu<T>(pids: { server: number; postgres: number }, run: () => Promise<T>): Promise<{ rate: T; cpu: { server: number; postgres: number } }> {
  const before = { server: treeCpuSeconds(pids.server), postgres: treeCpuSeconds(pids.postgres) };
  const rate = await run();
  return { rate, cpu: { server: treeCpuSeconds(pids.server) - before.server, postgres: treeCpuSeconds(pids.postgres) - before.postgres } };
}

/** What the database ran per save while `run` saved sequentially (pg_stat_statements, reset first). */
async function countStatementsPerSave(url: string, run: () => Promise<Rate>): Promise<{ perSave: number; statements: { perSave: number; query: string }[] }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("create extension if not exists pg_stat_statements");
    await client.query("select pg_stat_statements_reset()");
    const { saves } = await run();
    const { rows } = await client.query<{ calls: string; query: string }>(`
      select calls, query from pg_stat_statements s join pg_database d on d.oid = s.dbid
      where d.datname = current_database() and query !~ 'pg_stat_statements' order by calls desc`);
    const statements = rows.map((row) => ({ perSave: Number(row.calls) / saves, query: row.query.replace(/\s+/g, " ").slice(0, 160) }));
    return { perSave: statements.reduce((sum, row) => sum + row.perSave, 0), statements };
  } finally {
    await client.end();
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: Error) => {
    console.error(`bench:writes failed: ${error.message}`);
    process.exit(1);
  },
);
