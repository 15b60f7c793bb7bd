// Article text is stored as paragraphs separated by exactly one blank line.
// Offsets of claims refer to this normalised text, so every entry point
// (paste, file import, API) goes through normaliseArticleText first.
export const PARAGRAPH_SEPARATOR = "\n\n";

export function normaliseArticleText(raw: string): string {
  return raw
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/[ \t]*\n[ \t]*/g, " ").replace(/[ \t]+/g, " ").trim())
    .filter((paragraph) => paragraph.length > 0)
    .join(PARAGRAPH_SEPARATOR);
}

export type Paragraph = { index: number; start: number; end: number; text: string };

export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  text.split(PARAGRAPH_SEPARATOR).forEach((paragraph, index) => {
    paragraphs.push({ index, start, end: start + paragraph.length, text: paragraph });
    start += paragraph.length + PARAGRAPH_SEPARATOR.length;
  });
  return paragraphs;
}
