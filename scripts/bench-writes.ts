// `npm run bench:writes`: verdict saves/s at BENCH_CLIENTS (20) concurrent clients,
// all on claims of ONE article (a desk working one story), each client on its own
// claim, toggling its verdict (disputed ⇄ pending) with the version it got back.
//  1. through the app's own HTTP path: PATCH /api/claims/{id} with an API token
//     against a production build (`next start`), so token check, rate-limit
//     counter, zod, the use case and its transaction all run;
//  2. raw `pg`: the same transaction the use case sends (decision 020: the
//     article FOR KEY SHARE, the claim FOR UPDATE, the standing sign-off, the
//     claim read, the source count, the versioned update, the audit event, the
//     activity time) from 20 connections: the baseline, measured in the same run;
//  3. raw `pg`, the transaction as it was before decision 020 (article FOR
//     UPDATE, activity time written on every save), for the record.
// Prints saves/s and the ratio app / raw (the goal is ≥ 0.5). On a throwaway
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

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
// 1: every client on a claim of one article (the desk case). CLIENTS: each on its own
// article, which shows what the per-article ordering (sign-off lock, audit chain) costs.
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 1);
const ROOT = path.resolve(__dirname, "..");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const EDITOR_ID = "00000000-0000-4000-8000-000000000001";

type Target = { claimId: string; articleId: string };

async function main(): Promise<void> {
  // BENCH_REUSE_BUILD=1 serves whatever build is there (while iterating on files the benchmark does not touch).
  if (process.env.BENCH_REUSE_BUILD !== "1" && isBuildNeeded(ROOT)) {
    console.log("bench:writes: building the app first (stale or missing build)…");
    const built = spawnSync(process.execPath, [NEXT_BIN, "build"], { cwd: ROOT, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (built.status !== 0) throw new Error("the build failed");
  }
  const bench = await startBenchDatabase("writes");
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
    const app = await throughHttp(base, tokens, targets, SECONDS);
    const raw = await rawTransactions(url, targets, SECONDS, "key-share");
    const before = await rawTransactions(url, targets, SECONDS, "before-020");

    console.log(`verdict saves, ${CLIENTS} concurrent clients on ${CLIENTS} claims of ${ARTICLES === 1 ? "one article" : `${ARTICLES} articles`}, ${SECONDS} s each:`);
    console.log(`  app, PATCH /api/claims/{id} (production build): ${app.toFixed(0)} saves/s`);
    console.log(`  raw pg, the same transaction:                   ${raw.toFixed(0)} saves/s`);
    console.log(`  raw pg, before decision 020 (article FOR UPDATE, activity every save): ${before.toFixed(0)} saves/s`);
    console.log(`  app / raw: ${(app / raw).toFixed(2)} (goal ≥ 0.5)`);
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
  const child = spawn(process.execPath, [NEXT_BIN, "start", "--port", String(port), "--hostname", "127.0.0.1"], {
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
async function throughHttp(base: string, tokens: string[], targets: Target[], seconds: number): Promise<number> {
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
  return saves / ((performance.now() - started) / 1000);
}

/** The verdict transaction in plain SQL, from one connection per client; saves/s. */
async function rawTransactions(url: string, targets: Target[], seconds: number, mode: "key-share" | "before-020"): Promise<number> {
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
      await client.query(`select "articleId" from "Claim" where id = $1`, [claimId]); // findArticleIdOfClaim, before the transaction
      await client.query("begin");
      if (mode === "key-share") {
        await client.query(`select id from "Article" where id = $1 for key share`, [articleId]);
        await client.query(`select id from "Claim" where id = $1 for update`, [claimId]);
      } else {
        await client.query(`select id from "Article" where id = $1 for update`, [articleId]);
      }
      await client.query(`select id, sha256 from "SignOff" where "articleId" = $1 and decision = 'signed_off' and "voidedAt" is null limit 1`, [articleId]);
      const { rows } = await client.query(`select * from "Claim" where id = $1`, [claimId]);
      await client.query(`select count(*) from "ClaimSource" where "claimId" = $1`, [claimId]);
      const verdict = isDisputed ? "pending" : "disputed";
      const rationale = isDisputed ? null : "Renault owns 36%.";
      await client.query(
        `update "Claim" set verdict = $3::"Verdict", rationale = $4, correction = null, "verdictSetById" = $5::uuid, "verdictSetAt" = now(),
           "disputeAckedById" = null, "disputeAckedAt" = null, "disputeAckedVersion" = null, version = version + 1, "updatedAt" = now()
         where id = $1 and version = $2`,
        [claimId, rows[0].version, verdict, rationale, isDisputed ? null : EDITOR_ID],
      );
      await client.query(`select * from "Claim" where id = $1`, [claimId]);
      await client.query(
        `insert into "AuditEvent" ("actorId", "actorLabel", action, "entityType", "entityId", "articleId", "claimId", before, after, reason)
         values ($1, 'Bench <bench@example.org>', 'claim.set-verdict', 'claim', $2, $3, $7, $4, $5, $6)`,
        [EDITOR_ID, claimId, articleId, JSON.stringify({ verdict: rows[0].verdict }), JSON.stringify({ verdict }), rationale, claimId],
      );
      if (mode === "key-share") {
        await client.query(`update "Article" set "lastActivityAt" = now() where id = $1 and "lastActivityAt" < now() - interval '1 second'`, [articleId]);
      } else {
        await client.query(`update "Article" set "lastActivityAt" = now(), "updatedAt" = now() where id = $1`, [articleId]);
      }
      await client.query("commit");
      isDisputed = !isDisputed;
      saves++;
    }
  }));
  const perSecond = saves / ((performance.now() - started) / 1000);
  await Promise.all(clients.map((client) => client.end()));
  return perSecond;
}


main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: Error) => {
    console.error(`bench:writes failed: ${error.message}`);
    process.exit(1);
  },
);
