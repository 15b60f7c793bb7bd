// Scoring and thresholds for re-anchoring. Kept in one place so the rules can
// be read, tested and tuned together.
//
// Similarities are 1 − Levenshtein distance / longer length (0 = nothing in
// common, 1 = equal). Measured on the demo article, two unrelated 32-character
// windows of English score 0.16 (median), 0.31 (99th percentile), 0.50 (max).
// So a context similarity of 0.5 is evidence, and anything above random noise
// needs at least one side of the context to be largely intact.
import { prefixSimilarity, suffixSimilarity, textSimilarity } from "./reanchor-similarity";
import type { Anchor } from "./create-anchor";

export const REANCHOR_THRESHOLDS = {
  /**
   * A quote is distinctive when it is at least this long and has at least
   * DISTINCTIVE_QUOTE_WORDS words: then finding it (or something very close to
   * it) anywhere is enough, even when the context changed (a sentence moved to
   * another paragraph). Shorter quotes ("15%", "Renault") need context.
   */
  DISTINCTIVE_QUOTE_LENGTH: 32,
  DISTINCTIVE_QUOTE_WORDS: 5,
  /**
   * Context a short quote needs to count as the same place: a mean
   * prefix/suffix similarity of MIN_CONTEXT_SIMILARITY and one side at least
   * MIN_SIDE_SIMILARITY (nearly intact). A repeat a few words away shares part
   * of the context window; demanding one intact side keeps "the" from jumping
   * to the next "the".
   */
  MIN_CONTEXT_SIMILARITY: 0.5,
  MIN_SIDE_SIMILARITY: 0.9,
  /** Exact candidates whose context scores lie this close to the best are tied: nearest wins. */
  CONTEXT_TIE: 0.05,
  /** Fuzzy search budget: at most this share of the quote's length in edits, */
  MAX_ERROR_RATIO: 0.5,
  /** and never more than this many edits (as Hypothesis). */
  MAX_ERRORS: 256,
  /** Changed words: the new words must be at least this similar to the old ones. */
  MIN_QUOTE_SIMILARITY: 0.5,
  /** A distinctive quote whose context changed is still accepted when this similar. */
  STRONG_QUOTE_SIMILARITY: 0.8,
  /** Changed words: minimum combined score (weights below, normalised to 0–1). */
  MIN_CHANGED_SCORE: 0.6,
  /** Hypothesis' weights for quote, prefix, suffix and position. */
  WEIGHTS: { quote: 50, prefix: 20, suffix: 20, position: 2 },
} as const;

export type Span = { start: number; end: number };

export type ScoredSpan = Span & {
  quote: number;
  prefix: number;
  suffix: number;
  context: number;
  position: number;
  score: number;
};

/**
 * Scores a candidate span. `quoteDistance` may give the edit distance between
 * the old quote and the span when it is already known (or bounded), sparing a
 * quadratic computation for long quotes.
 */
export function scoreSpan(anchor: Anchor, text: string, span: Span, hint: number, quoteDistance?: number): ScoredSpan {
  const { WEIGHTS } = REANCHOR_THRESHOLDS;
  const quote =
    quoteDistance === undefined
      ? textSimilarity(anchor.exact, text.slice(span.start, span.end))
      : 1 - quoteDistance / Math.max(anchor.exact.length, span.end - span.start, 1);
  const prefix = prefixSimilarity(anchor.prefix, text, span.start);
  const suffix = suffixSimilarity(anchor.suffix, text, span.end);
  const position = 1 - Math.abs(span.start - hint) / Math.max(text.length, 1);
  const total = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;
  const score =
    (WEIGHTS.quote * quote + WEIGHTS.prefix * prefix + WEIGHTS.suffix * suffix + WEIGHTS.position * position) /
    total;
  return { ...span, quote, prefix, suffix, context: (prefix + suffix) / 2, position, score };
}

/** Whether the context around a span says it is the claim's place. */
export function hasContextSupport(span: ScoredSpan): boolean {
  const { MIN_CONTEXT_SIMILARITY, MIN_SIDE_SIMILARITY } = REANCHOR_THRESHOLDS;
  return span.context >= MIN_CONTEXT_SIMILARITY && Math.max(span.prefix, span.suffix) >= MIN_SIDE_SIMILARITY;
}

export function isDistinctiveQuote(exact: string): boolean {
  const words = exact.trim().split(/\s+/).filter((word) => word.length > 0);
  return (
    exact.trim().length >= REANCHOR_THRESHOLDS.DISTINCTIVE_QUOTE_LENGTH &&
    words.length >= REANCHOR_THRESHOLDS.DISTINCTIVE_QUOTE_WORDS
  );
}

export function maxErrorsFor(exact: string): number {
  const { MAX_ERROR_RATIO, MAX_ERRORS } = REANCHOR_THRESHOLDS;
  return Math.min(MAX_ERRORS, Math.floor(exact.length * MAX_ERROR_RATIO));
}
