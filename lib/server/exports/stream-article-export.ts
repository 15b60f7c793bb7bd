import "server-only";
import { describeAuditHead, type ChainHead } from "@/lib/domain/audit-chain/chain-hash";
import type { Actor } from "@/lib/domain/capabilities";
import { NOT_SIGNED_OFF_BANNER } from "@/lib/domain/exports/export-types";
import { isAppError } from "@/lib/errors";
import { openReadSnapshot } from "@/lib/read-snapshot";
import { exportRequestSchema, type ExportFormat } from "@/lib/schemas/export";
import { authorize } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";
import { exportInMemory, readClaimReviewPublication } from "./export-in-memory";
import { toPullStream, toSingleChunkStream } from "./pull-stream";
import { readChainHeadIn, readExportHeader } from "./read-streamed-export-data";
import { auditCsvPieces, auditJsonPieces, claimReviewPieces, reportCsvPieces, reportHtmlPieces, type StreamContext } from "./streamed-formats";

export type StreamedExport = { fileName: string; contentType: string; auditHead: ChainHead; body: ReadableStream<Uint8Array> };

/** Rows a batch: big enough that a batch costs little more than its rows, small enough to stay a few hundred KB. */
export const EXPORT_BATCH_SIZE = 1_000;

/** The formats whose size grows with the claims or the audit trail; the rest are bounded by the article's text. */
export const STREAMED_FORMATS = ["audit-csv", "audit-json", "report-csv", "report-html", "claimreview"] as const satisfies readonly ExportFormat[];
type StreamedFormat = (typeof STREAMED_FORMATS)[number];

const isStreamed = (format: ExportFormat): format is StreamedFormat => (STREAMED_FORMATS as readonly ExportFormat[]).includes(format);

/**
 * One export of an article as a byte stream, for the download buttons, the API
 * and the CLI (decision 033). Everything that can refuse the request — the
 * capability, the input, the article, ClaimReview's preconditions — is checked
 * before this returns, so a refusal is a proper error answer, never a cut-off
 * file. The streamed formats then read their rows a batch at a time, as the
 * consumer reads, inside one REPEATABLE READ snapshot (lib/read-snapshot.ts)
 * that ends with the stream: at its end, on an error, or when the consumer
 * cancels. The Factdesk-Audit-Head is read in that same snapshot.
 */
export async function streamArticleExport(options: {
  actor: Actor | null;
  articleRef: string;
  input: unknown;
  /** The app's own address: a ClaimReview `url` must never point at it. */
  baseUrl: string;
  /** Rows a batch (tests use small ones to cross batch boundaries). */
  batchSize?: number;
}): Promise<StreamedExport> {
  authorize(options.actor, "article:read");
  const request = parseInput(exportRequestSchema, options.input);
  const { format } = request;
  if (!isStreamed(format)) {
    const file = await exportInMemory({ request, articleRef: options.articleRef, baseUrl: options.baseUrl });
    return { fileName: file.fileName, contentType: file.contentType, auditHead: file.auditHead, body: toSingleChunkStream(file.body) };
  }
  const snapshot = await openReadSnapshot();
  try {
    const header = await readExportHeader(snapshot, options.articleRef);
    const auditHead = await readChainHeadIn(snapshot, header.id);
    const context: StreamContext = {
      snapshot,
      header,
      auditHead,
      banner: header.isSignedOff ? null : NOT_SIGNED_OFF_BANNER,
      provenance: describeAuditHead(auditHead),
      batchSize: options.batchSize ?? EXPORT_BATCH_SIZE,
    };
    const { suffix, type, pieces } = await planPieces(format, context, options.baseUrl);
    return { fileName: `${header.slug}-${suffix}`, contentType: `${type}; charset=utf-8`, auditHead, body: toPullStream(pieces, snapshot.end) };
  } catch (error) {
    // A refusal (not found, ClaimReview not ready) leaves a healthy connection: roll back and reuse it.
    await snapshot.end(isAppError(error) ? "cancelled" : "failed");
    throw error;
  }
}

async function planPieces(format: StreamedFormat, context: StreamContext, baseUrl: string) {
  switch (format) {
    case "audit-csv":
      return { suffix: "audit.csv", type: "text/csv", pieces: auditCsvPieces(context) };
    case "audit-json":
      return { suffix: "audit.json", type: "application/json", pieces: auditJsonPieces(context) };
    case "report-csv":
      return { suffix: "fact-check-report.csv", type: "text/csv", pieces: reportCsvPieces(context) };
    case "report-html":
      return { suffix: "fact-check-report.html", type: "text/html", pieces: reportHtmlPieces(context) };
    case "claimreview": {
      const { isSignedOff, slug } = context.header;
      const publication = await readClaimReviewPublication({ isSignedOff, slug, baseUrl });
      return { suffix: "claimreview.jsonld", type: "application/ld+json", pieces: claimReviewPieces(context, publication) };
    }
  }
}
