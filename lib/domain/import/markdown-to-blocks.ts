// Markdown → article blocks: the syntax goes, the words stay. A leading
// "# Heading" (or a Setext "===" heading) is the headline candidate; front
// matter's title/author are used when nothing better is there. List items
// and headings become paragraphs of their own; code keeps its lines.
import type { ArticleBlock, ArticleBlocks, BlockRole } from "./article-blocks";
import { htmlFragmentToText } from "./html-to-blocks";

const FRONT_MATTER = /^---\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_H1 = /^ {0,3}=+[ \t]*$/;
const SETEXT_H2 = /^ {0,3}-+[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S/;
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|(\d{1,9})[.)])[ \t]+(.*)$/;

export function markdownToBlocks(markdown: string): ArticleBlocks {
  let source = markdown.replace(/\r\n?/g, "\n").replace(/<!--[\s\S]*?-->/g, "");
  const blocks: ArticleBlock[] = [];
  let byline: string | undefined;
  const front = FRONT_MATTER.exec(source);
  if (front) {
    source = source.slice(front[0].length);
    const field = (name: string) =>
      new RegExp(`^${name}:[ \\t]*["']?(.*?)["']?[ \\t]*$`, "im").exec(front[1])?.[1] || undefined;
    const title = field("title");
    if (title) blocks.push({ role: "title", text: title });
    byline = field("author") ?? field("byline");
  }

  const lines = source.split("\n");
  let paragraph: string[] = [];
  let fence: string | null = null;
  let isInItem = false;
  const flush = (role: BlockRole = "paragraph", isCode = false) => {
    const text = paragraph.join("\n");
    if (text.trim()) blocks.push({ role, text: isCode ? text : stripInline(text) });
    paragraph = [];
    isInItem = false;
  };

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    if (fence !== null) {
      if (raw.trim().startsWith(fence)) {
        flush("paragraph", true);
        fence = null;
      } else {
        paragraph.push(raw);
      }
      continue;
    }
    const line = raw.replace(/^ {0,3}(?:>[ \t]?)+/, ""); // block quotes keep their words
    const fenceOpen = FENCE.exec(line);
    const heading = ATX_HEADING.exec(line);
    const item = LIST_ITEM.exec(line);
    // As in CommonMark, only "1." may interrupt a paragraph: "2019. Renault…" is text.
    const isItem = item !== null && (paragraph.length === 0 || isInItem || item[1] === undefined || item[1] === "1");
    if (fenceOpen) {
      flush();
      fence = fenceOpen[1];
    } else if (paragraph.length > 0 && (SETEXT_H1.test(line) || SETEXT_H2.test(line))) {
      flush(SETEXT_H1.test(line) ? "heading1" : "heading");
    } else if (line.trim() === "" || THEMATIC_BREAK.test(line)) {
      flush();
    } else if (heading) {
      flush();
      paragraph.push(heading[2] ?? "");
      flush(heading[1].length === 1 ? "heading1" : "heading");
    } else if (REFERENCE_DEFINITION.test(line) || TABLE_DELIMITER.test(line)) {
      continue;
    } else if (item && isItem) {
      flush();
      paragraph.push(item[2]);
      isInItem = true;
    } else {
      paragraph.push(line.trim().replace(/^\|(.*)\|$/, "$1").replace(/\\$/, ""));
    }
  }
  flush();
  // Only a heading that opens the document is the headline; later ones are subheads.
  const firstContent = blocks.findIndex((block) => block.role !== "title");
  const result = blocks.map((block, index) =>
    block.role === "heading1" && index !== firstContent ? { ...block, role: "heading" as const } : block,
  );
  return byline ? { blocks: result, byline } : { blocks: result };
}

const ESCAPABLE = /\\([\\`*_{}[\]()#+\-.!|>~<"'])/g;

/** Removes inline Markdown (emphasis, links, images, code spans, raw HTML), keeping the words. */
export function stripInline(text: string): string {
  const escaped: string[] = [];
  let result = text.replace(ESCAPABLE, (_, character: string) => `\ue000${escaped.push(character) - 1}\ue001`);
  result = result
    .replace(/!\[[^\]]*\](?:\((?:[^()]|\([^()]*\))*\)|\[[^\]]*\])/g, "") // images
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^()]*\))*\)/g, "$1") // [text](url "title")
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1") // [text][ref]
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, "$1") // autolinks
    .replace(/(`+)[ ]?([\s\S]*?[^`])[ ]?\1(?!`)/g, "$2") // code spans
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, "$2")
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, "$1")
    .replace(/\*(?=\S)([^*]*?\S)\*/g, "$1")
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu, "$1$2");
  result = htmlFragmentToText(result);
  return result.replace(/\ue000(\d+)\ue001/g, (_, index: string) => escaped[Number(index)]);
}
