// The printable fact-check report: a standalone HTML document a standards desk
// can file or print to PDF. Each claim is a block that does not break across
// pages; links are printed out in full on paper.
import { VERDICT_COLOURS } from "../verdict-colours";
import { VERDICT_LABELS, VERDICTS, emptyVerdictCounts, type Verdict } from "../verdicts";
import {
  SOURCE_KIND_LABELS,
  sortClaimsForReading,
  STANCE_LABELS,
  type ExportArticle,
  type ExportClaim,
  type ExportEvidence,
  type ExportSource,
} from "./export-types";
import { escapeHtml, renderArticleHeaderHtml, renderHtmlDocumentFrame, renderProvenanceHtml } from "./html-document";
import { formatExportDay, toIsoSeconds, toSafeHttpUrl } from "./text-format";

export type FactCheckReportOptions = {
  banner?: string | null;
  /** When the report was made; printed under the title. */
  generatedAt?: Date;
  lang?: string;
  provenance?: string | null;
};

const REPORT_CSS = `
.claim { border-top: 1px solid #ccc; padding: 0.75rem 0; break-inside: avoid; page-break-inside: avoid; }
.claim h2 { font-size: 1.1rem; margin: 0 0 0.5rem; font-family: system-ui, sans-serif; }
.verdict { display: inline-block; padding: 0 0.4rem; border: 1px solid; border-radius: 0.25rem; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
${VERDICTS.map((verdict) => {
  const colours = VERDICT_COLOURS[verdict];
  return `.verdict-${verdict} { color: ${colours.text}; background: ${colours.tint}; border-color: ${colours.line}; }`;
}).join("\n")}
.orphaned { color: #b00020; font-weight: bold; }
dl { display: grid; grid-template-columns: 9rem 1fr; gap: 0.25rem 0.75rem; margin: 0; }
dt { font-weight: bold; font-family: system-ui, sans-serif; font-size: 0.9rem; }
dd { margin: 0; }
blockquote { margin: 0; padding-left: 0.75rem; border-left: 3px solid #ccc; }
.summary { font-family: system-ui, sans-serif; }
@page { margin: 2cm; }
@media print { a[href]::after { content: " (" attr(href) ")"; font-size: 0.85em; color: #555; } }
`;

export function renderFactCheckReportHtml(
  article: ExportArticle,
  claims: readonly ExportClaim[],
  options: FactCheckReportOptions = {},
): string {
  const ordered = sortClaimsForReading(claims);
  const frame = renderFactCheckReportFrame(article, tallyClaims(ordered), options);
  return `${frame.opening}${ordered.map((claim, index) => renderReportClaimHtml(claim, index + 1)).join("")}${frame.closing}`;
}

/** How many claims there are of each verdict: the summary line at the top. */
export type ClaimTally = { total: number; byVerdict: Record<Verdict, number>; orphaned: number };

export function tallyClaims(claims: readonly ExportClaim[]): ClaimTally {
  const byVerdict = emptyVerdictCounts();
  for (const claim of claims) byVerdict[claim.verdict] += 1;
  return { total: claims.length, byVerdict, orphaned: claims.filter((claim) => claim.isOrphaned).length };
}

/**
 * The report around its claims: everything up to the first claim (the summary
 * needs only the tally, which the streamed report counts in SQL first) and
 * everything after the last. The claims go between, renderReportClaimHtml each.
 */
export function renderFactCheckReportFrame(
  article: ExportArticle,
  tally: ClaimTally,
  options: FactCheckReportOptions = {},
): { opening: string; closing: string } {
  const header = renderArticleHeaderHtml({ ...article, headline: `Fact-check report: ${article.headline}` }, options);
  const facts = [`Revision ${article.revisionNumber}`];
  if (options.generatedAt) facts.push(`report generated ${toIsoSeconds(options.generatedAt).replace("T", " ").replace("Z", " UTC")}`);
  const original = toSafeHttpUrl(article.originalUrl);
  const originalLine = original
    ? `<p class="meta">Original: <a href="${escapeHtml(original)}">${escapeHtml(original)}</a></p>`
    : "";
  const top = ["<main>", header, `<p class="meta">${escapeHtml(facts.join(" · "))}</p>`, originalLine, renderSummary(tally)];
  if (tally.total === 0) top.push("<p>No claims were marked in this revision.</p>");
  const bottom = [renderProvenanceHtml(options.provenance), "</main>"];
  const document = renderHtmlDocumentFrame({ title: `Fact-check report: ${article.headline}`, lang: options.lang, css: REPORT_CSS });
  return {
    opening: `${document.before}${top.filter(Boolean).join("\n")}`,
    closing: `${bottom.filter(Boolean).map((part) => `\n${part}`).join("")}${document.after}`,
  };
}

