import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { createArticleSchema } from "@/lib/schemas/article";
import { authorize } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";
import { createArticle } from "./create-article";
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
    const created = await createArticle({ actor, input: options.input });
    return { isCreated: true, articleId: created.id, revisionNumber: 1 };
  }
  const saved = await saveRevision({ actor, input: { articleId: existing.id, text: input.text }, via: "api" });
  return { isCreated: false, articleId: existing.id, revisionNumber: saved.number, isUnchanged: saved.isUnchanged, outcomes: saved.outcomes };
}
