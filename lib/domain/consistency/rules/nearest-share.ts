import type { Quantity } from "../numbers";

const BREAK = /[;:]|\.\s|\s[–—]\s|\bbut\b|,\s+and\b/;
const MAX_GAP = 200;

/**
 * The share nearest a word ("majority", "minority") with at most `maxWords`
 * words between them, on the same side of any semicolon, colon or dash.
 */
export function nearestShare(sentence: string, shares: readonly Quantity[], word: { start: number; end: number }, maxWords: number): Quantity | null {
  let best: Quantity | null = null;
  let bestWords = Infinity;
  for (const share of shares) {
    // A few words are never this far apart; skipping early keeps long texts linear.
    if (share.start - word.end > MAX_GAP || word.start - share.end > MAX_GAP) continue;
    const between = share.start >= word.end ? sentence.slice(word.end, share.start) : sentence.slice(share.end, word.start);
    if (share.start < word.end && share.end > word.start) continue;
    if (BREAK.test(between)) continue;
    const words = between.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    // A tie goes to the share after the word: "a majority of women (54%) and a minority of men (38%)" restates
    // each noun phrase after it.
    if (words <= maxWords && (words < bestWords || (words === bestWords && share.start >= word.end))) {
      best = share;
      bestWords = words;
    }
  }
  return best;
}
