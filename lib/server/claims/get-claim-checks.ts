import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import type { ArticleFinding } from "@/lib/domain/consistency/check-article";
import { compareWithEarlierCheck, type MemoryWarning } from "@/lib/domain/consistency/check-memory";
import { claimIdSchema } from "@/lib/schemas/claim";
import { authorize } from "@/lib/server/authorize";
import { parseIdOrNotFound } from "@/lib/server/parse-input";
import { formatDay } from "@/lib/format-date";
import { findSimilarClaims } from "./find-similar-claims";
import { loadClaimWarnings } from "./load-claim-warnings";

export type ClaimChecks = {
  /** Facts this claim states otherwise than another claim of the article. */
  article: ArticleFinding[];
  /** Earlier verified or corrected claims in other articles whose figure differs. */
  memory: MemoryWarning[];
};

/**
 * The checks of a claim against the rest of its article and the desk's memory
 * (its own words are checked in the browser by lintClaim, the same code).
 */
export async function getClaimChecks(options: { actor: Actor | null; claimId: string }): Promise<ClaimChecks> {
  authorize(options.actor, "article:read");
  const claimId = parseIdOrNotFound(claimIdSchema, options.claimId, "The claim");
  const warnings = await db.$transaction((tx) => loadClaimWarnings(tx, claimId));
  const claim = await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { exact: true } });
  const similar = await findSimilarClaims({ actor: options.actor, claimId });
  const memory = similar.flatMap((earlier) => compareWithEarlierCheck(claim.exact, earlier, formatDay) ?? []);
  return { article: warnings.article, memory };
}
