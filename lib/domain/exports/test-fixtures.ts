// Builders for the export tests: claims anchored by quoting the text, the way a
// checker selects words, so offsets are real UTF-16 indices.
import type { ExportArticle, ExportClaim } from "./export-types";

export function makeArticle(text: string, overrides: Partial<ExportArticle> = {}): ExportArticle {
  return {
    headline: "Renault and Nissan: the alliance",
    byline: "Jane Doe",
    publication: "The Example Times",
    originalUrl: "https://news.example/renault-nissan",
    publishedAt: new Date("2019-11-27T08:00:00Z"),
    revisionNumber: 2,
    text,
    ...overrides,
  };
}

let counter = 0;

/** A claim on the first occurrence of `quote` (after `from`), corrected unless overridden. */
export function makeClaim(text: string, quote: string, overrides: Partial<ExportClaim> = {}, from = 0): ExportClaim {
  const start = text.indexOf(quote, from);
  if (start < 0) throw new Error(`"${quote}" is not in the text`);
  counter += 1;
  return {
    id: `claim-${String(counter).padStart(3, "0")}`,
    start,
    end: start + quote.length,
    exact: quote,
    restated: `Restated: ${quote}`,
    verdict: "corrected",
    correction: `[${quote} fixed]`,
    rationale: "The record says otherwise.",
    verdictSetBy: "Ann Editor",
    verdictSetAt: new Date("2026-11-20T10:15:30.123Z"),
    sources: [],
    isOrphaned: false,
    ...overrides,
  };
}
