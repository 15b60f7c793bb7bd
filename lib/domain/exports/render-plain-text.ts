// Clean plain text: what a sub-editor pastes into the CMS.
import { PARAGRAPH_SEPARATOR } from "../article-text";
import { toCleanParagraphs, type CorrectedCopy } from "./corrected-copy";
import type { ExportArticle, RenderOptions } from "./export-types";
import { describeArticleMeta } from "./text-format";

export function renderPlainText(copy: CorrectedCopy, article: ExportArticle, options: RenderOptions = {}): string {
  const meta = describeArticleMeta(article);
  const blocks: string[] = [];
  if (options.banner?.trim()) blocks.push(options.banner.trim());
  blocks.push(meta ? `${article.headline}\n${meta}` : article.headline);
  blocks.push(...toCleanParagraphs(copy));
  const notes = (options.correctionNotes ?? []).map((note) => note.trim()).filter(Boolean);
  if (notes.length > 0) blocks.push(["Corrections", ...notes].join(PARAGRAPH_SEPARATOR));
  if (options.provenance?.trim()) blocks.push(options.provenance.trim());
  return `${blocks.join(PARAGRAPH_SEPARATOR)}\n`;
}
