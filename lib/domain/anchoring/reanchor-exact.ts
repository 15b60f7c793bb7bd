// Stage 1 of re-anchoring: the same words, wherever they are now. "Same" ignores
// how whitespace is laid out (a space that became a paragraph break, a
// doubled space), because the words a checker verified did not change.
import type { Anchor } from "./create-anchor";
import { hasContextSupport, isDistinctiveQuote, REANCHOR_THRESHOLDS, scoreSpan, type ScoredSpan, type Span } from "./reanchor-scoring";
import { hasWordEdges, wordEdgesOf } from "./reanchor-words";

// A quote like "the" can occur hundreds of times; past this many, the rest
// add nothing but time.
const MAX_OCCURRENCES = 2000;

export function findSameWordSpans(exact: string, text: string): Span[] {
  // The words are matched without the quote's own leading and trailing
  // whitespace: `\s+` at an end would match greedily and make the claim grow
  // by whatever whitespace follows it, even when the text did not change. The
  // ends are then put back, up to as much whitespace as the quote had there.
  const core = exact.trim();
  const lead = exact.length - exact.trimStart().length;
  const trail = exact.length - exact.trimEnd().length;
  const pattern = core
    .split(/(\s+)/)
    .filter((part) => part.length > 0)
    .map((part) => (/^\s+$/.test(part) ? "\\s+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  if (pattern.length === 0) return [];
  const regex = new RegExp(pattern, "g");
  const spans: Span[] = [];
  let match: RegExpExecArray | null;
  while (spans.length < MAX_OCCURRENCES && (match = regex.exec(text)) !== null) {
    spans.push(widenByWhitespace(text, { start: match.index, end: match.index + match[0].length }, lead, trail));
    regex.lastIndex = match.index + 1; // overlapping occurrences count too
  }
  return spans;
}

function widenByWhitespace(text: string, span: Span, lead: number, trail: number): Span {
  let { start, end } = span;
  while (start > span.start - lead && start > 0 && /\s/.test(text[start - 1])) start--;
  while (end < span.end + trail && end < text.length && /\s/.test(text[end])) end++;
  return { start, end };
}

/**
 * Picks the occurrence of the same words whose context agrees best (ties within
 * CONTEXT_TIE go to the one nearest the expected position), or null when none
 * is convincing: a short quote needs its context, a distinctive one does not.
 */
export function chooseSameWords(anchor: Anchor, text: string, hint: number): ScoredSpan | null {
  const edges = wordEdgesOf(anchor);
  const candidates = findSameWordSpans(anchor.exact, text)
    .filter((span) => hasWordEdges(text, span, edges))
    .map((span) => scoreSpan(anchor, text, span, hint, 0)); // same words: whitespace layout does not count
  if (candidates.length === 0) return null;
  const bestContext = Math.max(...candidates.map((candidate) => candidate.context));
  const [chosen] = candidates
    .filter((candidate) => candidate.context >= bestContext - REANCHOR_THRESHOLDS.CONTEXT_TIE)
    .sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint) || b.context - a.context);
  return isDistinctiveQuote(anchor.exact) || hasContextSupport(chosen) ? chosen : null;
}
