// Seeds a desk of a given size straight through SQL (generate_series), for
// `npm run bench:scale` and the search-plan test: users, articles with one
// revision, claims made of newsroom-like words, sources and audit events. Runs as
// the superuser of a throwaway database: the audit events are written with the
// chain trigger switched off (their hashes are placeholders: the benchmark
// measures reading them, not verifying them).
import type pg from "pg";

export type ScaleSize = { claims: number; events: number };

export const SEED_USER_ID = "00000000-0000-4000-8000-000000000001";
// Words every search benchmark relies on: COMMON_WORD is in about one claim in
// eight, RARE_WORD in about 1 in 50,000 (at least one).
export const COMMON_WORD = "council";
export const RARE_WORD = "zeppelin";

const COMMON = (
  "government state owns stake majority minority percent shares company merger alliance billion million rose fell " +
  "doubled year decade chairman minister said reported budget hospital school police housing tax rate election " +
  "vote survey unemployment inflation spending cut increase record highest lowest since report official figures"
).split(" ");

/** Sizes from the claim count: 100 claims an article, one source per 20 claims. */
export function articlesFor(size: ScaleSize): number {
  return Math.max(1, Math.round(size.claims / 100));
}

// Bulk loading is far faster into tables without their secondary indexes
// (three GIN indexes on Claim alone): they are dropped first and built again,
// from their own definitions, once the rows are in.
const BULK_TABLES = ["Article", "Claim", "Source", "AuditEvent"];

