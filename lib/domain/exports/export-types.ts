import type { EvidenceView } from "@/lib/domain/evidence/evidence-view";
// Plain inputs of every export. The use cases map Prisma rows onto these, so the
// renderers stay pure and can be tested without a database.
import type { Verdict } from "../verdicts";

export type SourceKind =
  | "primary_document"
  | "official_statement"
  | "dataset"
  | "news_report"
  | "interview"
  | "other";

export type Stance = "supports" | "contradicts" | "context";

export type ExportArticle = {
  headline: string;
  byline: string | null;
  publication: string | null;
  originalUrl: string | null;
  publishedAt: Date | null;
  revisionNumber: number;
  /** The revision text: paragraphs separated by exactly "\n\n". */
  text: string;
};

export type ExportSource = {
  title: string;
  url: string;
  publisher: string;
  kind: SourceKind;
  excerpt: string;
  stance: Stance;
  /** Evidence snapshots of the source (product.md, "Sources and evidence"); absent means none. */
  evidence?: readonly ExportEvidence[];
};

/** Evidence as the fact-check report lists it. */
export type ExportEvidence = Omit<EvidenceView, "id">;

export type ExportClaim = {
  id: string;
  /** UTF-16 offsets into `ExportArticle.text`, as the browser's selection gives them. */
  start: number;
  end: number;
  exact: string;
  restated: string;
  verdict: Verdict;
  correction: string | null;
  rationale: string | null;
  /** Display name of whoever set the verdict (not a user id: it is printed). */
  verdictSetBy?: string | null;
  verdictSetAt?: Date | null;
  sources: ExportSource[];
  isOrphaned: boolean;
};

/** Options every document renderer understands. */
export type RenderOptions = {
  /**
   * A line shown at the very top of the document, e.g. NOT_SIGNED_OFF_BANNER:
   * an export of an article that is not signed off must say so on its face.
   */
  banner?: string | null;
  /** Correction notes (as edited by the desk) printed after the article. */
  correctionNotes?: readonly string[];
  /**
   * Which state of the audit trail the export was made from (describeAuditHead),
   * printed at the end, so a copy can be checked against the record later.
   */
  provenance?: string | null;
  /** BCP 47 language of the article, for HTML `lang` and screen readers. Default "en". */
  lang?: string;
};

export const NOT_SIGNED_OFF_BANNER = "NOT SIGNED OFF — this copy has not been approved by a reviewer";

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  primary_document: "Primary document",
  official_statement: "Official statement",
  dataset: "Dataset",
  news_report: "News report",
  interview: "Interview",
  other: "Other",
};

export const STANCE_LABELS: Record<Stance, string> = {
  supports: "Supports",
  contradicts: "Contradicts",
  context: "Context",
};

/** Reading order: by position in the text, then by id so ties are stable. */
export function sortClaimsForReading<T extends { id: string; start: number; end: number }>(claims: readonly T[]): T[] {
  return [...claims].sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
