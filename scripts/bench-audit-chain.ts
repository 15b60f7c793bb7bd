// `npm run bench:audit-chain`: what the hash chain costs and how fast it verifies.
// On a throwaway embedded PostgreSQL (as its superuser, to switch the chain
// trigger off for the baseline), it writes BENCH_EVENTS audit events over 100
// articles one transaction each, from 8 concurrent writers — with the chain
// trigger, then without it and its unique index (the baseline, same run) — and then verifies
// every chain with the verifier `npm run audit:verify` uses. Prints events/s and ratios.
import pg from "pg";
import { runSql, startBenchDatabase } from "./lib/bench-database";

const EVENTS = Number(process.env.BENCH_EVENTS ?? 20_000);
const WRITERS = 8;
const ARTICLES = 100;
const COMMENTS = Number(process.env.BENCH_COMMENTS ?? 2_000);

async function main(): Promise<void> {
  const bench = await startBenchDatabase("chain");
  try {
    const { url } = bench;
    const articles = await seedArticles(url);

    process.env.DATABASE_URL = url;
    const claims = await seedClaims(url);
    const chained = await writeEvents(url, articles, "chained");
    const chainedComments = await addComments(claims);
    // The baseline: the same table without what the chain adds (its trigger and its unique index).
    await runSql(url, `alter table "AuditEvent" disable trigger "AuditEvent_chain";
      drop index "AuditEvent_chain_chainSeq_key"`);
    const unchained = await writeEvents(url, articles, "unchained");
    const unchainedComments = await addComments(claims);
    await runSql(url, `alter table "AuditEvent" disable trigger "AuditEvent_no_update_or_delete";
      delete from "AuditEvent" where chain = '';
      alter table "AuditEvent" enable trigger "AuditEvent_no_update_or_delete";
      alter table "AuditEvent" enable trigger "AuditEvent_chain";
      create unique index "AuditEvent_chain_chainSeq_key" on "AuditEvent" (chain, "chainSeq")`);

    const { verifyAuditTrail } = await import("@/lib/server/audit/verify-audit-trail");
    const { SYSTEM_ACTOR } = await import("@/lib/domain/capabilities");
    const { disconnectDb } = await import("@/lib/db");
    const verification = await verifyAuditTrail({ actor: SYSTEM_ACTOR });
    await disconnectDb();

    console.log(`audit chain, ${EVENTS.toLocaleString("en")} events over ${ARTICLES} articles, ${WRITERS} concurrent writers:`);
    console.log(`  insert with the chain trigger: ${chained.toFixed(0)} events/s`);
    console.log(`  baseline, chain trigger off:   ${unchained.toFixed(0)} events/s`);
    console.log(`  chained / baseline: ${(chained / unchained).toFixed(2)}`);
    console.log(`add-comment use case (lock, write, audit in one transaction), ${COMMENTS} saves, ${WRITERS} concurrent:`);
    console.log(`  with the chain trigger: ${chainedComments.toFixed(0)} saves/s`);
    console.log(`  baseline, chain trigger off: ${unchainedComments.toFixed(0)} saves/s`);
    console.log(`  chained / baseline: ${(chainedComments / unchainedComments).toFixed(2)}`);
    console.log(`  verify: ${verification.events.toLocaleString("en")} events in ${verification.chains} chains, ${verification.isIntact ? "intact" : "NOT intact"}, ${verification.milliseconds} ms (${Math.round(verification.events / (verification.milliseconds / 1000)).toLocaleString("en")} events/s)`);
    if (!verification.isIntact) process.exitCode = 1;
  } catch (error) {
    console.error(`bench:audit-chain failed: ${(error as Error).message}`);
    process.exitCode = 1;
  } finally {
    await bench.stop();
  }
}

async function seedArticles(url: string): Promise<string[]> {
  const rows = await runSql<{ id: string }>(url, `
    insert into "User" (id, email, name, "passwordHash", role, "updatedAt")
    values ('00000000-0000-4000-8000-000000000001', 'bench@example.org', 'Bench', 'x', 'editor', now());
    insert into "Article" (id, slug, headline, "createdById", "updatedAt")
    select gen_random_uuid(), 'bench-' || n, 'Bench article ' || n, '00000000-0000-4000-8000-000000000001', now()
    from generate_series(1, ${ARTICLES}) n
    returning id`);
  return rows.map((row) => row.id);
}

/** One claim per article, for the use-case measurement. */
async function seedClaims(url: string): Promise<string[]> {
  const rows = await runSql<{ id: string }>(url, `
    insert into "ArticleRevision" (id, "articleId", number, text, sha256, "createdById")
    select gen_random_uuid(), id, 1, 'Renault owns 43% of Nissan.', repeat('0', 64), "createdById" from "Article";
    insert into "Claim" (id, "articleId", "revisionId", exact, start, "end", restated, "createdById", "updatedAt")
    select gen_random_uuid(), r."articleId", r.id, 'Renault owns 43% of Nissan.', 0, 27, 'Renault owns 43% of Nissan.', r."createdById", now()
    from "ArticleRevision" r
    returning id`);
  return rows.map((row) => row.id);
}

/** COMMENTS comments through the real use case, WRITERS at a time; saves/s. */
async function addComments(claims: string[]): Promise<number> {
  const { addComment } = await import("@/lib/server/comments/add-comment");
  const actor = { id: "00000000-0000-4000-8000-000000000001", role: "editor" as const, name: "Bench", email: "bench@example.org" };
  for (let index = 0; index < 100; index++) {
    await addComment({ actor, input: { claimId: claims[index % claims.length], body: "Warm-up." } }); // JIT and pool, untimed
  }
  const started = performance.now();
  await Promise.all(Array.from({ length: WRITERS }, async (_, writer) => {
    for (let index = writer; index < COMMENTS; index += WRITERS) {
      await addComment({ actor, input: { claimId: claims[index % claims.length], body: `Check the annual report (${index}).` } });
    }
  }));
  return COMMENTS / ((performance.now() - started) / 1000);
}

/** EVENTS inserts, each its own transaction, spread over the articles by WRITERS clients; events/s. */
async function writeEvents(url: string, articles: string[], label: string): Promise<number> {
  const clients = await Promise.all(Array.from({ length: WRITERS }, async () => {
    const client = new pg.Client({ connectionString: url });
    client.on("error", () => {}); // the server stopping after a failure is reported once, above
    await client.connect();
    return client;
  }));
  const started = performance.now();
  await Promise.all(clients.map(async (client, writer) => {
    for (let index = writer; index < EVENTS; index += WRITERS) {
      await client.query(
        `insert into "AuditEvent" ("actorLabel", action, "entityType", "entityId", "articleId", after) values ($1, $2, 'claim', $3, $4, $5)`,
        ["bench@example.org", `bench.${label}`, `claim-${index}`, articles[index % articles.length], JSON.stringify({ verdict: "verified", index })],
      );
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  await Promise.all(clients.map((client) => client.end()));
  return EVENTS / seconds;
}


main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
