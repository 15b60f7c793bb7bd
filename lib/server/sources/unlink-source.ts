import "server-only";
import type { Actor } from "@/lib/domain/capabilities";
import { isSourceRequired } from "@/lib/domain/verdicts";
import { AppError } from "@/lib/errors";
import { unlinkSourceSchema } from "@/lib/schemas/source";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorize, notFound } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";
import { changeArticle } from "@/lib/server/articles/change-article";
import { findArticleIdOfClaimSource } from "@/lib/server/articles/find-article-id-of";

/** Removes a citation. The last source of a verified or corrected claim stays. */
export async function unlinkSource(options: { actor: Actor | null; input: unknown }): Promise<void> {
  const actor = authorize(options.actor, "source:link");
  const { claimSourceId } = parseInput(unlinkSourceSchema, options.input);
  const articleId = await findArticleIdOfClaimSource(claimSourceId);
  await changeArticle({ actor, articleId, reason: "a source was removed from a claim" }, async (tx) => {
    // Read the link and the verdict only under the article lock (every change to a
    // claim takes it first): a verdict saved, or this link removed, while we waited
    // must count, so two unlinks cannot both pass the "last source" check, nor a
    // claim turn verified and lose its only source at the same time.
    const link = await tx.claimSource.findUnique({
      where: { id: claimSourceId },
      select: {
        id: true, sourceId: true, excerpt: true, stance: true,
        source: { select: { title: true } },
        claim: { select: { id: true, articleId: true, verdict: true } },
      },
    });
    if (!link) throw notFound("The source link");
    const remaining = await tx.claimSource.count({ where: { claimId: link.claim.id } });
    if (remaining <= 1 && isSourceRequired(link.claim.verdict)) {
      throw new AppError("RULE_VIOLATION", {
        userMessage: `A ${link.claim.verdict} claim must cite at least one source: add another before removing this one.`,
      });
    }
    await tx.claimSource.delete({ where: { id: link.id } });
    await tx.claim.update({ where: { id: link.claim.id }, data: { version: { increment: 1 } } });
    await recordAuditEvent(tx, {
      actor,
      action: "claim.unlink-source",
      entityType: "claim-source",
      entityId: link.id,
      articleId: link.claim.articleId,
      claimId: link.claim.id,
      before: { sourceId: link.sourceId, title: link.source.title, excerpt: link.excerpt, stance: link.stance },
    });
  });
}
