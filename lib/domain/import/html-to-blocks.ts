// HTML (uploaded, or made by mammoth from .docx) → article blocks.
//
// Untrusted markup goes through sanitize-html first, with an allowlist of only
// the tags that tell paragraphs apart and the one attribute that marks a
// byline: scripts, styles, event handlers, links and their javascript: URLs,
// iframes and comments cannot survive it. The sanitizer's output is then
// regular enough (known tags, quoted attributes, escaped text) to read with a
// small tokenizer. The result is plain text; it is escaped wherever shown.
import sanitizeHtml from "sanitize-html";
import type { ArticleBlock, ArticleBlocks, BlockRole } from "./article-blocks";

const BLOCK_TAGS = [
  "title", "h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "section", "article", "main", "header", "footer",
  "aside", "blockquote", "pre", "address", "ul", "ol", "li", "dl", "dt", "dd", "figure", "figcaption",
  "table", "caption", "tr", "td", "th",
];
const BLOCKS = new Set(BLOCK_TAGS);

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...BLOCK_TAGS, "br", "span", "meta"],
  allowedAttributes: { meta: ["name", "content"], "*": ["class"] },
  allowedSchemes: [],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  // Elements whose content is not article text, dropped with everything inside.
  nonTextTags: [
    "script", "style", "noscript", "template", "iframe", "frame", "frameset", "noframes", "object", "embed",
    "svg", "math", "canvas", "audio", "video", "textarea", "select", "option", "button", "nav", "noembed", "xmp",
  ],
};

type Frame = { tag: string; isByline: boolean; isTitle: boolean };

export function htmlToBlocks(html: string): ArticleBlocks {
  const clean = sanitizeHtml(html, SANITIZE_OPTIONS);
  const blocks: ArticleBlock[] = [];
  const stack: Frame[] = [];
  let buffer = "";
  let hasBylineInBlock = false;
  let author: string | undefined;
  let bylineText: string | undefined;
  let bylineDepth = -1;
  let bylineBuffer = "";

  const flush = () => {
    if (buffer.trim().length > 0) blocks.push({ role: roleOf(stack, hasBylineInBlock), text: buffer });
    buffer = "";
    hasBylineInBlock = false;
  };

  for (const token of clean.matchAll(/<(\/?)([a-z][a-z0-9]*)([^>]*)>|([^<]+)/g)) {
    const [, closing, tag, attributes, rawText] = token;
    if (rawText !== undefined) {
      const isPre = stack.some((frame) => frame.tag === "pre");
      const text = decodeEscapes(rawText).replace(isPre ? /[ \t\f\r]+/g : /[ \t\n\f\r]+/g, " ");
      buffer += text;
      if (bylineDepth >= 0) bylineBuffer += text;
    } else if (closing) {
      if (BLOCKS.has(tag)) flush();
      const index = stack.findLastIndex((frame) => frame.tag === tag);
      if (index < 0) continue;
      stack.length = index;
      if (bylineDepth >= index && bylineDepth >= 0) {
        bylineText ??= bylineBuffer;
        bylineDepth = -1;
      }
    } else if (tag === "meta") {
      const attrs = readAttributes(attributes);
      if (attrs.name?.toLowerCase() === "author" && attrs.content?.trim()) author ??= attrs.content;
    } else if (tag === "br") {
      buffer += "\n";
    } else {
      if (BLOCKS.has(tag)) flush();
      const classes = readAttributes(attributes).class ?? "";
      const isByline = /(^|[\s_-])byline($|[\s_-])/i.test(classes);
      if (isByline && bylineText === undefined && bylineDepth < 0) {
        bylineDepth = stack.length;
        bylineBuffer = "";
      }
      if (isByline) hasBylineInBlock = true;
      stack.push({ tag, isByline, isTitle: /(^|\s)title(\s|$)/i.test(classes) });
    }
  }
  flush();
  const byline = author ?? (bylineText?.trim() ? bylineText : undefined);
  return byline ? { blocks, byline } : { blocks };
}

function roleOf(stack: Frame[], hasBylineInBlock: boolean): BlockRole {
  const block = stack.findLast((frame) => BLOCKS.has(frame.tag));
  if (block?.tag === "title") return "title";
  if (hasBylineInBlock || stack.some((frame) => frame.isByline)) return "byline";
  if (block?.tag === "h1") return stack.some((frame) => frame.tag === "h1" && frame.isTitle) ? "headline" : "heading1";
  if (block && /^h[2-6]$/.test(block.tag)) return "heading";
  return "paragraph";
}

function readAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name, value] of source.matchAll(/([a-z-]+)="([^"]*)"/g)) attributes[name] = decodeEscapes(value);
  return attributes;
}

// sanitize-html decodes every entity of the input and escapes only these on output.
function decodeEscapes(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ESCAPES[name]);
}
const ESCAPES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", "#x27": "'" };

/** Text of an HTML fragment with every tag removed (for raw HTML inside Markdown). */
export function htmlFragmentToText(fragment: string): string {
  const text = sanitizeHtml(fragment, {
    allowedTags: [],
    allowedAttributes: {},
    nonTextTags: SANITIZE_OPTIONS.nonTextTags,
  });
  return decodeEscapes(text);
}
