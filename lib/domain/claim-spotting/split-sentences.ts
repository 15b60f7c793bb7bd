// Sentences with their offsets in the revision text. Rule-based: a sentence ends
// at . ! ? (and a closing quote or bracket after it) followed by a blank and an
// upper-case letter, digit or opening quote — except after common abbreviations,
// initials ("J. Smith", "U.S.") and inside decimals ("1.5").
export type SentenceSpan = { start: number; end: number; text: string };

const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "gen", "gov", "sen", "rep", "lt", "col", "sgt", "capt",
  "inc", "ltd", "co", "corp", "vs", "etc", "no", "nos", "fig", "approx", "dept", "est", "jan", "feb", "mar", "apr",
  "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
]);

const BOUNDARY = /[.!?]+["”’)\]]*(?=\s+["“‘(\[]?[A-Z0-9À-Ý])/g;

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  // Paragraph breaks always end a sentence.
  let paragraphStart = 0;
  for (const paragraph of text.split("\n")) {
    addParagraph(paragraph, paragraphStart, spans);
    paragraphStart += paragraph.length + 1;
  }
  return spans;
}

function addParagraph(paragraph: string, offset: number, spans: SentenceSpan[]): void {
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(paragraph); match; match = BOUNDARY.exec(paragraph)) {
    const end = match.index + match[0].length;
    if (isAbbreviation(paragraph, match.index)) continue;
    pushTrimmed(paragraph, start, end, offset, spans);
    start = end;
  }
  pushTrimmed(paragraph, start, paragraph.length, offset, spans);
}

function isAbbreviation(paragraph: string, dotIndex: number): boolean {
  if (paragraph[dotIndex] !== ".") return false;
  const word = /([A-Za-z]+)$/.exec(paragraph.slice(Math.max(0, dotIndex - 12), dotIndex))?.[1] ?? "";
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // Initials and dotted acronyms: "J.", "U.S."
  return word.length === 1 && word === word.toUpperCase();
}

function pushTrimmed(paragraph: string, from: number, to: number, offset: number, spans: SentenceSpan[]): void {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(paragraph[start])) start++;
  while (end > start && /\s/.test(paragraph[end - 1])) end--;
  if (end > start) spans.push({ start: offset + start, end: offset + end, text: paragraph.slice(start, end) });
}
