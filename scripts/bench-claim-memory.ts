// `npm run bench:claim-memory`: how fast claim memory answers with 100,000 claims,
// with its trigram indexes and, as the baseline in the same run, with index scans
// turned off (what the query would cost without them). Uses a throwaway embedded
// PostgreSQL (as its superuser: the benchmark changes planner settings); prints
// milliseconds and the ratio.
import pg from "pg";
import { startBenchDatabase } from "./lib/bench-database";

const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 100_000);
const RUNS = 20;

async function main(): Promise<void> {
  const bench = await startBenchDatabase("memory");
  try {
    const { url } = bench;
    const client = new pg.Client({ connectionString: url });
    client.on("error", () => {}); // the server stopping at the end is not an error
    await client.connect();
    const seededAt = Date.now();
    await seed(client);
    console.log(`seeded ${CLAIMS.toLocaleString("en")} claims in ${((Date.now() - seededAt) / 1000).toFixed(1)} s`);
    await client.end();

    process.env.DATABASE_URL = url;
    const { findSimilarClaims } = await import("@/lib/server/claims/find-similar-claims");
    const { disconnectDb } = await import("@/lib/db");
    const { SYSTEM_ACTOR } = await import("@/lib/domain/capabilities");
    const target = await firstTargetClaim(url);
    const measure = async () => {
      await findSimilarClaims({ actor: SYSTEM_ACTOR, claimId: target }); // warm-up
      const started = performance.now();
      let found = 0;
      for (let i = 0; i < RUNS; i++) found = (await findSimilarClaims({ actor: SYSTEM_ACTOR, claimId: target })).length;
      return { ms: (performance.now() - started) / RUNS, found };
    };
    const indexed = await measure();
    await disconnectDb();
    await setIndexScans(url, false);
    const baseline = await measure();
    await disconnectDb();
    console.log(`claim memory, ${CLAIMS.toLocaleString("en")} claims, mean of ${RUNS} queries:`);
    console.log(`  with trigram indexes: ${indexed.ms.toFixed(1)} ms (${indexed.found} similar claims)`);
    console.log(`  baseline, index scans off: ${baseline.ms.toFixed(1)} ms (${baseline.found} similar claims)`);
    console.log(`  speed-up: ${(baseline.ms / indexed.ms).toFixed(1)}x`);
  } finally {
    await bench.stop();
  }
}

/** Articles and claims made of newsroom-like words, plus a few near-copies of the target. */
async function seed(client: pg.Client): Promise<void> {
  await client.query(`
    insert into "User" (id, email, name, "passwordHash", role, "updatedAt")
    values ('00000000-0000-4000-8000-000000000001', 'bench@example.org', 'Bench', 'x', 'editor', now());
    insert into "Article" (id, slug, headline, "createdById", "updatedAt")
    select gen_random_uuid(), 'bench-' || n, 'Bench article ' || n, '00000000-0000-4000-8000-000000000001', now()
    from generate_series(1, 1000) n;
    insert into "ArticleRevision" (id, "articleId", number, text, sha256, "createdById")
    select gen_random_uuid(), id, 1, 'text', repeat('0', 64), '00000000-0000-4000-8000-000000000001' from "Article";`);
  // Common newsroom words plus 5,000 rarer tokens (names, figures, places), so
  // claims overlap the way real ones do: some shared words, mostly different.
  const common = "government state owns stake majority minority percent shares company merger alliance billion million rose fell doubled year decade chairman minister said reported".split(" ");
  await client.query(
    `with vocabulary as (
            select $1::text[] || array(select substr(md5(i::text), 1, 4 + i % 6) from generate_series(1, 5000) i) as words),
          articles as (select a.id, r.id as revision, row_number() over () as n from "Article" a join "ArticleRevision" r on r."articleId" = a.id),
          sentences as (
            -- "+ 0 * w" ties the aggregate to the inner query (one word per w), not the outer one.
            select g, (select string_agg(v.words[1 + floor(random() * array_length(v.words, 1))::int + 0 * w], ' ')
                       from generate_series(1, 10 + (g % 6)) w) as sentence
            from generate_series(1, $2::int) g, vocabulary v)
     insert into "Claim" (id, "articleId", "revisionId", exact, start, "end", restated, verdict, "createdById", "updatedAt")
     select gen_random_uuid(), a.id, a.revision, s.sentence, 0, 10, s.sentence,
            (array['verified','disputed','corrected','pending'])[1 + (s.g % 4)]::"Verdict",
            '00000000-0000-4000-8000-000000000001', now()
     from sentences s join articles a on a.n = 1 + (s.g % 1000)`,
    [common, CLAIMS],
  );
  // A few checked claims in other articles that resemble the target closely.
  await client.query(`
    with target as (select id, "articleId", restated from "Claim" where verdict = 'pending' order by id limit 1)
    update "Claim" c set restated = t.restated || ' said officials', exact = t.restated
    from target t
    where c.id in (select id from "Claim" where verdict = 'verified' and "articleId" <> t."articleId" order by id limit 3)`);
  await client.query(`analyze "Claim"`);
}

async function firstTargetClaim(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query(`select id from "Claim" where verdict = 'pending' order by id limit 1`);
  await client.end();
  return rows[0].id;
}

async function setIndexScans(url: string, isOn: boolean): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const value = isOn ? "on" : "off";
  await client.query(`alter database bench set enable_bitmapscan = ${value}`);
  await client.query(`alter database bench set enable_indexscan = ${value}`);
  await client.end();
}

main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
