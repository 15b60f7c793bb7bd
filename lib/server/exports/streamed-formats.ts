import "server-only";
import { createAuditExportWriter } from "@/lib/domain/audit-chain/audit-export-writer";
import type { ChainHead } from "@/lib/domain/audit-chain/chain-hash";
import { AUDIT_CSV_HEADER, auditEventCsvCells } from "@/lib/domain/exports/audit-export";
import { createClaimReviewGraphWriter, type ClaimReviewOptions } from "@/lib/domain/exports/claim-review";
import { FACT_CHECK_CSV_HEADER, factCheckCsvCells } from "@/lib/domain/exports/fact-check-report";
import { renderFactCheckReportFrame, renderReportClaimHtml } from "@/lib/domain/exports/fact-check-report-html";
import { csvHeaderLine, csvLine } from "@/lib/domain/exports/to-csv";
import type { ReadSnapshot } from "@/lib/read-snapshot";
import { readArticleAuditBatches } from "@/lib/server/audit/read-article-audit-batches";
import { readClaimBatches, tallyClaimsIn, type StreamedExportHeader } from "./read-streamed-export-data";

// The formats whose size grows with the audit trail or the claims, as
// generators of text: one piece for the start, one a batch, one for the end.
// Each batch is read from the snapshot only when the stream asks for the next
// piece (pull-stream.ts), so memory holds one batch, not the file.

export type StreamContext = {
  snapshot: ReadSnapshot;
  header: StreamedExportHeader;
  auditHead: ChainHead;
  banner: string | null;
  provenance: string;
  batchSize: number;
};

export async function* auditCsvPieces(context: StreamContext): AsyncGenerator<string, void, undefined> {
  const options = { banner: context.banner, provenance: context.provenance };
  yield csvHeaderLine(AUDIT_CSV_HEADER);
  for await (const batch of readArticleAuditBatches(context.snapshot, context.header.id, context.batchSize)) {
    yield batch.map((event) => csvLine(auditEventCsvCells({ ...event, at: new Date(event.at) }, options))).join("");
  }
}

export async function* auditJsonPieces(context: StreamContext): AsyncGenerator<string, void, undefined> {
  const writer = createAuditExportWriter({
    notice: context.banner,
    article: { id: context.header.id, headline: context.header.article.headline },
    head: context.auditHead,
  });
  yield writer.opening;
  for await (const batch of readArticleAuditBatches(context.snapshot, context.header.id, context.batchSize)) {
    yield writer.events(batch);
  }
  yield writer.closing();
}

export async function* reportCsvPieces(context: StreamContext): AsyncGenerator<string, void, undefined> {
  const options = { banner: context.banner, provenance: context.provenance };
  yield csvHeaderLine(FACT_CHECK_CSV_HEADER);
  let number = 0;
  for await (const batch of readClaimBatches(context.snapshot, context.header.id, context.batchSize)) {
    yield batch.map((claim) => csvLine(factCheckCsvCells(claim, ++number, options))).join("");
  }
}

export async function* reportHtmlPieces(context: StreamContext): AsyncGenerator<string, void, undefined> {
  const tally = await tallyClaimsIn(context.snapshot, context.header.id);
  const frame = renderFactCheckReportFrame(context.header.article, tally, { banner: context.banner, provenance: context.provenance });
  yield frame.opening;
  let number = 0;
  for await (const batch of readClaimBatches(context.snapshot, context.header.id, context.batchSize)) {
    yield batch.map((claim) => renderReportClaimHtml(claim, ++number)).join("");
  }
  yield frame.closing;
}

export async function* claimReviewPieces(context: StreamContext, publication: ClaimReviewOptions): AsyncGenerator<string, void, undefined> {
  const writer = createClaimReviewGraphWriter(context.header.article, publication);
  yield writer.opening;
  for await (const batch of readClaimBatches(context.snapshot, context.header.id, context.batchSize)) {
    yield writer.claims(batch);
  }
  yield writer.closing();
}
