// An article that makes exports work for their bytes: hundreds of claims and
// audit events whose text has commas, quotes, line breaks, emoji, formula
// starts, "</script>", U+2028 and awkward JSON numbers; claims that tie on
// their start (and on start and end), sources cited by several claims, with
// evidence. Written straight to the database (the audit rows through the chain
// trigger, as the app writes them), so a test's setup takes a second, not minutes.
import { db } from "@/lib/db";
import { makeArticle, makeUser } from "./factories";

const AWKWARD = ["comma, here", 'a "quoted" word', "line\nbreak", "🚗 emoji", "=SUM(A1)", "</script><b>&amp;", "para\u2028sep", "tab\tcell", "-minus", "+plus", "@at"];
const awkward = (n: number) => AWKWARD[n % AWKWARD.length];

export async function seedAwkwardArticle(size: { claims: number; events: number }) {
  const editor = await makeUser("editor", { name: "Zoë “Ed”, 🚗 Checker" });
  const sentences = Array.from({ length: size.claims }, (_, n) => `Sentence ${n}, ${awkward(n).replace(/\n|\u2028/g, " ")} says 15% "owns" it.`);
  const text = sentences.reduce((all, sentence, n) => all + (n === 0 ? "" : n % 5 === 0 ? "\n\n" : " ") + sentence, "");
  const article = await makeArticle(editor, text);
  await db.article.update({ where: { id: article.id }, data: { headline: 'Headline, "quoted" 🚗 </script>', byline: "By Ann, B.", publication: "The Times", originalUrl: "https://news.example/a?b=1&c=2", publishedAt: new Date("2026-01-02T03:04:05.678Z") } });

  // Claims: each on its sentence, every third one also on the sentence's first word
  // (same start, shorter end), every seventh twice on the same words (ties on start and end: id decides).
  await db.$executeRawUnsafe(`
    with sentence as (
      select n, strpos($2, 'Sentence ' || n || ',') - 1 as start, length('Sentence ' || n || ',') as short
        from generate_series(0, $3::int - 1) n
    ), span as (
      select n, start, start + short as "end", 'short' as kind from sentence where n % 3 = 0
      union all select n, start, start + short + 3, 'long' from sentence
      union all select n, start, start + short + 3, 'twin' from sentence where n % 7 = 0
    )
    insert into "Claim" (id, "articleId", "revisionId", exact, start, "end", restated, verdict, correction, rationale,
                         "isOrphaned", "verdictSetById", "verdictSetAt", "createdById", "updatedAt")
    select gen_random_uuid(), $1::uuid, $4::uuid, substr($2, start + 1, "end" - start), start, "end",
           case when n % 4 = 0 then '' else 'Restated ' || n || ': ' || ($5::text[])[(n % 11) + 1] end,
           (array['pending','verified','disputed','corrected'])[(n % 4) + 1]::"Verdict",
           case when n % 4 = 3 then 'Corrected, ' || ($5::text[])[((n + 3) % 11) + 1] end,
           case when n % 2 = 1 then 'Because ' || ($5::text[])[((n + 5) % 11) + 1] || '. Second sentence! Third one? Fourth.' end,
           n % 13 = 0,
           case when n % 4 <> 0 then $6::uuid end,
           case when n % 4 <> 0 then timestamptz '2026-11-20 10:15:30.123+00' + n * interval '1 minute' end,
           $6::uuid, now()
      from span`,
    article.id, text, size.claims, article.revision.id, AWKWARD, editor.id);

  // Sources (a few, cited by many claims), two evidence snapshots on some.
  await db.$executeRawUnsafe(`
    insert into "Source" (id, url, title, publisher, kind, "accessedAt", "createdById")
    select gen_random_uuid(), case when n % 5 = 0 then 'javascript:alert(' || n || ')' else 'https://src.example/' || n || '?q="x"' end,
           'Source ' || n || ', ' || ($1::text[])[(n % 11) + 1], case when n % 3 = 0 then '' else 'Pub ' || n end,
           (array['primary_document','official_statement','dataset','news_report','interview','other'])[(n % 6) + 1]::"SourceKind",
           now(), $2::uuid
      from generate_series(0, 29) n`,
    AWKWARD, editor.id);
  await db.$executeRawUnsafe(`
    insert into "EvidenceSnapshot" (id, "sourceId", kind, "fileName", "contentType", "byteSize", content, sha256, "capturedAt", "createdById")
    select gen_random_uuid(), s.id, (array['file','excerpt'])[(k % 2) + 1]::"EvidenceKind", case when k = 0 then 'report, "final".pdf' end,
           case when k = 0 then 'application/pdf' else 'text/plain; charset=utf-8' end, 4, '\\x00010203'::bytea, repeat(k::text, 64),
           timestamptz '2026-11-01 00:00:00+00' + k * interval '1 hour', $1::uuid
      from "Source" s cross join generate_series(0, 1) k
     where s."createdById" = $1::uuid and s.title ~ '^Source [0-9]*[02468],'`,
    editor.id);
  await db.$executeRawUnsafe(`
    insert into "ClaimSource" (id, "claimId", "sourceId", excerpt, stance, "createdById", "createdAt")
    select gen_random_uuid(), c.id, s.id, case when (c.start + s.rn) % 3 = 0 then '' else 'Excerpt, ' || ($2::text[])[((c.start + s.rn) % 11) + 1] end,
           (array['supports','contradicts','context'])[((c.start + s.rn) % 3) + 1]::"Stance", $3::uuid,
           timestamptz '2026-11-10 00:00:00+00' + (s.rn % 2) * interval '1 second'
      from "Claim" c
      join (select id, row_number() over (order by title) as rn from "Source" where "createdById" = $3::uuid) s
        on (c.start + s.rn) % 10 < 3
     where c."articleId" = $1::uuid`,
    article.id, AWKWARD, editor.id);

  // Audit events through the chain trigger, as the app writes them; some with no actor.
  await db.$executeRawUnsafe(`
    insert into "AuditEvent" ("actorId", "actorLabel", action, "entityType", "entityId", "articleId", before, after, reason)
    select case when n % 3 = 0 then null else $2::uuid end, case when n % 3 = 0 then 'system' else 'editor@test, "x"' end,
           'claim.update', 'claim', 'claim-' || n, $1::uuid,
           case when n % 4 = 0 then null else jsonb_build_object('text', ($3::text[])[(n % 11) + 1], 'n', n, 'nested', jsonb_build_object('z', 1, 'aa', array[1, 2])) end,
           jsonb_build_object('verdict', 'verified', 'big', 1e21, 'small', 0.000001, 'neg', -0.5, 'emoji', '🚗', 'sep', E'a\\u2028b', 'esc', E'\\u0001', 'long key name', true),
           case when n % 5 = 0 then ($3::text[])[((n + 2) % 11) + 1] end
      from generate_series(1, $4::int) n`,
    article.id, editor.id, AWKWARD, size.events);
  return { editor, article: await db.article.findUniqueOrThrow({ where: { id: article.id } }).then((row) => ({ ...article, ...row })) };
}
