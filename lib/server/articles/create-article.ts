import "server-only";
import type { z } from "zod";
import { db, type Tx } from "@/lib/db";
import { normaliseArticleText } from "@/lib/domain/article-text";
import type { Actor } from "@/lib/domain/capabilities";
import { sha256Hex } from "@/lib/domain/hashing";
import { slugify } from "@/lib/domain/slugs";
import { AppError } from "@/lib/errors";
import { createArticleSchema } from "@/lib/schemas/article";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorize } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";
import { isUniqueViolation } from "@/lib/server/unique-violation";

export type CreatedArticle = { id: string; slug: string; revisionId: string };

/** Why upsertArticleFromCms may turn a failed create into a revision. */
export const EXTERNAL_ID_TAKEN = "external-id-taken";
// Another create can still take our slug between the look-up and the insert
// (a headline "Renault 2" takes "renault-2" while "Renault" counts up to it).
const SLUG_ATTEMPTS = 3;

/** Creates an article and its first, immutable revision. */
export async function createArticle(options: { actor: Actor | null; input: unknown }): Promise<CreatedArticle> {
  const actor = authorize(options.actor, "article:create");
  const input = parseInput(createArticleSchema, options.input);
  for (let attempt = 1; ; attempt++) {
    try {
      return await insertArticle(actor, input);
    } catch (error) {
      if (isUniqueViolation(error, "Article_slug_key", "slug")) {
        if (attempt < SLUG_ATTEMPTS) continue;
        throw new AppError("CONFLICT", { userMessage: "Other articles with this headline were being saved at the same moment. Please save again." });
      }
      if (isUniqueViolation(error, "Article_externalId_key", "externalId")) {
        throw new AppError("CONFLICT", {
          userMessage: "An article with this external id already exists.",
          fieldErrors: { externalId: ["An article with this external id already exists."] },
          details: { reason: EXTERNAL_ID_TAKEN },
        });
      }
      throw error;
    }
  }
}

type ParsedInput = z.output<typeof createArticleSchema>;

async function insertArticle(actor: Actor, input: ParsedInput): Promise<CreatedArticle> {
  const text = normaliseArticleText(input.text);
  return db.$transaction(async (tx) => {
    const slug = await findFreeSlug(tx, slugify(input.headline));
    const article = await tx.article.create({
      data: {
        slug,
        externalId: input.externalId,
        headline: input.headline,
        byline: input.byline,
        publication: input.publication,
        originalUrl: input.originalUrl,
        publishedAt: input.publishedAt,
        createdById: actor.id,
      },
      select: { id: true },
    });
    const revision = await tx.articleRevision.create({
      data: { articleId: article.id, number: 1, text, sha256: sha256Hex(text), createdById: actor.id },
      select: { id: true, sha256: true },
    });
    await tx.article.update({ where: { id: article.id }, data: { currentRevisionId: revision.id } });
    await recordAuditEvent(tx, {
      actor,
      action: "article.create",
      entityType: "article",
      entityId: article.id,
      articleId: article.id,
      after: {
        headline: input.headline,
        byline: input.byline,
        publication: input.publication,
        originalUrl: input.originalUrl,
        publishedAt: input.publishedAt,
        revision: 1,
        sha256: revision.sha256,
        characters: text.length,
      },
    });
    return { id: article.id, slug, revisionId: revision.id };
  });
}

async function findFreeSlug(tx: Tx, base: string): Promise<string> {
  // Creates with the same headline wait for each other here (until commit), so
  // each sees the slugs the others took and counts on: -2, -3, … not a clash.
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtextextended(${`article-slug:${base}`}, 0))`;
  const taken = await tx.article.findMany({
    where: { slug: { startsWith: base } },
    select: { slug: true },
  });
  const takenSlugs = new Set(taken.map((row) => row.slug));
  if (!takenSlugs.has(base)) return base;
  for (let n = 2; ; n++) {
    if (!takenSlugs.has(`${base}-${n}`)) return `${base}-${n}`;
  }
}
