import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { diffRevisionWords, type WordDiffPart } from "@/lib/domain/diff/word-diff";
import { articleIdSchema } from "@/lib/schemas/article";
import { authorize, notFound } from "@/lib/server/authorize";
import { parseIdOrNotFound } from "@/lib/server/parse-input";

export type RevisionRow = { id: string; number: number; sha256: string; characters: number; createdAt: Date; authorName: string };

export type RevisionHistory = {
  headline: string;
  revisions: RevisionRow[];
  /** The pair compared: by default the latest revision against the one before. */
  from: number;
  to: number;
  diff: WordDiffPart[] | null;
};

/** An article's revisions, newest first, and the word diff between two of them. */
export async function listRevisions(options: {
  actor: Actor | null;
  articleId: string;
  compare?: { from?: number; to?: number };
}): Promise<RevisionHistory> {
  authorize(options.actor, "article:read");
  const articleId = parseIdOrNotFound(articleIdSchema, options.articleId, "The article");
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      headline: true,
      revisions: {
        orderBy: { number: "desc" },
        select: { id: true, number: true, sha256: true, text: true, createdAt: true, createdBy: { select: { name: true } } },
      },
    },
  });
  if (!article) throw notFound("The article");
  const byNumber = new Map(article.revisions.map((revision) => [revision.number, revision]));
  const latest = article.revisions[0]?.number ?? 1;
  const toNumber = byNumber.has(options.compare?.to ?? -1) ? options.compare!.to! : latest;
  const fromNumber = byNumber.has(options.compare?.from ?? -1) ? options.compare!.from! : Math.max(1, toNumber - 1);
  const from = byNumber.get(fromNumber);
  const to = byNumber.get(toNumber);
  return {
    headline: article.headline,
    revisions: article.revisions.map(({ text, createdBy, ...revision }) => ({
      ...revision,
      characters: text.length,
      authorName: createdBy.name,
    })),
    from: fromNumber,
    to: toNumber,
    diff: from && to && from !== to ? diffRevisionWords(from.text, to.text) : null,
  };
}
