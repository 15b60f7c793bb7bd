import "server-only";
import { db, type Tx } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { notFound } from "@/lib/server/authorize";
import { CLAIM_VIEW_COLUMNS, type ClaimView } from "@/lib/server/claims/claim-view";
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
 *     sign-off are ordered (lock order: article, then its claim rows, then the
 *     article's audit chain);
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
 * Work on one claim only uses changeClaim, which takes a weaker article lock.
 */
export async function changeArticle<T>(change: ArticleChange<T>, work: (tx: Tx) => Promise<T | NoChange<T>>): Promise<T> {
  return db.$transaction(async (tx) => {
    await lockArticle(tx, change.articleId, "for update");
    return runChange(tx, change, () => work(tx));
  });
}

export type ClaimChange<T> = Omit<ArticleChange<T>, "articleId"> & { claimId: string };

/**
 * The same path for work on one claim (its verdict, words, assignee): the
 * article is held FOR KEY SHARE, which writers on other claims of the article
 * also hold at the same time, and which a sign-off's FOR UPDATE waits for and
 * excludes (decision 020) — so the ordering of decision 005 stands. The claim
 * row is locked FOR UPDATE next (same lock order: article, claim, audit chain),
 * so two writers on one claim still queue. The work gets the claim as locked:
 * it need not read it again.
 */
export async function changeClaim<T>(change: ClaimChange<T>, work: (tx: Tx, claim: ClaimView) => Promise<T | NoChange<T>>): Promise<T> {
  return db.$transaction(async (tx) => {
    const articleId = await lockArticleOfClaim(tx, change.claimId);
    const [claim] = await tx.$queryRaw<ClaimView[]>`select ${CLAIM_VIEW_COLUMNS} from "Claim" where id = ${change.claimId}::uuid for update`;
    if (!claim) throw notFound("The claim");
    return runChange(tx, { ...change, articleId }, () => work(tx, claim));
  });
}

async function runChange<T>(tx: Tx, change: ArticleChange<T>, work: () => Promise<T | NoChange<T>>): Promise<T> {
  const hashBefore = (await findStandingSignOff(tx, change.articleId)) ? await hashSignedContent(tx, change.articleId) : null;
  const outcome = await work();
  const result = isNoChange(outcome) ? outcome.value : outcome;
  if (hashBefore !== null && (await hashSignedContent(tx, change.articleId)) !== hashBefore) {
    const reason = typeof change.reason === "function" ? change.reason(result) : change.reason;
    await voidStandingSignOff(tx, { actor: change.actor, articleId: change.articleId, reason });
  }
  if (!isNoChange(outcome)) await recordActivity(tx, change.articleId);
  return result;
}

/**
 * The article's activity time, to the second: the row is written only when its
 * time is a second or more behind, so a busy article is not rewritten (a new
 * tuple and six index entries) by every save. An UPDATE whose WHERE is false
 * locks nothing. The dashboard sorts by this time; a second is finer than it shows.
 */
async function recordActivity(tx: Tx, articleId: string): Promise<void> {
  await tx.$executeRaw`update "Article" set "lastActivityAt" = now()
    where id = ${articleId}::uuid and "lastActivityAt" < now() - interval '1 second'`;
}

/** Held to the end of the transaction. Private to this path on purpose. */
async function lockArticle(tx: Tx, articleId: string, strength: "for update" | "for key share"): Promise<void> {
  const rows = strength === "for update"
    ? await tx.$queryRaw<{ id: string }[]>`select id from "Article" where id = ${articleId}::uuid for update`
    : await tx.$queryRaw<{ id: string }[]>`select id from "Article" where id = ${articleId}::uuid for key share`;
  if (rows.length === 0) throw notFound("The article");
}

/**
 * The claim's article, held FOR KEY SHARE, found from the claim in the same
 * statement: the lock applies to the "Article" row only (the subquery locks
 * nothing), so the claim row is still locked second. A claim never moves to
 * another article, so the id cannot change under the lock.
 */
async function lockArticleOfClaim(tx: Tx, claimId: string): Promise<string> {
  const [article] = await tx.$queryRaw<{ id: string }[]>`select id from "Article"
    where id = (select "articleId" from "Claim" where id = ${claimId}::uuid) for key share`;
  if (!article) throw notFound("The claim");
  return article.id;
}

export function isNoChange<T>(outcome: T | NoChange<T>): outcome is NoChange<T> {
  return typeof outcome === "object" && outcome !== null && NO_CHANGE in outcome;
}
