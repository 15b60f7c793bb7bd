// The shell shared by every HTML export: a complete standalone document that is
// safe to open from a download folder. Everything from users is escaped, and a
// Content-Security-Policy forbids scripts and remote loads even if something
// slipped through (defence in depth: these files travel by e-mail).
import type { ExportArticle, RenderOptions } from "./export-types";
import { describeArticleMeta } from "./text-format";

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for element content and for quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);
}

const BASE_CSS = `
body { font-family: Georgia, "Times New Roman", serif; line-height: 1.55; color: #111; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.8rem; line-height: 1.2; margin: 0 0 0.5rem; }
.meta { color: #555; font-style: italic; margin: 0 0 1.5rem; }
.banner { border: 2px solid #b00020; color: #b00020; background: #fff3f3; padding: 0.5rem 0.75rem; font-family: system-ui, sans-serif; font-weight: bold; }
.notes { border-top: 1px solid #ccc; margin-top: 2rem; padding-top: 1rem; }
@media print { body { margin: 0; max-width: none; } .banner { background: none; } }
`;

export function renderHtmlDocument(options: { title: string; lang?: string; css?: string; body: string }): string {
  const frame = renderHtmlDocumentFrame(options);
  return `${frame.before}${options.body}${frame.after}`;
}

/** The document around its body, for a body written in pieces (the streamed fact-check report). */
export function renderHtmlDocumentFrame(options: { title: string; lang?: string; css?: string }): { before: string; after: string } {
  const before = [
    "<!DOCTYPE html>",
    `<html lang="${escapeHtml(options.lang ?? "en")}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(options.title)}</title>`,
    `<style>${BASE_CSS}${options.css ?? ""}</style>`,
    "</head>",
    "<body>",
  ];
  return { before: `${before.join("\n")}\n`, after: "\n</body>\n</html>\n" };
}

export function renderBannerHtml(banner: string | null | undefined): string {
  return banner?.trim() ? `<p class="banner" role="note"><strong>${escapeHtml(banner.trim())}</strong></p>` : "";
}

/** Banner, headline and the byline/publication/date line. */
export function renderArticleHeaderHtml(article: ExportArticle, options: RenderOptions): string {
  const meta = describeArticleMeta(article);
  return [
    renderBannerHtml(options.banner),
    `<h1>${escapeHtml(article.headline)}</h1>`,
    meta ? `<p class="meta">${escapeHtml(meta)}</p>` : "",
  ]
    .filter(Boolean)
    .join("\n");
}

export function renderProvenanceHtml(provenance: string | null | undefined): string {
  return provenance?.trim() ? `<p class="meta provenance">${escapeHtml(provenance.trim())}</p>` : "";
}

export function renderNotesHtml(notes: readonly string[] | undefined): string {
  const filled = (notes ?? []).map((note) => note.trim()).filter(Boolean);
  if (filled.length === 0) return "";
  const items = filled.map((note) => `<p>${escapeHtml(note)}</p>`).join("\n");
  return `<section class="notes">\n<h2>Corrections</h2>\n${items}\n</section>`;
}
