// Clean HTML and tracked-changes HTML of the corrected copy. The tracked copy
// marks each change with <del>/<ins> (standard HTML edits, with `datetime`) and
// names the claim in `data-claim-id` and a `title` a reader sees on hover.
import { toCleanParagraphs, type AppliedCorrection, type CorrectedCopy, type CopySegment } from "./corrected-copy";
import type { ExportArticle, RenderOptions } from "./export-types";
import { escapeHtml, renderArticleHeaderHtml, renderHtmlDocument, renderNotesHtml, renderProvenanceHtml } from "./html-document";
import { collapseWhitespace, formatExportDay, toIsoSeconds } from "./text-format";
import { trackReplacedWords } from "./tracked-words";

const TRACKED_CSS = `
del { color: #b00020; text-decoration: line-through; }
ins { color: #05672c; text-decoration: underline; }
.legend { font-family: system-ui, sans-serif; font-size: 0.9rem; color: #555; }
@media print { del, ins { color: inherit; } }
`;

export function renderCleanHtml(copy: CorrectedCopy, article: ExportArticle, options: RenderOptions = {}): string {
  const paragraphs = toCleanParagraphs(copy).map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`);
  const body = ["<article>", renderArticleHeaderHtml(article, options), ...paragraphs, renderNotesHtml(options.correctionNotes), renderProvenanceHtml(options.provenance), "</article>"];
  return renderHtmlDocument({ title: article.headline, lang: options.lang, body: body.filter(Boolean).join("\n") });
}

export function renderTrackedHtml(copy: CorrectedCopy, article: ExportArticle, options: RenderOptions = {}): string {
  const byClaim = new Map(copy.applied.map((correction) => [correction.claimId, correction]));
  const paragraphs = copy.paragraphs.map(
    (segments) => `<p>${segments.map((segment) => renderTrackedSegment(segment, byClaim)).join("")}</p>`,
  );
  const legend = `<p class="legend">Tracked changes against revision ${article.revisionNumber}: <del>deleted words</del> <ins>corrections</ins>.</p>`;
  const body = ["<article>", renderArticleHeaderHtml(article, options), legend, ...paragraphs, renderNotesHtml(options.correctionNotes), renderProvenanceHtml(options.provenance), "</article>"];
  return renderHtmlDocument({
    title: `${article.headline} (tracked changes)`,
    lang: options.lang,
    css: TRACKED_CSS,
    body: body.filter(Boolean).join("\n"),
  });
}

function renderTrackedSegment(segment: CopySegment, byClaim: Map<string, AppliedCorrection>): string {
  if (segment.kind === "same") return escapeHtml(segment.text);
  const correction = byClaim.get(segment.claimId);
  const attributes = [
    `data-claim-id="${escapeHtml(segment.claimId)}"`,
    `title="${escapeHtml(describeChange(correction))}"`,
    correction?.verdictSetAt ? `datetime="${toIsoSeconds(correction.verdictSetAt)}"` : "",
  ]
    .filter(Boolean)
    .join(" ");
  // Only the differing words are marked; the words the correction keeps stay plain.
  return trackReplacedWords(segment)
    .map((part) =>
      part.kind === "same"
        ? escapeHtml(part.text)
        : `<${part.kind === "removed" ? "del" : "ins"} ${attributes}>${escapeHtml(part.text)}</${part.kind === "removed" ? "del" : "ins"}>`,
    )
    .join("");
}

function describeChange(correction: AppliedCorrection | undefined): string {
  if (!correction) return "Corrected claim";
  const who = correction.verdictSetBy ? ` by ${correction.verdictSetBy}` : "";
  const when = correction.verdictSetAt ? ` on ${formatExportDay(correction.verdictSetAt)}` : "";
  const restated = collapseWhitespace(correction.restated);
  const claim = restated ? `: ${restated}` : "";
  return `Claim corrected${who}${when}${claim}`;
}
