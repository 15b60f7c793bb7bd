import "server-only";
import { normaliseArticleText } from "@/lib/domain/article-text";
import type { Actor } from "@/lib/domain/capabilities";
import { buildCorrectedCopy, toCorrectedText } from "@/lib/domain/exports/corrected-copy";
import { AppError } from "@/lib/errors";
import { applyCorrectionsSchema } from "@/lib/schemas/revision";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorize, notFound } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";
import { changeArticle, isNoChange } from "./change-article";
import { writeRevision, type SavedRevision } from "./write-revision";

/**
 * "Apply corrections" for the copy desk (product.md, "Revisions"): one new
 * revision whose text is the corrected copy, every corrected claim's words
 * replaced by its correction, exactly as the clean export reads. Re-anchoring
 * then finds each correction in the text, so the claims stay corrected
 * ("correction applied in revision N"). Audited; voids a standing sign-off
 * like any new revision.
 */
export async function applyCorrections(options: { actor: Actor | null; input: unknown }): Promise<SavedRevision> {
  const actor = authorize(options.actor, "article:edit");
  const input = parseInput(applyCorrectionsSchema, options.input);
  const change = { actor, articleId: input.articleId, reason: (saved: SavedRevision) => `revision ${saved.number} applied the corrections` };
  return changeArticle(change, async (tx) => {
    const article = await tx.article.findUnique({
      where: { id: input.articleId },
      select: {
        currentRevision: { select: { number: true, text: true } },
        claims: {
          select: { id: true, start: true, end: true, exact: true, restated: true, verdict: true, correction: true, rationale: true, isOrphaned: true },
        },
      },
    });
    if (!article?.currentRevision) throw notFound("The article");
    const copy = buildCorrectedCopy(article.currentRevision.text, article.claims);
    if (copy.applied.length === 0) {
      throw new AppError("RULE_VIOLATION", { userMessage: "No corrected claim to apply: the text already reads as corrected." });
    }
    const text = normaliseArticleText(toCorrectedText(copy));
    const revision = await writeRevision(tx, { actor, articleId: input.articleId, text, expectedVersion: input.expectedVersion, via: "apply-corrections" });
    // Corrections that repeat their claim's words leave the text as it is: nothing to write.
    if (isNoChange(revision)) return revision;
    await recordAuditEvent(tx, {
      actor,
      action: "article.apply-corrections",
      entityType: "revision",
      entityId: revision.revisionId,
      articleId: input.articleId,
      before: { revision: article.currentRevision.number },
      after: { revision: revision.number, claimsCorrected: copy.applied.map((correction) => correction.claimId) },
      reason: `${copy.applied.length} correction${copy.applied.length === 1 ? "" : "s"} written into the text`,
    });
    return revision;
  });
}
