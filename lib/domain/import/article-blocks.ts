// Every format is first turned into blocks with a role; one function then
// picks the headline and byline and builds the normalised text, so .md,
// .html and .docx follow the same rules.
import { normaliseArticleText, splitParagraphs } from "../article-text";
import { ImportError } from "./import-error";
import { assertTextLimits } from "./import-limits";

export type BlockRole =
  | "title" // <title>: a headline candidate, never article text
  | "headline" // Word's Title style, <h1 class="title">
  | "heading1" // <h1>, a leading "# Heading"
  | "heading" // any other heading: stays in the text as a paragraph
  | "byline" // marked as a byline (class="byline", Word style "Byline")
  | "paragraph";

export type ArticleBlock = { role: BlockRole; text: string };

export type ArticleBlocks = {
  blocks: ArticleBlock[];
  /** A byline given outside the text (<meta name="author">, a class="byline" element). */
  byline?: string;
};

export type ImportedArticle = {
  headline?: string;
  byline?: string;
  /** Normalised with normaliseArticleText: paragraphs joined by exactly "\n\n". */
  text: string;
  paragraphCount: number;
};

// "By Jane Doe", "BY JANE DOE, Paris": short, a capital after "By", no full stop
// at the end, so "By the end of 2019, sales fell." stays article text.
const BYLINE_PARAGRAPH = /^(?:By|BY|by)\s+(\p{Lu}[^\n]{0,98}[^.!?:;\s])$/u;
const BY_PREFIX = /^by\s+/i;

export function assembleArticle(
  parsed: ArticleBlocks,
  options: { detectBylineParagraph?: boolean } = {},
): ImportedArticle {
  const blocks = parsed.blocks
    .map((block) => ({ ...block, text: cleanInvisibles(block.text) }))
    .filter((block) => block.text.trim().length > 0);

  const headlineBlock =
    blocks.find((block) => block.role === "headline") ??
    blocks.find((block) => block.role === "heading1") ??
    blocks.find((block) => block.role === "title");
  const body = blocks.filter((block) => block !== headlineBlock && block.role !== "title" && block.role !== "byline");

  let byline = parsed.byline ?? blocks.find((block) => block.role === "byline")?.text;
  const first = body[0];
  const bylineMatch = options.detectBylineParagraph === false ? null : first && BYLINE_PARAGRAPH.exec(oneLine(first.text));
  if (first && bylineMatch) {
    body.shift(); // a "By …" line is about the article, not part of it
    byline ??= bylineMatch[1];
  }

  const text = normaliseArticleText(body.map((block) => block.text).join("\n\n"));
  if (text.length === 0) {
    throw new ImportError("empty", "The file has no article text in it.");
  }
  const paragraphCount = splitParagraphs(text).length;
  assertTextLimits(text, paragraphCount);
  return {
    ...optional("headline", headlineBlock && oneLine(headlineBlock.text)),
    ...optional("byline", byline && oneLine(byline).replace(BY_PREFIX, "")),
    text,
    paragraphCount,
  };
}

// Invisible characters would make a claim's words unfindable by search and
// re-anchoring while looking identical: soft hyphens, zero-width spaces, stray
// byte-order marks go; no-break and other typographic spaces become spaces.
// (Zero-width joiners stay: emoji sequences need them.)
export function cleanInvisibles(text: string): string {
  return text
    .replace(/[\u00ad\u200b\u2060\ufeff]/g, "")
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, " ")
    .replace(/[\u2028\u2029\v]/g, "\n")
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, "");
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}
