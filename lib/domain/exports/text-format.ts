// Small text helpers shared by the export renderers. Dates are printed in UTC,
// like the rest of the app, so two desks in different time zones read the same day.
import type { ExportArticle } from "./export-types";

const dayFormatter = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** "27 November 2019" (UTC). */
export function formatExportDay(date: Date): string {
  return dayFormatter.format(date);
}

/** "2019-11-27" (UTC), the form schema.org and spreadsheets understand. */
export function toIsoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** ISO 8601 in UTC without milliseconds: Word's w:date and most tools accept this form. */
export function toIsoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** Corrections and notes are one run of prose: a newline in them must not start a paragraph. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** "By Jane Doe · Le Monde · 27 November 2019", from the parts that are known. */
export function describeArticleMeta(article: ExportArticle): string {
  const parts: string[] = [];
  const byline = article.byline?.trim();
  if (byline) parts.push(/^by\s/i.test(byline) ? byline : `By ${byline}`);
  if (article.publication?.trim()) parts.push(article.publication.trim());
  if (article.publishedAt) parts.push(formatExportDay(article.publishedAt));
  return parts.join(" · ");
}

/** The URL when it is http(s), else null: a `javascript:` link must never become clickable. */
export function toSafeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A short quote for messages, cut on a code point boundary. */
export function shortenQuote(text: string, maxLength = 60): string {
  const flat = collapseWhitespace(text);
  const codePoints = [...flat];
  if (codePoints.length <= maxLength) return flat;
  return `${codePoints.slice(0, maxLength - 1).join("").trimEnd()}…`;
}
