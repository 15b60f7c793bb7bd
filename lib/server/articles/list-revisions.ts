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
  /** One page, newest first. */
  revisions: RevisionRow[];
  /** Every revision of the article (the newest is its number). */
  total: number;
  /** The `before` of the next (older) page, or null on the last. */
  nextBefore: number | null;
  /** The pair compared: by default the latest revision against the one before. */
  from: number;
  to: number;
  diff: WordDiffPart[] | null;
};

export const REVISIONS_PAGE_SIZE = 50;

/**
 * An article's revisions, newest first, a page at a time (keyset on the
 * revision number, the (articleId, number) index), and the word diff between
 * two of them: only those two texts are read, however many revisions there are.
 */
export async function listRevisions(options: {
  actor: Actor | null;
  articleId: string;
  compare?: { from?: number; to?: number };
  before?: number | null;
}): Promise<RevisionHistory> {
  authorize(options.actor, "article:read");
  const articleId = parseIdOrNotFound(articleIdSchema, options.articleId, "The article");
  const before = Number.isSafeInteger(options.before) && options.before! > 0 ? options.before! : null;
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { headline: true, _count: { select: { revisions: true } } },
  });
  if (!article) throw notFound("The article");
  // Revision numbers run 1..total without gaps (saveRevision takes the next one under the article's lock).
  const total = article._count.revisions;
  // length() counts characters (code points), the way a reader does.
  const rows = await db.$queryRaw<RevisionRow[]>`
    select r.id, r.number, r.sha256, length(r.text)::int as characters, r."createdAt", u.name as "authorName"
    from "ArticleRevision" r join "User" u on u.id = r."createdById"
    where r."articleId" = ${articleId}::uuid and (${before}::int is null or r.number < ${before}::int)
    order by r.number desc
    limit ${REVISIONS_PAGE_SIZE + 1}`;
  const revisions = rows.slice(0, REVISIONS_PAGE_SIZE);
  const isNumber = (n: number | undefined): n is number => Number.isSafeInteger(n) && n! >= 1 && n! <= total;
  const toNumber = isNumber(options.compare?.to) ? options.compare.to : Math.max(total, 1);
  const fromNumber = isNumber(options.compare?.from) ? options.compare.from : Math.max(1, toNumber - 1);
  const texts = fromNumber === toNumber ? [] : await db.articleRevision.findMany({
    where: { articleId, number: { in: [fromNumber, toNumber] } },
    select: { number: true, text: true },
  });
  const from = texts.find((revision) => revision.number === fromNumber);
  const to = texts.find((revision) => revision.number === toNumber);
  return {
    headline: article.headline,
    revisions,
    total,
    nextBefore: rows.length > REVISIONS_PAGE_SIZE ? revisions.at(-1)!.number : null,
    from: fromNumber,
    to: toNumber,
    diff: from && to ? diffRevisionWords(from.text, to.text) : null,
  };
}
