// Clean Markdown. Article text is prose, not Markdown: every character that
// Markdown would read as syntax is escaped, so "5 * 3" or "[sic]" print as typed.
// Parentheses and "!" stay bare: they only mean something after "]" or before
// "[", which are escaped, and prose is full of them.
import { PARAGRAPH_SEPARATOR } from "../article-text";
import { toCleanParagraphs, type CorrectedCopy } from "./corrected-copy";
import type { ExportArticle, RenderOptions } from "./export-types";
import { describeArticleMeta } from "./text-format";

/** Escapes inline syntax anywhere, and block syntax (headings, lists, quotes) at the start. */
export function escapeMarkdown(text: string): string {
  const inline = text.replace(/[\\`*_[\]<>#|~&$]/g, "\\$&");
  return inline
    .replace(/^(\s*)([+\-=])/, "$1\\$2")
    .replace(/^(\s*\d+)([.)])/, "$1\\$2");
}

export function renderMarkdown(copy: CorrectedCopy, article: ExportArticle, options: RenderOptions = {}): string {
  const blocks: string[] = [];
  if (options.banner?.trim()) blocks.push(`> **${escapeMarkdown(options.banner.trim())}**`);
  blocks.push(`# ${escapeMarkdown(article.headline)}`);
  const meta = describeArticleMeta(article);
  if (meta) blocks.push(`*${escapeMarkdown(meta)}*`);
  blocks.push(...toCleanParagraphs(copy).map(escapeMarkdown));
  const notes = (options.correctionNotes ?? []).map((note) => note.trim()).filter(Boolean);
  if (notes.length > 0) blocks.push("---", "## Corrections", ...notes.map(escapeMarkdown));
  if (options.provenance?.trim()) blocks.push(`*${escapeMarkdown(options.provenance.trim())}*`);
  return `${blocks.join(PARAGRAPH_SEPARATOR)}\n`;
}
