import "server-only";
import { GENESIS_HASH, type ChainHead } from "@/lib/domain/audit-chain/chain-hash";
import type { ClaimTally } from "@/lib/domain/exports/fact-check-report-html";
import type { ExportArticle, ExportClaim, ExportEvidence, ExportSource } from "@/lib/domain/exports/export-types";
import { emptyVerdictCounts, type Verdict } from "@/lib/domain/verdicts";
import type { ReadSnapshot } from "@/lib/read-snapshot";
import { notFound } from "@/lib/server/authorize";
import { isArticleId } from "./load-export-data";

// What a streamed export reads, in SQL on the export's snapshot (lib/read-snapshot.ts):
// the same values, in the same order, as load-export-data.ts gives the in-memory
// export, but the claims a batch at a time.

export type StreamedExportHeader = { id: string; slug: string; isSignedOff: boolean; article: ExportArticle };

export async function readExportHeader(snapshot: ReadSnapshot, articleRef: string): Promise<StreamedExportHeader> {
  const [row] = await snapshot.query<ExportArticle & { id: string; slug: string; state: string }>(
    `select a.id::text as id, a.slug, a.state::text as state, a.headline, a.byline, a.publication, a."originalUrl", a."publishedAt",
            r.number as "revisionNumber", r.text
       from "Article" a join "ArticleRevision" r on r.id = a."currentRevisionId"
      where ${isArticleId(articleRef) ? "a.id = $1::uuid" : "a.slug = $1"}`,
    [articleRef],
  );
  if (!row) throw notFound("The article");
  const { id, slug, state, headline, byline, publication, originalUrl, publishedAt, revisionNumber, text } = row;
  return { id, slug, isSignedOff: state === "signed_off", article: { headline, byline, publication, originalUrl, publishedAt, revisionNumber, text } };
}

/** As read-chain-head.ts: the chain's last event, or seq 0 and the genesis hash. */
export async function readChainHeadIn(snapshot: ReadSnapshot, chain: string): Promise<ChainHead> {
  const [head] = await snapshot.query<{ seq: number; hash: string }>(
    `select "chainSeq" as seq, hash from "AuditEvent" where chain = $1 order by "chainSeq" desc limit 1`,
    [chain],
  );
  return head ? { chain, seq: head.seq, hash: head.hash } : { chain, seq: 0, hash: GENESIS_HASH };
}

/** The fact-check report's summary line, counted before its first claim is read. */
export async function tallyClaimsIn(snapshot: ReadSnapshot, articleId: string): Promise<ClaimTally> {
  const rows = await snapshot.query<{ verdict: Verdict; claims: number; orphaned: number }>(
    `select verdict::text as verdict, count(*)::int as claims, (count(*) filter (where "isOrphaned"))::int as orphaned
       from "Claim" where "articleId" = $1 group by verdict`,
    [articleId],
  );
  const byVerdict = emptyVerdictCounts();
  for (const row of rows) byVerdict[row.verdict] = row.claims;
  return { total: rows.reduce((sum, row) => sum + row.claims, 0), byVerdict, orphaned: rows.reduce((sum, row) => sum + row.orphaned, 0) };
}

type ClaimRow = Omit<ExportClaim, "sources">;
type SourceRow = Omit<ExportSource, "evidence"> & { claimId: string; sourceId: string };
type EvidenceRow = ExportEvidence & { sourceId: string };

/**
 * Every claim of the article in reading order (sortClaimsForReading: start,
 * end, id), `batchSize` at a time by keyset, each with its sources (oldest
 * citation first) and their evidence (oldest capture first): three statements
 * a batch, never one a claim.
 */
export async function* readClaimBatches(snapshot: ReadSnapshot, articleId: string, batchSize: number): AsyncGenerator<ExportClaim[]> {
  let after: ClaimRow | null = null;
  for (;;) {
    const keyset: string = after ? `and (start, "end", id) > ($3, $4, $5::uuid)` : "";
    // The limit before the join, as in read-article-audit-batches.ts. The index
    // (articleId, start) gives the range; the sort is over the rest of the article's claims.
    const claims: ClaimRow[] = await snapshot.query<ClaimRow>(
      `select c.id::text as id, c.start, c."end", c.exact, c.restated, c.verdict::text as verdict, c.correction, c.rationale,
              c."isOrphaned", c."verdictSetAt", u.name as "verdictSetBy"
         from (select * from "Claim" where "articleId" = $1 ${keyset} order by start, "end", id limit $2) c
         left join "User" u on u.id = c."verdictSetById"
        order by c.start, c."end", c.id`,
      after ? [articleId, batchSize, after.start, after.end, after.id] : [articleId, batchSize],
    );
    if (claims.length > 0) yield await withSources(snapshot, claims);
    if (claims.length < batchSize) return;
    after = claims[claims.length - 1];
  }
}

async function withSources(snapshot: ReadSnapshot, claims: ClaimRow[]): Promise<ExportClaim[]> {
  const sources = await snapshot.query<SourceRow>(
    `select cs."claimId"::text as "claimId", s.id::text as "sourceId", s.title, s.url, s.publisher, s.kind::text as kind,
            cs.excerpt, cs.stance::text as stance
       from "ClaimSource" cs join "Source" s on s.id = cs."sourceId"
      where cs."claimId" = any($1::uuid[])
      order by cs."claimId", cs."createdAt", cs.id`,
    [claims.map((claim) => claim.id)],
  );
  const evidence = sources.length === 0 ? [] : await snapshot.query<EvidenceRow>(
    `select "sourceId"::text as "sourceId", kind::text as kind, "fileName", "contentType", "byteSize", sha256, "capturedAt"
       from "EvidenceSnapshot"
      where "sourceId" = any($1::uuid[])
      order by "sourceId", "capturedAt", id`,
    [[...new Set(sources.map((source) => source.sourceId))]],
  );
  const evidenceBySource = groupBy(evidence, (item) => item.sourceId, (item): ExportEvidence => {
    const { kind, fileName, contentType, byteSize, sha256, capturedAt } = item;
    return { kind, fileName, contentType, byteSize, sha256, capturedAt };
  });
  const sourcesByClaim = groupBy(sources, (source) => source.claimId, (source): ExportSource => {
    const { title, url, publisher, kind, excerpt, stance } = source;
    return { title, url, publisher, kind, excerpt, stance, evidence: evidenceBySource.get(source.sourceId) ?? [] };
  });
  return claims.map((claim) => ({ ...claim, sources: sourcesByClaim.get(claim.id) ?? [] }));
}

function groupBy<T, V>(items: readonly T[], keyOf: (item: T) => string, valueOf: (item: T) => V): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(valueOf(item));
    else groups.set(key, [valueOf(item)]);
  }
  return groups;
}
