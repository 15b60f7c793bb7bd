// What a tracked copy strikes and inserts for one corrected claim: only the
// words that differ between the claim's words and its correction ("owns a
// ~~majority~~ 15% ~~of~~ *stake in* Renault"), so an editor reading the tracked
// DOCX or HTML sees the change, not a whole rewritten phrase. Joining the "same"
// and "added" parts gives the correction (accept all), "same" and "removed" the
// original words (reject all), which the renderers rely on.
import { diffRevisionWords, type WordDiffPart } from "../diff/word-diff";
import type { CopySegment } from "./corrected-copy";

export type TrackedPart = WordDiffPart;

// When the correction keeps less than this share of the original's letters, a
// word-by-word diff is a confetti of tiny kept words ("a", "the"); the whole
// phrase struck and the new one inserted reads better.
const MIN_KEPT_SHARE = 0.3;

export function trackReplacedWords(segment: Extract<CopySegment, { kind: "replaced" }>): TrackedPart[] {
  const { original, text } = segment;
  if (!text) return [{ kind: "removed", text: original }];
  const parts = diffRevisionWords(original, text);
  const kept = letters(parts.filter((part) => part.kind === "same").map((part) => part.text).join(""));
  const longest = Math.max(letters(original), letters(text));
  if (longest === 0 || kept / longest < MIN_KEPT_SHARE) {
    return [{ kind: "removed", text: original }, { kind: "added", text }];
  }
  return parts;
}

function letters(text: string): number {
  return text.replace(/\s+/g, "").length;
}
