import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { articleIdSchema } from "@/lib/schemas/article";
import { auditActorsSql, auditClaimsSql } from "@/lib/server/audit/audit-page-sql";
import { authorize, notFound } from "@/lib/server/authorize";
import { parseIdOrNotFound } from "@/lib/server/parse-input";

export type AuditClaimOption = { id: string; quote: string; isDeleted: boolean };

export type AuditFilterOptions = {
  article: { id: string; headline: string };
  /** Every claim the trail mentions, current ones in text order, then deleted ones (their quote comes from the trail). */
  claims: AuditClaimOption[];
  /** Who acted in the trail, by name. */
  people: { id: string; name: string }[];
};

/**
 * What the audit page needs to filter an article's trail. Read-only. Both
 * lists are skip scans of the chain's indexes (decision 032): their cost grows
 * with the number of people and claims, not with the number of events.
 */
export async function getAuditFilterOptions(options: {
  actor: Actor | null;
  articleId: string;
}): Promise<AuditFilterOptions> {
  authorize(options.actor, "audit:read");
  const articleId = parseIdOrNotFound(articleIdSchema, options.articleId, "The article");
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true, headline: true } });
  if (!article) throw notFound("The article");
  const [actors, mentioned] = await Promise.all([
    db.$queryRaw<{ id: string; name: string | null }[]>(auditActorsSql(article.id)),
    db.$queryRaw<{ id: string; currentQuote: string | null; trailQuote: string | null }[]>(auditClaimsSql(article.id)),
  ]);
  const claims = mentioned.map((claim): AuditClaimOption => claim.currentQuote !== null
    ? { id: claim.id, quote: claim.currentQuote, isDeleted: false }
    : { id: claim.id, quote: claim.trailQuote ?? "(quote not recorded)", isDeleted: true });
  const people = actors
    .map((person) => ({ id: person.id, name: person.name ?? "Unknown user" }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { article, claims, people };
}
