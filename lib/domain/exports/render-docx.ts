// DOCX copies. The tracked copy holds real Word revisions (w:del / w:ins with an
// id, author and date), so Word or LibreOffice can accept or reject each
// correction; the clean copy is the same document with every change accepted.
import {
  DeletedTextRun,
  Document,
  HeadingLevel,
  InsertedTextRun,
  Packer,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from "docx";
import { toCleanParagraphs, type AppliedCorrection, type CorrectedCopy, type CopySegment } from "./corrected-copy";
import type { ExportArticle, RenderOptions } from "./export-types";
import { describeArticleMeta, toIsoSeconds } from "./text-format";
import { trackReplacedWords } from "./tracked-words";

export const DEFAULT_DESK_NAME = "Fact-check desk";

// Twentieths of a point: 10 pt after each paragraph; lines at 1.15 (240 = single).
export const PARAGRAPH_SPACING_AFTER = 200;
const LINE_SPACING = 276;

export type DocxOptions = RenderOptions & {
  /** Author of revisions whose verdict-setter is unknown, and the document's creator. */
  deskName?: string;
  /**
   * Date of revisions whose verdict date is unknown (Word needs one). Pass the
   * export time; defaults to the Unix epoch so that this function stays pure.
   */
  fallbackDate?: Date;
};

export async function renderCleanDocx(
  copy: CorrectedCopy,
  article: ExportArticle,
  options: DocxOptions = {},
): Promise<Uint8Array> {
  const body = toCleanParagraphs(copy).map((text) => new Paragraph({ children: [new TextRun(text)] }));
  return packDocument(article, options, body, false);
}

export async function renderTrackedDocx(
  copy: CorrectedCopy,
  article: ExportArticle,
  options: DocxOptions = {},
): Promise<Uint8Array> {
  const byClaim = new Map(copy.applied.map((correction) => [correction.claimId, correction]));
  // Revision ids must be unique across the document: one counter for all of them.
  let nextRevisionId = 1;
  const body = copy.paragraphs.map((segments) => {
    const children = segments.flatMap((segment): ParagraphChild[] => {
      if (segment.kind === "same") return [new TextRun(segment.text)];
      const change = describeRevision(byClaim.get(segment.claimId), options);
      return trackedRuns(segment, change, () => nextRevisionId++);
    });
    return new Paragraph({ children });
  });
  return packDocument(article, options, body, true);
}

/** Only the differing words become revisions; the words the correction keeps stay plain text. */
function trackedRuns(
  segment: Extract<CopySegment, { kind: "replaced" }>,
  change: { author: string; date: string },
  takeId: () => number,
): ParagraphChild[] {
  return trackReplacedWords(segment).map((part) =>
    part.kind === "same"
      ? new TextRun(part.text)
      : part.kind === "removed"
        ? new DeletedTextRun({ id: takeId(), ...change, text: part.text })
        : new InsertedTextRun({ id: takeId(), ...change, text: part.text }),
  );
}

function describeRevision(correction: AppliedCorrection | undefined, options: DocxOptions): { author: string; date: string } {
  const author = correction?.verdictSetBy?.trim() || options.deskName?.trim() || DEFAULT_DESK_NAME;
  const date = correction?.verdictSetAt ?? options.fallbackDate ?? new Date(0);
  return { author, date: toIsoSeconds(date) };
}

async function packDocument(
  article: ExportArticle,
  options: DocxOptions,
  body: Paragraph[],
  isTracked: boolean,
): Promise<Uint8Array> {
  const deskName = options.deskName?.trim() || DEFAULT_DESK_NAME;
  const header: Paragraph[] = [];
  if (options.banner?.trim()) {
    header.push(new Paragraph({ children: [new TextRun({ text: options.banner.trim(), bold: true, color: "B00020" })] }));
  }
  header.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(article.headline)] }));
  const meta = describeArticleMeta(article);
  if (meta) header.push(new Paragraph({ children: [new TextRun({ text: meta, italics: true })] }));
  const notes = (options.correctionNotes ?? []).map((note) => note.trim()).filter(Boolean);
  const footer: Paragraph[] = notes.length
    ? [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun("Corrections")] }), ...notes.map((note) => new Paragraph({ children: [new TextRun(note)] }))]
    : [];
  if (options.provenance?.trim()) {
    footer.push(new Paragraph({ children: [new TextRun({ text: options.provenance.trim(), italics: true, size: 16 })] }));
  }
  const document = new Document({
    creator: deskName,
    lastModifiedBy: deskName,
    title: article.headline,
    description: isTracked
      ? `Corrected copy of revision ${article.revisionNumber}, with tracked changes`
      : `Corrected copy of revision ${article.revisionNumber}`,
    // In the tracked copy, further edits by the desk are tracked too.
    features: isTracked ? { trackRevisions: true } : undefined,
    // Space after every paragraph, as the default style of the document: without
    // it Word and LibreOffice run the article's paragraphs together.
    styles: { default: { document: { paragraph: { spacing: { after: PARAGRAPH_SPACING_AFTER, line: LINE_SPACING } } } } },
    sections: [{ children: [...header, ...body, ...footer] }],
  });
  const buffer = await Packer.toBuffer(document);
  // A plain Uint8Array (not a Node Buffer) is a valid Response body everywhere.
  return new Uint8Array(buffer);
}
