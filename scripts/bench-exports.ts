// `npm run bench:exports`: what streaming the big exports saves (decision 033).
// On a throwaway embedded PostgreSQL it seeds one huge article through SQL —
// BENCH_EXPORT_EVENTS audit events (200,000) through the chain trigger and
// BENCH_EXPORT_CLAIMS claims (5,000), each citing two sources with evidence —
// then exports it in every streamed format twice, each time in a fresh child
// process: the in-memory path (exportInMemory, the whole file as one string:
// the baseline, same run) and the streamed one (streamArticleExport, read to
// the end as a download would be). Each child warms up on a small article
// first, then reports the export's time, its peak RSS growth (the process's
// maxRSS after the export minus its RSS just before) and the bytes; both paths
// must give the same bytes (SHA-256 compared).
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import path from "node:path";
import { runSql, startBenchDatabase } from "./lib/bench-database";

const EVENTS = Number(process.env.BENCH_EXPORT_EVENTS ?? 200_000);
const CLAIMS = Number(process.env.BENCH_EXPORT_CLAIMS ?? 5_000);
const ALL_FORMATS = ["audit-json", "audit-csv", "report-csv", "report-html", "claimreview"];
/** BENCH_EXPORT_FORMATS=audit-json,audit-csv measures only those. */
const FORMATS = process.env.BENCH_EXPORT_FORMATS?.split(",").map((format) => format.trim()) ?? ALL_FORMATS;
const BIG = "bench-huge";
const SMALL = "bench-small";

type Measurement = { ms: number; rssGrowth: number; bytes: number; sha256: string };

async function main(): Promise<void> {
  const bench = await startBenchDatabase("exports");
  try {
    const seedStarted = performance.now();
    await seed(bench.url);
    console.log(`exports of one article: ${EVENTS.toLocaleString("en")} audit events, ${CLAIMS.toLocaleString("en")} claims (${(CLAIMS * 2).toLocaleString("en")} citations); seeded in ${((performance.now() - seedStarted) / 1000).toFixed(0)} s`);
    console.log("format        bytes          in memory: time, peak RSS growth   streamed: time, peak RSS growth   time ratio  RSS ratio  same bytes");
    let isSame = true;
    for (const format of FORMATS) {
      const memory = await measureInChild(bench.url, format, "memory");
      const streamed = await measureInChild(bench.url, format, "stream");
      isSame &&= memory.sha256 === streamed.sha256 && memory.bytes === streamed.bytes;
      console.log([
        format.padEnd(13),
        streamed.bytes.toLocaleString("en").padStart(13),
        `  ${seconds(memory.ms)}, ${megabytes(memory.rssGrowth)}`.padEnd(37),
        `${seconds(streamed.ms)}, ${megabytes(streamed.rssGrowth)}`.padEnd(34),
        (streamed.ms / memory.ms).toFixed(2).padStart(10),
        (streamed.rssGrowth / memory.rssGrowth).toFixed(3).padStart(10),
        memory.sha256 === streamed.sha256 ? "  yes" : "  NO",
      ].join(" "));
    }
    if (!isSame) {
      console.error("The streamed and in-memory exports differ.");
      process.exitCode = 1;
    }
  } catch (error) {
    console.error(`bench:exports failed: ${(error as Error).message}`);
    process.exitCode = 1;
  } finally {
    await bench.stop();
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function seed(url: string): Promise<void> {
  const sentence = (n: string) => `'Sentence ' || ${n} || ', the council says 15% of "the budget" went on roads. '`;
  await runSql(url, `
    insert into "User" (id, email, name, "passwordHash", role, "updatedAt")
    values ('00000000-0000-4000-8000-000000000001', 'bench@example.org', 'Bench Checker, 🚗', 'x', 'editor', now());
    insert into "DeskSettings" (id, "organisationName", "organisationUrl", "publicFactCheckUrl", "updatedAt")
    values (1, 'Bench Desk', 'https://news.example', 'https://news.example/checks', now())
    on conflict (id) do update set "organisationUrl" = excluded."organisationUrl", "publicFactCheckUrl" = excluded."publicFactCheckUrl";
    insert into "Article" (id, slug, headline, state, "createdById", "updatedAt") values
      ('00000000-0000-4000-8000-0000000000a1', '${BIG}', 'A very long article', 'signed_off', '00000000-0000-4000-8000-000000000001', now()),
      ('00000000-0000-4000-8000-0000000000a2', '${SMALL}', 'A short article', 'signed_off', '00000000-0000-4000-8000-000000000001', now());
    insert into "ArticleRevision" (id, "articleId", number, text, sha256, "createdById")
    select gen_random_uuid(), a.id, 1, string_agg(${sentence("n")}, '' order by n), repeat('0', 64), a."createdById"
      from "Article" a cross join lateral generate_series(0, case when a.slug = '${BIG}' then ${CLAIMS} else 20 end - 1) n
     group by a.id, a."createdById";
    update "Article" a set "currentRevisionId" = r.id from "ArticleRevision" r where r."articleId" = a.id;
    insert into "Claim" (id, "articleId", "revisionId", exact, start, "end", restated, verdict, rationale, "verdictSetById", "verdictSetAt", "createdById", "updatedAt")
    select gen_random_uuid(), r."articleId", r.id, 'the council says 15%', 0, 20, 'The council spent 15% of its budget on roads, it says (' || n || ').',
           (array['verified','disputed','corrected'])[(n % 3) + 1]::"Verdict",
           'The budget book, page ' || n || ', says 12%. The council''s own figures, published in March, disagree.',
           r."createdById", now(), r."createdById", now()
      from "ArticleRevision" r join "Article" a on a.id = r."articleId"
      cross join lateral generate_series(0, case when a.slug = '${BIG}' then ${CLAIMS} else 20 end - 1) n;
    update "Claim" c set start = s.start, "end" = s.start + 20
      from (select id, row_number() over (partition by "articleId" order by id) * 10 as start from "Claim") s where s.id = c.id;
    insert into "Source" (id, url, title, publisher, kind, "accessedAt", "createdById")
    select gen_random_uuid(), 'https://council.example/budget/' || n, 'Budget book ' || n, 'The Council', 'primary_document', now(), '00000000-0000-4000-8000-000000000001'
      from generate_series(1, 200) n;
    insert into "EvidenceSnapshot" (id, "sourceId", kind, "fileName", "contentType", "byteSize", content, sha256, "capturedAt", "createdById")
    select gen_random_uuid(), id, 'file', 'budget.pdf', 'application/pdf', 4, '\\x25504446'::bytea, repeat('a', 64), now(), "createdById" from "Source";
    insert into "ClaimSource" (id, "claimId", "sourceId", excerpt, stance, "createdById")
    select gen_random_uuid(), c.id, s.id, 'Roads: 12% of spending, "as budgeted".', 'contradicts', c."createdById"
      from (select id, "createdById", row_number() over (order by id) as n from "Claim") c
      join (select id, row_number() over (order by id) as n from "Source") s on s.n in (c.n % 200 + 1, (c.n + 1) % 200 + 1);`);
  // The audit trail through the chain trigger, as the app writes it, in slices so no one statement runs for minutes.
  const SLICE = 20_000;
  for (let from = 1; from <= EVENTS; from += SLICE) {
    const to = Math.min(EVENTS, from + SLICE - 1);
    await runSql(url, `
      insert into "AuditEvent" ("actorId", "actorLabel", action, "entityType", "entityId", "articleId", before, after, reason)
      select case when n % 2 = 0 then '00000000-0000-4000-8000-000000000001'::uuid end, 'bench@example.org', 'claim.set-verdict', 'claim', 'claim-' || (n % ${CLAIMS}),
             case when n % 50 = 0 then '00000000-0000-4000-8000-0000000000a2'::uuid else '00000000-0000-4000-8000-0000000000a1'::uuid end,
             jsonb_build_object('verdict', 'pending', 'rationale', null),
             jsonb_build_object('verdict', 'verified', 'rationale', 'The budget book, page ' || n || ', says 12%, not "15%".', 'version', n),
             case when n % 10 = 0 then 'Re-checked after the council''s correction' end
        from generate_series(${from}, ${to}) n`);
  }
  // Statistics, as autovacuum would have them on a desk that grew to this size.
  await runSql(url, "analyze");
}

/** One export in a fresh process, so one path's memory cannot flatter or burden the other's. */
function measureInChild(url: string, format: string, mode: "memory" | "stream"): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const tsx = path.resolve("node_modules/.bin/tsx");
    const child = spawn(tsx, ["--conditions=react-server", path.resolve("scripts/bench-exports.ts"), "--child", format, mode], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk) => { out += chunk; });
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`the ${mode} ${format} export exited with ${code}`));
      resolve(JSON.parse(out.trim().split("\n").at(-1)!) as Measurement);
    });
  });
}

