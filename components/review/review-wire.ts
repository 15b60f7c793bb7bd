import type { ReviewClaim } from "@/lib/server/articles/get-article-for-review";
import type { SuggestionView } from "@/lib/server/suggestions/list-suggestions";

// What the review page sends its client components. The revision text travels
// once; claims and suggestions carry offsets into it instead of copies of their
// words (docs/decisions/030). Only what the text cannot give is sent: an
// orphaned claim's words, and a restatement that differs from the words.

/** A claim as sent: `exact` null when it is the text at its offsets, `restated` null when it equals `exact`. */
export type WireClaim = Omit<ReviewClaim, "exact" | "restated"> & { exact: string | null; restated: string | null };

/** A suggestion as sent: its words are the text at its offsets. */
export type WireSuggestion = Omit<SuggestionView, "exact">;

export function toWireClaim(claim: ReviewClaim, text: string): WireClaim {
  const isInText = !claim.isOrphaned && text.slice(claim.start, claim.end) === claim.exact;
  return { ...claim, exact: isInText ? null : claim.exact, restated: claim.restated === claim.exact ? null : claim.restated };
}

export function fromWireClaim(claim: WireClaim, text: string): ReviewClaim {
  const exact = claim.exact ?? text.slice(claim.start, claim.end);
  return { ...claim, exact, restated: claim.restated ?? exact };
}

export function toWireSuggestion(suggestion: SuggestionView): WireSuggestion {
  const { start, end, score, isCheckWorthy, reasons, findings } = suggestion;
  return { start, end, score, isCheckWorthy, reasons, findings };
}

export function fromWireSuggestion(suggestion: WireSuggestion, text: string): SuggestionView {
  return { ...suggestion, exact: text.slice(suggestion.start, suggestion.end) };
}
