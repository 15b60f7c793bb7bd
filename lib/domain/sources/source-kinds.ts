// The kinds of source and the stances a citation takes, without zod: client
// components (the source forms, the claim panel) import these, and importing
// them from lib/schemas/source would put zod in the page's JavaScript.
export const SOURCE_KINDS = [
  "primary_document",
  "official_statement",
  "dataset",
  "news_report",
  "interview",
  "other",
] as const;

// One set of labels for forms and exports.
export { SOURCE_KIND_LABELS } from "@/lib/domain/exports/export-types";

export const STANCES = ["supports", "contradicts", "context"] as const;
