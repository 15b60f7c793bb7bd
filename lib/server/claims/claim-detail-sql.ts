import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The claim panel's statement (docs/decisions/030): the claim with its assignee
 * and verdict setter, its sources with their evidence (newest first), its
 * comments with their authors, and its own history, as one row of json. Each
 * part is a subquery on an index led by the claim id, so opening a claim is one
 * statement however many sources, comments or events it has.
 */
export function claimDetailSql(claimId: string): Prisma.Sql {
  return Prisma.sql`
    select json_build_object(
      'id', c."id", 'articleId', c."articleId", 'exact', c."exact", 'start', c."start", 'end', c."end", 'restated', c."restated",
      'verdict', c."verdict", 'correction', c."correction", 'rationale', c."rationale", 'assigneeId', c."assigneeId",
      'isOrphaned', c."isOrphaned", 'version', c."version", 'updatedAt', c."updatedAt", 'verdictSetAt', c."verdictSetAt",
      'assignee', (select json_build_object('id', u."id", 'name', u."name") from "User" u where u."id" = c."assigneeId"),
      'verdictSetBy', (select json_build_object('id', u."id", 'name', u."name") from "User" u where u."id" = c."verdictSetById"),
      'sources', coalesce((
        select json_agg(json_build_object(
          'id', cs."id", 'excerpt', cs."excerpt", 'stance', cs."stance",
          'source', json_build_object(
            'id', s."id", 'url', s."url", 'title', s."title", 'publisher', s."publisher", 'kind', s."kind", 'accessedAt', s."accessedAt",
            'evidence', coalesce((
              select json_agg(json_build_object(
                'id', e."id", 'kind', e."kind", 'fileName', e."fileName", 'contentType', e."contentType",
                'byteSize', e."byteSize", 'sha256', e."sha256", 'capturedAt', e."capturedAt") order by e."capturedAt" desc)
              from "EvidenceSnapshot" e where e."sourceId" = s."id"), '[]'::json)))
          order by cs."createdAt")
        from "ClaimSource" cs join "Source" s on s."id" = cs."sourceId"
        where cs."claimId" = c."id"), '[]'::json),
      'comments', coalesce((
        select json_agg(json_build_object(
          'id', m."id", 'body', m."body", 'createdAt', m."createdAt", 'resolvedAt', m."resolvedAt",
          'author', json_build_object('id', a."id", 'name', a."name"),
          'resolvedBy', case when r."id" is null then null else json_build_object('name', r."name") end)
          order by m."createdAt")
        from "Comment" m join "User" a on a."id" = m."authorId" left join "User" r on r."id" = m."resolvedById"
        where m."claimId" = c."id"), '[]'::json),
      'history', coalesce((
        select json_agg(json_build_object(
          'id', e."id"::text, 'at', e."at", 'actorLabel', e."actorLabel", 'action', e."action",
          'before', e."before", 'after', e."after", 'reason', e."reason", 'actorName', u."name")
          order by e."at", e."id")
        from "AuditEvent" e left join "User" u on u."id" = e."actorId"
        where e."claimId" = c."id"), '[]'::json)
    ) as "detail"
    from "Claim" c
    where c."id" = ${claimId}::uuid`;
}
