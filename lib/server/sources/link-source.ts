import "server-only";
import type { Actor } from "@/lib/domain/capabilities";
import { AppError } from "@/lib/errors";
import { linkSourceSchema } from "@/lib/schemas/source";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorize, notFound } from "@/lib/server/authorize";
import { loadClaim } from "@/lib/server/claims/versioned-claim-update";
import { parseInput } from "@/lib/server/parse-input";
import { changeArticle } from "@/lib/server/articles/change-article";
import { findArticleIdOfClaim } from "@/lib/server/articles/find-article-id-of";

/**
 * Cites a library source on a claim, with the excerpt that matters and its
 * stance. Changes the claim (its version goes up), so a later sign-off sees it.
 */
export async function linkSource(options: { actor: Actor | null; input: unknown }): Promise<{ id: string }> {
  const actor = authorize(options.actor, "source:link");
  const input = parseInput(linkSourceSchema, options.input);
  const articleId = await findArticleIdOfClaim(input.claimId);
  return changeArticle({ actor, articleId, reason: "a source was attached to a claim" }, async (tx) => {
    const claim = await loadClaim(tx, input.claimId);
    const source = await tx.source.findUnique({ where: { id: input.sourceId }, select: { id: true, title: true } });
    if (!source) throw notFound("The source");
    // Bumping the version first takes the claim row lock: of two requests citing the
    // same source at once, the second then sees the first's link (not a unique-key error).
    await tx.claim.update({ where: { id: claim.id }, data: { version: { increment: 1 } } });
    const existing = await tx.claimSource.findUnique({
      where: { claimId_sourceId: { claimId: claim.id, sourceId: source.id } },
      select: { id: true },
    });
    if (existing) {
      throw new AppError("VALIDATION", {
        userMessage: "This source is already cited on the claim.",
        fieldErrors: { sourceId: ["Already cited on this claim."] },
      });
    }
    const link = await tx.claimSource.create({
      data: { claimId: claim.id, sourceId: source.id, excerpt: input.excerpt, stance: input.stance, createdById: actor.id },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "claim.link-source",
      entityType: "claim-source",
      entityId: link.id,
      articleId: claim.articleId,
      claimId: claim.id,
      after: { sourceId: source.id, title: source.title, excerpt: input.excerpt, stance: input.stance },
    });
    return link;
  });
}
