import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleForReview, ReviewClaim } from "@/lib/server/articles/get-article-for-review";
import type { SuggestionView } from "@/lib/server/suggestions/list-suggestions";

// json carries dates as ISO strings; load-review-page.ts turns them back into Dates.
type Json<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };

/** The one row the review page's statement returns. `article` is null when there is no such article (or no text yet). */
export type ReviewPageRow = {
  article: {
    article: Json<Omit<ArticleForReview, "revision" | "claims">>;
    revision: Json<ArticleForReview["revision"]>;
    claims: Json<ReviewClaim>[];
  } | null;
  latestDecision: {
    decision: string; note: string | null; createdAt: string; voidedAt: string | null; voidReason: string | null;
    reviewerName: string; revisionNumber: number;
  } | null;
  users: { id: string; name: string }[];
  suggestions: SuggestionView[] | null;
  dismissals: { start: number; end: number }[];
  liveCursor: string | null;
};

/**
 * The review page's statement. Each part is a scalar subquery on an indexed
 * key (the article id, its revision id), so the plan does not grow with the
 * desk; claims come in reading order (live by position, orphaned last), as
 * getArticleForReview orders them.
 */
export function reviewPageSql(articleId: string, canAssign: boolean, modelVersion: string): Prisma.Sql {
  return Prisma.sql`
    with a as (
      select a.*, r."id" as "revisionId", r."number" as "revisionNumber", r."text", r."sha256", r."createdAt" as "revisionCreatedAt"
      from "Article" a join "ArticleRevision" r on r."id" = a."currentRevisionId"
      where a."id" = ${articleId}::uuid
    )
    select
      (select json_build_object(
         'article', json_build_object(
           'id', a."id", 'slug', a."slug", 'headline', a."headline", 'byline', a."byline", 'publication', a."publication",
           'originalUrl', a."originalUrl", 'publishedAt', a."publishedAt", 'state', a."state", 'version', a."version"),
         'revision', json_build_object(
           'id', a."revisionId", 'number', a."revisionNumber", 'text', a."text", 'sha256', a."sha256", 'createdAt', a."revisionCreatedAt"),
         'claims', coalesce((
           select json_agg(json_build_object(
             'id', c."id", 'exact', c."exact", 'start', c."start", 'end', c."end", 'restated', c."restated", 'verdict', c."verdict",
             'correction', c."correction", 'rationale', c."rationale", 'isOrphaned', c."isOrphaned", 'version', c."version",
             'updatedAt', c."updatedAt",
             'assignee', case when u."id" is null then null else json_build_object('id', u."id", 'name', u."name") end)
             order by c."isOrphaned", c."start", c."end" desc)
           from "Claim" c left join "User" u on u."id" = c."assigneeId"
           where c."articleId" = a."id"), '[]'::json))
       from a) as "article",
      (select json_build_object(
         'decision', s."decision", 'note', s."note", 'createdAt', s."createdAt", 'voidedAt', s."voidedAt", 'voidReason', s."voidReason",
         'reviewerName', u."name", 'revisionNumber', r."number")
       from "SignOff" s join "User" u on u."id" = s."reviewerId" join "ArticleRevision" r on r."id" = s."revisionId"
       where s."articleId" = ${articleId}::uuid
       order by s."createdAt" desc limit 1) as "latestDecision",
      case when ${canAssign} then coalesce((
        select json_agg(json_build_object('id', u."id", 'name', u."name") order by u."name")
        from "User" u
        where u."disabledAt" is null and u."role" in ('editor', 'reviewer', 'admin')), '[]'::json)
      else '[]'::json end as "users",
      (select s."suggestions" from "RevisionSuggestions" s, a
       where s."revisionId" = a."revisionId" and s."modelVersion" = ${modelVersion}) as "suggestions",
      coalesce((select json_agg(json_build_object('start', d."start", 'end', d."end"))
                from "SuggestionDismissal" d, a where d."revisionId" = a."revisionId"), '[]'::json) as "dismissals",
      (select max(e."id")::text from "AuditEvent" e) as "liveCursor"`;
}
