import "server-only";
import { diffFields } from "@/lib/domain/audit-diff";
import type { Actor } from "@/lib/domain/capabilities";
import { updateArticleDetailsSchema } from "@/lib/schemas/article";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorize, notFound } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";
import { changeArticle, noChange } from "./change-article";

export type ArticleDetails = {
  headline: string;
  byline: string | null;
  publication: string | null;
  originalUrl: string | null;
  publishedAt: Date | null;
};

const DETAILS_SELECT = { headline: true, byline: true, publication: true, originalUrl: true, publishedAt: true } as const;

/**
 * Corrects an article's details (headline, byline, publication, original URL,
 * publish date). Audited with what changed; the sign-off covers them, so a
 * change voids a standing sign-off (changeArticle decides, by the hash).
 */
export async function updateArticleDetails(options: { actor: Actor | null; input: unknown }): Promise<ArticleDetails> {
  const actor = authorize(options.actor, "article:edit");
  const { articleId, ...details } = parseInput(updateArticleDetailsSchema, options.input);
  return changeArticle({ actor, articleId, reason: "the article's details were edited" }, async (tx) => {
    const before = await tx.article.findUnique({ where: { id: articleId }, select: DETAILS_SELECT });
    if (!before) throw notFound("The article");
    const change = diffFields(before, details);
    if (Object.keys(change.after).length === 0) return noChange(before);
    const after = await tx.article.update({
      where: { id: articleId },
      data: { ...details, version: { increment: 1 } },
      select: DETAILS_SELECT,
    });
    await recordAuditEvent(tx, {
      actor,
      action: "article.update-details",
      entityType: "article",
      entityId: articleId,
      articleId,
      ...change,
    });
    return after;
  });
}
