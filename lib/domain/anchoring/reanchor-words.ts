// Claims are made of whole words. When the old quote started (or ended) at a
// word boundary, its new position must too: "43%" does not re-anchor into
// "143%", and an edited first word is covered whole, not from its second letter.
import type { Anchor } from "./create-anchor";
import type { Span } from "./reanchor-scoring";

const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;

function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && WORD_CHARACTER.test(character);
}

function isBoundary(before: string | undefined, after: string | undefined): boolean {
  return !(isWordCharacter(before) && isWordCharacter(after));
}

export type WordEdges = { start: boolean; end: boolean };

/** Whether the old quote began and ended at word boundaries. */
export function wordEdgesOf(anchor: Anchor): WordEdges {
  return {
    start: isBoundary(anchor.prefix.at(-1), anchor.exact[0]),
    end: isBoundary(anchor.exact.at(-1), anchor.suffix[0]),
  };
}

export function hasWordEdges(text: string, span: Span, edges: WordEdges): boolean {
  return (
    (!edges.start || isBoundary(text[span.start - 1], text[span.start])) &&
    (!edges.end || isBoundary(text[span.end - 1], text[span.end]))
  );
}

/** Widens a span to whole words on the sides where the old quote had whole words. */
export function snapToWords(text: string, span: Span, edges: WordEdges): Span {
  let { start, end } = span;
  while (edges.start && start > 0 && !isBoundary(text[start - 1], text[start])) start--;
  while (edges.end && end < text.length && !isBoundary(text[end - 1], text[end])) end++;
  return { start, end };
}
