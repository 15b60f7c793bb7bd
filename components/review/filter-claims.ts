import { VERDICT_LABELS } from "@/lib/domain/verdicts";
import type { ReviewClaim } from "@/lib/server/articles/get-article-for-review";

/** Claims whose words, restatement, verdict, correction, rationale or assignee contain every word of the query. */
export function filterClaims(claims: ReviewClaim[], query: string): ReviewClaim[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return claims;
  return claims.filter((claim) => {
    const haystack = [
      claim.exact, claim.restated, VERDICT_LABELS[claim.verdict], claim.correction, claim.rationale,
      claim.assignee?.name, claim.isOrphaned ? "orphaned" : "",
    ].join(" ").toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