function renderSummary(tally: ClaimTally): string {
  const parts = VERDICTS.map((verdict) => `${VERDICT_LABELS[verdict]}: ${tally.byVerdict[verdict]}`);
  if (tally.orphaned) parts.push(`Orphaned: ${tally.orphaned}`);
  return `<p class="summary">${tally.total} claim${tally.total === 1 ? "" : "s"} · ${escapeHtml(parts.join(" · "))}</p>`;
}

/** One claim's block, with the line break that separates it from what comes before; `number` counts from 1 in reading order. */
export function renderReportClaimHtml(claim: ExportClaim, number: number): string {
  return `\n${renderClaim(claim, number - 1)}`;
}

function renderClaim(claim: ExportClaim, index: number): string {
  const verdict = `<span class="verdict verdict-${claim.verdict}">${escapeHtml(VERDICT_LABELS[claim.verdict])}</span>`;
  const orphaned = claim.isOrphaned ? ' <span class="orphaned">Orphaned: its words are gone from this revision</span>' : "";
  const rows: [string, string][] = [
    ["Claim", escapeHtml(claim.restated.trim() || "(not restated)")],
    ["Quote", `<blockquote>${escapeHtml(claim.exact)}</blockquote>`],
  ];
  if (claim.correction?.trim()) rows.push(["Correction", escapeHtml(claim.correction)]);
  if (claim.rationale?.trim()) rows.push(["Rationale", escapeHtml(claim.rationale)]);
  const decided = describeDecision(claim);
  if (decided) rows.push(["Decided", escapeHtml(decided)]);
  rows.push(["Sources", renderSources(claim.sources)]);
  const list = rows.map(([term, value]) => `<dt>${term}</dt><dd>${value}</dd>`).join("\n");
  return [
    `<section class="claim" id="claim-${escapeHtml(claim.id)}">`,
    `<h2>Claim ${index + 1} · ${verdict}${orphaned}</h2>`,
    `<dl>\n${list}\n</dl>`,
    "</section>",
  ].join("\n");
}

function describeDecision(claim: ExportClaim): string {
  const who = claim.verdictSetBy?.trim();
  const when = claim.verdictSetAt ? formatExportDay(claim.verdictSetAt) : "";
  if (who && when) return `${who}, ${when}`;
  return who || when;
}

/** Each snapshot with its SHA-256: anyone holding the file can prove it is the one the desk saw. */
function renderEvidence(evidence: readonly ExportEvidence[]): string {
  if (evidence.length === 0) return "";
  const items = evidence.map((item) => {
    const name = item.kind === "excerpt" ? "Pasted excerpt" : item.fileName ?? "Evidence file";
    const captured = toIsoSeconds(item.capturedAt).replace("T", " ").replace("Z", " UTC");
    return `<li class="evidence">Evidence: ${escapeHtml(name)} (${escapeHtml(item.contentType.split(";")[0])}, ${item.byteSize} bytes, captured ${captured}), SHA-256 <code>${escapeHtml(item.sha256)}</code></li>`;
  });
  return `<ul>\n${items.join("\n")}\n</ul>`;
}

function renderSources(sources: readonly ExportSource[]): string {
  if (sources.length === 0) return "None cited";
  const items = sources.map((source) => {
    const url = toSafeHttpUrl(source.url);
    const title = url
      ? `<a href="${escapeHtml(url)}">${escapeHtml(source.title)}</a>`
      : `${escapeHtml(source.title)} (${escapeHtml(source.url)})`;
    const publisher = source.publisher.trim() ? ` — ${escapeHtml(source.publisher)}` : "";
    const facts = `${escapeHtml(SOURCE_KIND_LABELS[source.kind])}; ${escapeHtml(STANCE_LABELS[source.stance].toLowerCase())}`;
    const excerpt = source.excerpt.trim() ? `<blockquote>${escapeHtml(source.excerpt)}</blockquote>` : "";
    return `<li>${title}${publisher} (${facts})${excerpt}${renderEvidence(source.evidence ?? [])}</li>`;
  });
  return `<ul>\n${items.join("\n")}\n</ul>`;
}
