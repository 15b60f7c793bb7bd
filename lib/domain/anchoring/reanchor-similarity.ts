// Similarity measures used to re-anchor claims. All work on UTF-16 code units,
// like the offsets they help to compute.
import { CONTEXT_LENGTH } from "./create-anchor";

/** Levenshtein distance (insertions, deletions, substitutions all cost 1). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  // Two rows of the classic table: O(|a|·|b|) time, O(|b|) memory.
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const code = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (code === b.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(substitution, previous[j] + 1, current[j - 1] + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

/** 1 for equal strings, 0 for nothing in common: 1 − distance / longer length. */
export function textSimilarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - editDistance(a, b) / longer;
}

// The stored context is CONTEXT_LENGTH characters unless the text started or
// ended there. The new context is always read over CONTEXT_LENGTH characters,
// so a short stored prefix still says "the text began here": the same words in
// the middle of other text do not agree with it.

/** How well the text just before `start` agrees with the stored prefix. */
export function prefixSimilarity(prefix: string, text: string, start: number): number {
  return textSimilarity(prefix, text.slice(Math.max(0, start - CONTEXT_LENGTH), start));
}

/** How well the text just after `end` agrees with the stored suffix. */
export function suffixSimilarity(suffix: string, text: string, end: number): number {
  return textSimilarity(suffix, text.slice(end, end + CONTEXT_LENGTH));
}
