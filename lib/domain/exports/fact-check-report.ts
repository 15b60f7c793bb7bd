// The fact-check report: every claim of the revision, in reading order, with its
// verdict, reasons, sources and who decided when. CSV here; the printable HTML
// lives in fact-check-report-html.ts.
import { VERDICT_LABELS } from "../verdicts";
import { SOURCE_KIND_LABELS, sortClaimsForReading, STANCE_LABELS, type ExportClaim, type ExportSource } from "./export-types";
import { collapseWhitespace } from "./text-format";
import { toCsv, type CsvCell } from "./to-csv";

export { renderFactCheckReportHtml, type FactCheckReportOptions } from "./fact-check-report-html";

export const FACT_CHECK_CSV_HEADER = [
  "notice",
  "number",
  "claim_id",
  "verdict",
  "is_orphaned",
  "restated_claim",
  "quote",
  "start",
  "end",
  "correction",
  "rationale",
  "verdict_set_by",
  "verdict_set_at",
  "source_count",
  "sources",
  "audit_head",
] as const;

export type FactCheckReportCsvOptions = {
  /**
   * Printed in the first column of every row (e.g. NOT SIGNED OFF), so the file
   * says so on its face. A column, not an extra row: the header must stay the
   * first line and every row must keep the same fields for tools that read it.
   */
  banner?: string | null;
  /** The audit head line, in a last column of every row for the same reason. */
  provenance?: string | null;
};

export function renderFactCheckReportCsv(claims: readonly ExportClaim[], options: FactCheckReportCsvOptions = {}): string {
  return toCsv(FACT_CHECK_CSV_HEADER, sortClaimsForReading(claims).map((claim, index) => factCheckCsvCells(claim, index + 1, options)));
}

/** One claim's row; `number` is its place in reading order (the streamed export counts across batches). */
export function factCheckCsvCells(claim: ExportClaim, number: number, options: FactCheckReportCsvOptions = {}): CsvCell[] {
  return [
    options.banner?.trim() ?? "",
    number,
    claim.id,
    VERDICT_LABELS[claim.verdict],
    claim.isOrphaned,
    claim.restated,
    claim.exact,
    claim.start,
    claim.end,
    claim.correction,
    claim.rationale,
    claim.verdictSetBy,
    claim.verdictSetAt,
    claim.sources.length,
    claim.sources.map(describeSourceLine).join("\n"),
    options.provenance ?? "",
  ];
}

/** "Contradicts: Title — Publisher (Dataset) — https://… — “excerpt”" */
export function describeSourceLine(source: ExportSource): string {
  const publisher = source.publisher.trim() ? ` — ${source.publisher.trim()}` : "";
  const excerpt = source.excerpt.trim() ? ` — “${collapseWhitespace(source.excerpt)}”` : "";
  return `${STANCE_LABELS[source.stance]}: ${source.title}${publisher} (${SOURCE_KIND_LABELS[source.kind]}) — ${source.url}${excerpt}`;
}
