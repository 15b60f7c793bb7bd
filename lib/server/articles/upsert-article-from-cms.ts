import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { AppError, isAppError } from "@/lib/errors";
import { createArticleSchema } from "@/lib/schemas/article";
import { authorize } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";
import { createArticle, EXTERNAL_ID_TAKEN } from "./create-article";
import { saveRevision, type SavedRevision } from "./save-revision";

export type CmsUpsertResult =
  | { isCreated: true; articleId: string; revisionNumber: 1 }
  | { isCreated: false; articleId: string; revisionNumber: number; isUnchanged: boolean; outcomes: SavedRevision["outcomes"] };

/**
 * The CMS entry point: a new externalId creates the article; a known one saves
 * the text as a new revision of it (re-anchoring its claims). Both paths are the
 * same use cases the app uses, with their authorization and audit.
 */
export async function upsertArticleFromCms(options: { actor: Actor | null; input: unknown }): Promise<CmsUpsertResult> {
  const actor = authorize(options.actor, "article:create");
  const input = parseInput(createArticleSchema, options.input);
  const existing = input.externalId
    ? await db.article.findUnique({ where: { externalId: input.externalId }, select: { id: true } })
    : null;
  if (!existing) {
    try {
      const created = await createArticle({ actor, input: options.input });
      return { isCreated: true, articleId: created.id, revisionNumber: 1 };
    } catch (error) {
      // A parallel post with the same new externalId created it first: this
      // post is then what it would have been a moment later, a revision.
      if (!(isAppError(error) && (error.details as { reason?: string } | undefined)?.reason === EXTERNAL_ID_TAKEN)) throw error;
    }
  }
  const articleId = existing?.id ?? (await findByExternalId(input.externalId));
  const saved = await saveRevision({ actor, input: { articleId, text: input.text }, via: "api" });
  return { isCreated: false, articleId, revisionNumber: saved.number, isUnchanged: saved.isUnchanged, outcomes: saved.outcomes };
}

async function findByExternalId(externalId: string | undefined): Promise<string> {
  const article = externalId ? await db.article.findUnique({ where: { externalId }, select: { id: true } }) : null;
  if (!article) throw new AppError("CONFLICT", { userMessage: "The article with this external id changed while saving. Send it again." });
  return article.id;
}
