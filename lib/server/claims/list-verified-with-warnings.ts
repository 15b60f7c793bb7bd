import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { articleIdSchema } from "@/lib/schemas/article";
import { authorize, notFound } from "@/lib/server/authorize";
import { parseIdOrNotFound } from "@/lib/server/parse-input";
import { describeWarnings, loadClaimWarnings } from "./load-claim-warnings";

export type VerifiedWithWarning = { claimId: string; exact: string; warnings: string[] };

/**
 * Verified claims of an article that carry a consistency warning (verified
 * with an override, or warned about since), for the one who signs off.
 */
export async function listVerifiedWithWarnings(options: { actor: Actor | null; articleId: string }): Promise<VerifiedWithWarning[]> {
  authorize(options.actor, "article:read");
  const articleId = parseIdOrNotFound(articleIdSchema, options.articleId, "The article");
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({
      where: { id: articleId },
      select: { claims: { where: { verdict: "verified", isOrphaned: false }, orderBy: [{ start: "asc" }, { end: "desc" }], select: { id: true, exact: true } } },
    });
    if (!article) throw notFound("The article");
    const listed: VerifiedWithWarning[] = [];
    for (const claim of article.claims) {
      const warnings = describeWarnings(await loadClaimWarnings(tx, claim.id));
      if (warnings.length > 0) listed.push({ claimId: claim.id, exact: claim.exact, warnings });
    }
    return listed;
  });
}
