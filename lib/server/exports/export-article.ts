import "server-only";
import { auditEventsToCsv, auditEventsToJson } from "@/lib/domain/exports/audit-export";
import { buildClaimReviews, serializeJsonLd } from "@/lib/domain/exports/claim-review";
import { buildCorrectedCopy } from "@/lib/domain/exports/corrected-copy";
import { draftCorrectionNotes } from "@/lib/domain/exports/correction-note";
import { NOT_SIGNED_OFF_BANNER } from "@/lib/domain/exports/export-types";
import { renderFactCheckReportCsv, renderFactCheckReportHtml } from "@/lib/domain/exports/fact-check-report";
import { renderCleanDocx, renderTrackedDocx } from "@/lib/domain/exports/render-docx";
import { renderCleanHtml, renderTrackedHtml } from "@/lib/domain/exports/render-html";
import { renderMarkdown } from "@/lib/domain/exports/render-markdown";
import { renderPlainText } from "@/lib/domain/exports/render-plain-text";
import type { Actor } from "@/lib/domain/capabilities";
import { exportRequestSchema } from "@/lib/schemas/export";
import { listAuditEvents } from "@/lib/server/audit/list-audit-events";
import { authorize } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";
import { getDeskSettings } from "@/lib/server/settings/get-desk-settings";
import { loadExportData } from "./load-export-data";

export type ExportFile = { fileName: string; contentType: string; body: string | Uint8Array };

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * One export of an article, for the download buttons, the API and the CLI. An
 * article that is not signed off says so at the top of every format.
 */
export async function exportArticle(options: {
  actor: Actor | null;
  articleRef: string;
  input: unknown;
  /** The app's public URL, for links in ClaimReview. */
  baseUrl: string;
}): Promise<ExportFile> {
  const actor = authorize(options.actor, "article:read");
  const { format, mode } = parseInput(exportRequestSchema, options.input);
  const data = await loadExportData(options.articleRef);
  const banner = data.isSignedOff ? null : NOT_SIGNED_OFF_BANNER;
  const name = (suffix: string) => `${data.slug}-${suffix}`;
  const copy = () => buildCorrectedCopy(data.article.text, data.claims);
  const notes = () => draftCorrectionNotes(copy(), data.article).map((entry) => entry.note);

  switch (format) {
    case "txt":
      return text(name("corrected.txt"), "text/plain", renderPlainText(copy(), data.article, { banner }));
    case "md":
      return text(name("corrected.md"), "text/markdown", renderMarkdown(copy(), data.article, { banner }));
    case "html":
      return mode === "tracked"
        ? text(name("tracked.html"), "text/html", renderTrackedHtml(copy(), data.article, { banner }))
        : text(name("corrected.html"), "text/html", renderCleanHtml(copy(), data.article, { banner }));
    case "docx": {
      const settings = await getDeskSettings();
      const docxOptions = { banner, deskName: settings.organisationName, fallbackDate: new Date() };
      const body = mode === "tracked"
        ? await renderTrackedDocx(copy(), data.article, docxOptions)
        : await renderCleanDocx(copy(), data.article, docxOptions);
      return { fileName: name(mode === "tracked" ? "tracked.docx" : "corrected.docx"), contentType: DOCX, body };
    }
    case "notes":
      return text(name("correction-notes.txt"), "text/plain", [banner, ...notes()].filter(Boolean).join("\n\n") + "\n");
    case "report-html":
      return text(name("fact-check-report.html"), "text/html", renderFactCheckReportHtml(data.article, data.claims, { banner }));
    case "report-csv":
      return text(name("fact-check-report.csv"), "text/csv", renderFactCheckReportCsv(data.claims, { banner }));
    case "claimreview": {
      const settings = await getDeskSettings();
      const reviews = buildClaimReviews(data.article, data.claims, {
        organisation: { name: settings.organisationName, url: settings.organisationUrl },
        reviewUrl: (claim) => `${options.baseUrl}/articles/${data.id}?claim=${claim.id}`,
      });
      // Always one shape for API consumers: the notice is null once signed off.
      const document = { notice: banner, claimReviews: reviews };
      return text(name("claimreview.json"), "application/ld+json", serializeJsonLd(document));
    }
    case "audit-csv":
    case "audit-json": {
      const events = await listAuditEvents({ actor, input: { articleId: data.id } });
      return format === "audit-csv"
        ? text(name("audit.csv"), "text/csv", auditEventsToCsv(events, { banner }))
        : text(name("audit.json"), "application/json", auditEventsToJson(events, { banner, article: { id: data.id, headline: data.article.headline } }));
    }
  }
}

function text(fileName: string, type: string, body: string): ExportFile {
  return { fileName, contentType: `${type}; charset=utf-8`, body };
}