async function child(format: string, mode: "memory" | "stream"): Promise<void> {
  const { exportInMemory } = await import("@/lib/server/exports/export-in-memory");
  const { streamArticleExport } = await import("@/lib/server/exports/stream-article-export");
  const { exportRequestSchema } = await import("@/lib/schemas/export");
  const { SYSTEM_ACTOR } = await import("@/lib/domain/capabilities");
  const { disconnectDb } = await import("@/lib/db");
  const baseUrl = "http://localhost:3000";
  const run = async (articleRef: string): Promise<{ bytes: number; sha256: string }> => {
    const hash = createHash("sha256");
    let bytes = 0;
    if (mode === "memory") {
      const file = await exportInMemory({ request: exportRequestSchema.parse({ format }), articleRef, baseUrl });
      const body = Buffer.from(file.body);
      hash.update(body);
      bytes = body.length;
    } else {
      const file = await streamArticleExport({ actor: SYSTEM_ACTOR, articleRef, input: { format }, baseUrl });
      for await (const chunk of file.body as unknown as AsyncIterable<Uint8Array>) {
        hash.update(chunk);
        bytes += chunk.length;
      }
    }
    return { bytes, sha256: hash.digest("hex") };
  };
  await run(SMALL); // modules, JIT and pools warmed up, untimed
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const result = await run(BIG);
  const ms = performance.now() - started;
  const rssGrowth = Math.max(0, process.resourceUsage().maxRSS * 1024 - rssBefore);
  await disconnectDb();
  process.stdout.write(`${JSON.stringify({ ms, rssGrowth, ...result } satisfies Measurement)}\n`);
}

if (process.argv[2] === "--child") {
  child(process.argv[3], process.argv[4] as "memory" | "stream").then(() => process.exit(0), (error: Error) => {
    console.error(error);
    process.exit(1);
  });
} else {
  void main();
}
