import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/server/authorize";

// changeArticle locks the article before anything else, so a use case that is
// given a claim (or a citation) first looks up whose article it is. A claim never
// moves to another article, so this read outside the transaction cannot go stale;
// the work re-reads the claim under the lock (it may have been deleted meanwhile).

/** The article a claim belongs to, or NOT_FOUND "The claim". */
export async function findArticleIdOfClaim(claimId: string): Promise<string> {
  const claim = await db.claim.findUnique({ where: { id: claimId }, select: { articleId: true } });
  if (!claim) throw notFound("The claim");
  return claim.articleId;
}

/** The article a citation's claim belongs to, or NOT_FOUND "The source link". */
export async function findArticleIdOfClaimSource(claimSourceId: string): Promise<string> {
  const link = await db.claimSource.findUnique({ where: { id: claimSourceId }, select: { claim: { select: { articleId: true } } } });
  if (!link) throw notFound("The source link");
  return link.claim.articleId;
}
