import "server-only";
import type { Tx } from "@/lib/db";
import { checkClaimInArticle, type ArticleFinding } from "@/lib/domain/consistency/check-article";
import { lintClaim, type Finding } from "@/lib/domain/consistency/lint-claim";
import { notFound } from "@/lib/server/authorize";

export type ClaimWarnings = { own: Finding[]; article: ArticleFinding[] };

/**
 * The consistency warnings of a claim as the desk sees them: its own words
 * contradicting themselves (lintClaim), and a fact it states otherwise than
 * another claim of the same article (checkArticle). Orphaned claims are not
 * in the text any more and are left out of the comparison.
 */
export async function loadClaimWarnings(tx: Tx, claimId: string): Promise<ClaimWarnings> {
  const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { id: true, articleId: true, exact: true } });
  if (!claim) throw notFound("The claim");
  const others = await tx.claim.findMany({
    where: { articleId: claim.articleId, isOrphaned: false, id: { not: claim.id } },
    orderBy: [{ start: "asc" }, { end: "desc" }],
    select: { id: true, exact: true },
  });
  const claims = [{ id: claim.id, text: claim.exact }, ...others.map((other) => ({ id: other.id, text: other.exact }))];
  return { own: lintClaim(claim.exact), article: checkClaimInArticle(claim.id, claims) };
}

/** One line per warning, for an error message or the audit trail. */
export function describeWarnings(warnings: ClaimWarnings): string[] {
  return [...warnings.own.map((finding) => finding.message), ...warnings.article.map((finding) => finding.message)];
}
