import "server-only";
import { db, type Tx } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { notFound } from "@/lib/server/authorize";
import { findStandingSignOff, hashSignedContent, voidStandingSignOff } from "@/lib/server/sign-offs/void-standing-sign-off";

const NO_CHANGE = Symbol("no change");

/** What the work returns when it found nothing to write (same text resent, same assignee). */
export type NoChange<T> = { readonly [NO_CHANGE]: true; readonly value: T };

export function noChange<T>(value: T): NoChange<T> {
  return { [NO_CHANGE]: true, value };
}

export type ArticleChange<T> = {
  actor: Actor;
  articleId: string;
  /** Why, in words, for the void reason: "a claim was edited". May use the work's result. */
  reason: string | ((result: T) => string);
};

/**
 * The one path for every write to an article or anything on it (text, claims,
 * verdicts, sources, comments, sign-offs). In one transaction it
 *  1. takes the article's row lock first, so all changes to one article and its
 *     sign-off are ordered (lock order: article, then its claim rows);
 *  2. runs the use case's work;
 *  3. if a sign-off stood and the work changed what its hash covers, voids it
 *     with a `sign-off.void` audit event. The path decides by comparing the hash
 *     before and after the work, not by the use case saying so: a use case
 *     cannot forget to void, or void for a change that changed nothing covered;
 *  4. records the article's activity time (unless the work wrote nothing).
 * A write that skips this path under a standing sign-off is refused at commit by
 * the database (migration 20261201200000_sign_off_guard). The work must not call
 * another use case: that opens a second transaction, which would wait for the
 * lock this one holds (reuseSources calls linkSource once per link, outside).
 */
export async function changeArticle<T>(change: ArticleChange<T>, work: (tx: Tx) => Promise<T | NoChange<T>>): Promise<T> {
  return db.$transaction(async (tx) => {
    await lockArticle(tx, change.articleId);
    const hashBefore = (await findStandingSignOff(tx, change.articleId)) ? await hashSignedContent(tx, change.articleId) : null;
    const outcome = await work(tx);
    const result = isNoChange(outcome) ? outcome.value : outcome;
    if (hashBefore !== null && (await hashSignedContent(tx, change.articleId)) !== hashBefore) {
      const reason = typeof change.reason === "function" ? change.reason(result) : change.reason;
      await voidStandingSignOff(tx, { actor: change.actor, articleId: change.articleId, reason });
    }
    if (!isNoChange(outcome)) {
      await tx.article.update({ where: { id: change.articleId }, data: { lastActivityAt: new Date() } });
    }
    return result;
  });
}

/** SELECT … FOR UPDATE: held to the end of the transaction. Private to this path on purpose. */
async function lockArticle(tx: Tx, articleId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string }[]>`select id from "Article" where id = ${articleId}::uuid for update`;
  if (rows.length === 0) throw notFound("The article");
}

export function isNoChange<T>(outcome: T | NoChange<T>): outcome is NoChange<T> {
  return typeof outcome === "object" && outcome !== null && NO_CHANGE in outcome;
}
