import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { articleIdSchema } from "@/lib/schemas/article";
import { authorize, notFound } from "@/lib/server/authorize";
import { parseIdOrNotFound } from "@/lib/server/parse-input";

export type AuditClaimOption = { id: string; quote: string; isDeleted: boolean };

export type AuditFilterOptions = {
  article: { id: string; headline: string };
  /** Every claim the trail mentions, deleted ones included (their quote comes from the trail). */
  claims: AuditClaimOption[];
  /** Who acted in the trail, by name. */
  people: { id: string; name: string }[];
  /** Names of everyone the trail mentions (actors and assignees), to show ids as people. */
  namesById: Record<string, string>;
};

const uuidSchema = z.uuid();

/** What the audit page needs to label and filter an article's trail. Read-only. */
export async function getAuditFilterOptions(options: {
  actor: Actor | null;
  articleId: string;
}): Promise<AuditFilterOptions> {
  authorize(options.actor, "audit:read");
  const articleId = parseIdOrNotFound(articleIdSchema, options.articleId, "The article");
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true, headline: true } });
  if (!article) throw notFound("The article");
  // The article's chain: (chain, chainSeq) is the unique index. GROUP BY runs in
  // SQL (Prisma's `distinct` would fetch every row and dedupe in Node).
  const where = { chain: article.id };
  const [acting, mentioned, claimEvents, assignments] = await Promise.all([
    db.auditEvent.groupBy({ by: ["actorId"], where: { ...where, actorId: { not: null } } }),
    db.auditEvent.groupBy({ by: ["claimId"], where: { ...where, claimId: { not: null } } }),
    // A deleted claim survives only in the trail: its create/delete events keep the quote.
    db.auditEvent.findMany({
      where: { ...where, action: { in: ["claim.create", "claim.delete"] } },
      select: { claimId: true, before: true, after: true },
    }),
    // Assignment events name the assignee by id only.
    db.auditEvent.findMany({ where: { ...where, action: "claim.assign" }, select: { before: true, after: true } }),
  ]);
  const claimIds = mentioned.map((row) => row.claimId).filter(isUuid);
  const current = await db.claim.findMany({
    where: { id: { in: claimIds } },
    orderBy: [{ start: "asc" }, { end: "desc" }],
    select: { id: true, exact: true },
  });
  const quotesFromTrail = new Map<string, string>();
  for (const event of claimEvents) {
    const quote = readString(event.before, "exact") ?? readString(event.after, "exact");
    if (event.claimId && quote) quotesFromTrail.set(event.claimId, quote);
  }
  const currentIds = new Set(current.map((claim) => claim.id));
  const claims: AuditClaimOption[] = [
    ...current.map((claim) => ({ id: claim.id, quote: claim.exact, isDeleted: false })),
    ...claimIds
      .filter((id) => !currentIds.has(id))
      .map((id) => ({ id, quote: quotesFromTrail.get(id) ?? "(quote not recorded)", isDeleted: true })),
  ];

  const actorIds = acting.map((row) => row.actorId).filter(isUuid);
  const assigneeIds = assignments.flatMap((row) => [readString(row.before, "assigneeId"), readString(row.after, "assigneeId")]);
  const userIds = [...new Set([...actorIds, ...assigneeIds.filter(isUuid)])];
  const users = await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } });
  const namesById = Object.fromEntries(users.map((user) => [user.id, user.name]));
  const people = actorIds
    .map((id) => ({ id, name: namesById[id] ?? "Unknown user" }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { article, claims, people, namesById };
}

function isUuid(value: string | null): value is string {
  return value !== null && uuidSchema.safeParse(value).success;
}

function readString(value: unknown, key: string): string | null {
  if (!value || typeof value !== "object") return null;
  const field = (value as Record<string, unknown>)[key];
  return typeof field === "string" ? field : null;
}
