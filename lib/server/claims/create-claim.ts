import "server-only";
import { createAnchor } from "@/lib/domain/anchoring/create-anchor";
import { claimTooLongMessage, MAX_CLAIM_CHARACTERS } from "@/lib/domain/claim-length";
import type { Actor } from "@/lib/domain/capabilities";
import { AppError } from "@/lib/errors";
import { createClaimSchema } from "@/lib/schemas/claim";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorize, notFound } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";
import { changeArticle } from "@/lib/server/articles/change-article";

/** Creates a pending claim anchored to a span of the article's current revision. */
export async function createClaim(options: { actor: Actor | null; input: unknown }): Promise<{ id: string }> {
  const actor = authorize(options.actor, "claim:create");
  const input = parseInput(createClaimSchema, options.input);
  // changeArticle locks the article first: a new revision saved meanwhile must not
  // leave this claim anchored to offsets of the old text.
  return changeArticle({ actor, articleId: input.articleId, reason: "a claim was added" }, async (tx) => {
    const article = await tx.article.findUnique({
      where: { id: input.articleId },
      select: { id: true, currentRevision: { select: { id: true, text: true } } },
    });
    if (!article?.currentRevision) throw notFound("The article");
    const text = article.currentRevision.text;
    if (input.end <= input.start || input.end > text.length) {
      throw new AppError("VALIDATION", {
        userMessage: "The selection is not inside the article text; select the words again.",
        fieldErrors: { start: ["The selection is outside the article text."] },
      });
    }
    const anchor = createAnchor(text, input.start, input.end);
    const characters = anchor.exact.trim().length;
    if (characters > MAX_CLAIM_CHARACTERS) {
      const message = claimTooLongMessage(characters);
      throw new AppError("VALIDATION", { userMessage: message, fieldErrors: { end: [message] } });
    }
    if (anchor.exact.trim().length === 0) {
      throw new AppError("VALIDATION", {
        userMessage: "Select at least one word.",
        fieldErrors: { start: ["The selection holds no words."] },
      });
    }
    const claim = await tx.claim.create({
      data: {
        articleId: article.id,
        revisionId: article.currentRevision.id,
        ...anchor,
        restated: input.restated || anchor.exact,
        createdById: actor.id,
      },
      select: { id: true, exact: true, start: true, end: true, restated: true, verdict: true },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "claim.create",
      entityType: "claim",
      entityId: claim.id,
      articleId: article.id,
      claimId: claim.id,
      after: { exact: claim.exact, start: claim.start, end: claim.end, restated: claim.restated, verdict: claim.verdict },
    });
    return { id: claim.id };
  });
}