export async function seedScale(client: pg.Client, size: ScaleSize): Promise<void> {
  const { rows: indexes } = await client.query<{ name: string; definition: string }>(
    `select i.indexname as name, i.indexdef as definition from pg_indexes i
     where i.schemaname = 'public' and i.tablename = any($1)
       and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
    [BULK_TABLES],
  );
  for (const index of indexes) await client.query(`drop index "${index.name}"`);
  await insertRows(client, size);
  await client.query("set maintenance_work_mem = '256MB'");
  for (const index of indexes) await client.query(index.definition);
  await client.query("analyze");
}

async function insertRows(client: pg.Client, size: ScaleSize): Promise<void> {
  const articles = articlesFor(size);
  await client.query(`
    insert into "User" (id, email, name, "passwordHash", role, "updatedAt")
    select case when n = 1 then '${SEED_USER_ID}'::uuid else gen_random_uuid() end,
           'seed' || n || '@bench.test', 'Seed user ' || n, 'x', 'editor', now()
    from generate_series(1, 20) n;
    insert into "Article" (id, slug, headline, "createdById", "updatedAt", "lastActivityAt", "createdAt")
    select gen_random_uuid(), 'seed-' || n, 'Seeded article ' || n, '${SEED_USER_ID}', now(),
           now() - (n * interval '37 minutes'), now() - (n * interval '37 minutes')
    from generate_series(1, ${articles}) n;
    insert into "ArticleRevision" (id, "articleId", number, text, sha256, "createdById")
    select gen_random_uuid(), id, 1, 'Seeded text.', repeat('0', 64), '${SEED_USER_ID}' from "Article";
    update "Article" a set "currentRevisionId" = r.id from "ArticleRevision" r where r."articleId" = a.id;`);
  // Sentences of 10-15 words: every third a common word, the rest from 50,000
  // rarer tokens (names, figures), so claims overlap the way real ones do. The
  // words come from arithmetic on the row number, not random() over an array:
  // reading a big array per word made seeding a hundred times slower.
  await client.query(
    `with users as (select array_agg(id) as ids from "User"),
          revisions as (select "articleId", id, row_number() over (order by "articleId") as n from "ArticleRevision"),
          sentences as (
            select g, (select string_agg(case when (g * 31 + w) % 3 = 0
                                              then ($1::text[])[1 + (g * 7 + w * 13) % cardinality($1::text[])]
                                              else substr(md5(((g * 20 + w * 7919) % 50000)::text), 1, 4 + w % 5) end, ' ')
                       from generate_series(1, 10 + (g % 6)) w) as sentence
            from generate_series(1, $2::int) g)
     insert into "Claim" (id, "articleId", "revisionId", exact, start, "end", restated, verdict, "assigneeId",
                          "createdById", "createdAt", "updatedAt")
     select gen_random_uuid(), r."articleId", r.id,
            case when s.g % 8 = 0 then 'The ${COMMON_WORD} budget ' || s.sentence
                 when s.g % 50000 = 7 then 'The ${RARE_WORD} ' || s.sentence
                 else s.sentence end,
            0, 10, s.sentence,
            (array['verified','disputed','corrected','pending'])[1 + (s.g % 4)]::"Verdict",
            case when s.g % 3 = 0 then null else u.ids[1 + (s.g % 20)] end,
            '${SEED_USER_ID}', now() - (s.g * interval '13 seconds'), now() - (s.g * interval '13 seconds')
     from sentences s cross join users u join revisions r on r.n = 1 + (s.g % $3::int)`,
    [COMMON, size.claims, articles],
  );
  await client.query(`
    insert into "Source" (id, url, title, publisher, kind, "accessedAt", "createdById", "createdAt")
    select gen_random_uuid(), 'https://example.org/report/' || n,
           case when n % 8 = 0 then 'City ${COMMON_WORD} budget report ' || n
                when n % 50000 = 7 then 'The ${RARE_WORD} registry ' || n
                else 'Annual statistics bulletin ' || md5(n::text) end,
           'Publisher ' || (n % 300), 'dataset', now(), '${SEED_USER_ID}', now() - (n * interval '1 minute')
    from generate_series(1, ${Math.max(1, Math.round(size.claims / 20))}) n;`);
  await seedAuditEvents(client, size.events);
}

// The busiest article holds this share of all events (a long-running story
// checked for months): its audit page is the one a chain's length could slow.
export const HOT_ARTICLE_SHARE = 0.1;

/**
 * Events chained per article (placeholder hashes): HOT_ARTICLE_SHARE of them on
 * the first article, the rest spread evenly. Claim events name one of their
 * article's claims, so the audit page's claim filter has options at scale.
 */
async function seedAuditEvents(client: pg.Client, events: number): Promise<void> {
  if (events <= 0) return;
  const hot = Math.floor(events * HOT_ARTICLE_SHARE);
  await client.query(`alter table "AuditEvent" disable trigger "AuditEvent_chain"`);
  try {
    await client.query(`
      with articles as (select id, row_number() over (order by id) as n, count(*) over () as total from "Article"),
           claims as (select "articleId", array_agg(id) as ids from "Claim" group by "articleId"),
           users as (select array_agg(id) as ids from "User"),
           placed as (
             -- events 0..hot-1 go to article 1; the rest round-robin over all articles
             -- and each event's place in its chain follows from g (no sort of millions of rows)
             select g, case when g < ${hot} then 1 else 1 + (g - ${hot}) % a.total end as n,
                    case when g < ${hot} then g + 1
                         when (g - ${hot}) % a.total = 0 then ${hot} + (g - ${hot}) / a.total + 1
                         else (g - ${hot}) / a.total + 1 end as seq
             from generate_series(0, ${events - 1}) g cross join (select max(total) as total from articles) a)
      insert into "AuditEvent" (at, "actorId", "actorLabel", action, "entityType", "entityId", "articleId", "claimId", after,
                                chain, "chainSeq", "prevHash", "contentHash", hash)
      select now() - ((${events} - p.g) * interval '2 seconds'), u.ids[1 + p.g % 20], 'user',
             (array['claim.create','claim.verdict','comment.add','source.link'])[1 + p.g % 4],
             'claim', p.g::text, a.id, c.ids[1 + p.g % cardinality(c.ids)], jsonb_build_object('n', p.g),
             a.id::text, p.seq::int,
             repeat('0', 64), repeat('0', 64), repeat('0', 64)
      from placed p
      cross join users u
      join articles a on a.n = p.n
      left join claims c on c."articleId" = a.id`);
  } finally {
    await client.query(`alter table "AuditEvent" enable trigger "AuditEvent_chain"`);
  }
}
