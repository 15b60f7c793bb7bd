import "server-only";
import { buildAuditExportDocument } from "@/lib/domain/audit-chain/audit-export-document";
import { describeAuditHead, type ChainHead } from "@/lib/domain/audit-chain/chain-hash";
import { auditEventsToCsv } from "@/lib/domain/exports/audit-export";
import { buildClaimReviewGraph, serializeJsonLd, type ClaimReviewOptions } from "@/lib/domain/exports/claim-review";
import { factCheckPageUrl, findPublicUrlProblem } from "@/lib/domain/exports/public-url";
import { AppError } from "@/lib/errors";
import { readReplica } from "@/lib/read-replica";
import { buildCorrectedCopy } from "@/lib/domain/exports/corrected-copy";
import { draftCorrectionNotes } from "@/lib/domain/exports/correction-note";
import { NOT_SIGNED_OFF_BANNER } from "@/lib/domain/exports/export-types";
import { renderFactCheckReportCsv, renderFactCheckReportHtml } from "@/lib/domain/exports/fact-check-report";
import { renderCleanDocx, renderTrackedDocx } from "@/lib/domain/exports/render-docx";
import { renderCleanHtml, renderTrackedHtml } from "@/lib/domain/exports/render-html";
import { renderMarkdown } from "@/lib/domain/exports/render-markdown";
import { renderPlainText } from "@/lib/domain/exports/render-plain-text";
import type { exportRequestSchema } from "@/lib/schemas/export";
import type { z } from "zod";
import { loadArticleAuditChain } from "@/lib/server/audit/load-article-audit-chain";
import { readChainHead } from "@/lib/server/audit/read-chain-head";
import { getDeskSettings, isPublicationSetUp } from "@/lib/server/settings/get-desk-settings";
import { loadExportData } from "./load-export-data";

/** `auditHead`: the head of the article's audit chain the export was made from. */
export type ExportFile = { fileName: string; contentType: string; body: string | Uint8Array; auditHead: ChainHead };

export type ParsedExportRequest = z.output<typeof exportRequestSchema>;

export const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * One export built whole in memory, for a request already authorized and
 * parsed (stream-article-export.ts). The formats bounded by the article's text
 * (txt, md, html, docx, notes) are served this way; for the others, whose size
 * grows with the claims or the audit trail, this is the reference the streamed
 * export is checked against byte for byte (tests/integration/export-streaming.test.ts)
 * and the benchmark's baseline (npm run bench:exports). An article that is not
 * signed off says so at the top of every format.
 */
export async function exportInMemory(options: {
  request: ParsedExportRequest;
  articleRef: string;
  /** The app's own address: a ClaimReview `url` must never point at it. */
  baseUrl: string;
}): Promise<ExportFile> {
  const { format, mode } = options.request;
  // One snapshot: the head is exactly the state the export shows. Read on the
  // replica when there is one that has caught up (lib/read-replica.ts).
  const { data, auditHead, chain } = await (await readReplica()).$transaction(async (tx) => {
    const data = await loadExportData(tx, options.articleRef);
    const auditHead = await readChainHead(tx, data.id);
    const chain = format === "audit-json" || format === "audit-csv" ? await loadArticleAuditChain(tx, data.id) : [];
    return { data, auditHead, chain };
  }, { isolationLevel: "RepeatableRead" });
  const banner = data.isSignedOff ? null : NOT_SIGNED_OFF_BANNER;
  const provenance = describeAuditHead(auditHead);
  const text = (fileName: string, type: string, body: string): ExportFile => ({ fileName, contentType: `${type}; charset=utf-8`, body, auditHead });
  const name = (suffix: string) => `${data.slug}-${suffix}`;
  const copy = () => buildCorrectedCopy(data.article.text, data.claims);
  const notes = () => draftCorrectionNotes(copy(), data.article).map((entry) => entry.note);

  switch (format) {
    case "txt":
      return text(name("corrected.txt"), "text/plain", renderPlainText(copy(), data.article, { banner, provenance }));
    case "md":
      return text(name("corrected.md"), "text/markdown", renderMarkdown(copy(), data.article, { banner, provenance }));
    case "html":
      return mode === "tracked"
        ? text(name("tracked.html"), "text/html", renderTrackedHtml(copy(), data.article, { banner, provenance }))
        : text(name("corrected.html"), "text/html", renderCleanHtml(copy(), data.article, { banner, provenance }));
    case "docx": {
      const settings = await getDeskSettings();
      const docxOptions = { banner, provenance, deskName: settings.organisationName, fallbackDate: new Date() };
      const body = mode === "tracked"
        ? await renderTrackedDocx(copy(), data.article, docxOptions)
        : await renderCleanDocx(copy(), data.article, docxOptions);
      return { fileName: name(mode === "tracked" ? "tracked.docx" : "corrected.docx"), contentType: DOCX, body, auditHead };
    }
    case "notes":
      return text(name("correction-notes.txt"), "text/plain", [banner, ...notes(), provenance].filter(Boolean).join("\n\n") + "\n");
    case "report-html":
      return text(name("fact-check-report.html"), "text/html", renderFactCheckReportHtml(data.article, data.claims, { banner, provenance }));
    case "report-csv":
      return text(name("fact-check-report.csv"), "text/csv", renderFactCheckReportCsv(data.claims, { banner, provenance }));
    case "claimreview": {
      const publication = await readClaimReviewPublication({ isSignedOff: data.isSignedOff, slug: data.slug, baseUrl: options.baseUrl });
      return text(name("claimreview.jsonld"), "application/ld+json", serializeJsonLd(buildClaimReviewGraph(data.article, data.claims, publication)));
    }
    case "audit-csv": {
      // The whole chain, oldest first, like the JSON export.
      const events = chain.map((event) => ({ ...event, at: new Date(event.at) }));
      return text(name("audit.csv"), "text/csv", auditEventsToCsv(events, { banner, provenance }));
    }
    case "audit-json": {
      const document = buildAuditExportDocument({
        notice: banner,
        article: { id: data.id, headline: data.article.headline },
        head: auditHead,
        events: chain,
      });
      return text(name("audit.json"), "application/json", `${JSON.stringify(document, null, 2)}\n`);
    }
  }
}

/**
 * Where ClaimReview is published, or why it cannot be exported yet: it goes on
 * the desk's public page, so only once signed off, and only at the public
 * address (product.md, "Exports"). Checked before the first byte of a stream.
 */
export async function readClaimReviewPublication(article: { isSignedOff: boolean; slug: string; baseUrl: string }): Promise<ClaimReviewOptions> {
  if (!article.isSignedOff) {
    throw new AppError("CONFLICT", { userMessage: "ClaimReview is for publication: sign the article off first." });
  }
  const settings = await getDeskSettings();
  const base = settings.publicFactCheckUrl;
  if (!base || !isPublicationSetUp(settings) || findPublicUrlProblem(base, article.baseUrl)) {
    throw new AppError("CONFLICT", {
      userMessage: "Set the public address of your fact-checks and your organisation's address in Desk settings first.",
    });
  }
  return {
    organisation: { name: settings.organisationName, url: settings.organisationUrl },
    reviewUrl: (claim) => factCheckPageUrl(base, article.slug, claim.id),
  };
}
