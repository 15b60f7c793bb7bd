import "server-only";
import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { sha256Hex } from "@/lib/domain/hashing";
import { AppError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { notFound } from "@/lib/server/authorize";
import { noChange, type NoChange } from "./change-article";
import { reanchorArticleClaims, type AnchoringOutcome } from "./reanchor-article-claims";

export type SavedRevision = {
  isUnchanged: boolean;
  revisionId: string;
  number: number;
  outcomes: AnchoringOutcome[];
};

/**
 * The work of making a new revision, inside a changeArticle transaction (which
 * holds the article lock): new immutable revision, every claim re-anchored,
 * audited. Same text as now: nothing is written. Shared by saveRevision (typed
 * or uploaded text) and applyCorrections (the text with its corrections in).
 */
export async function writeRevision(
  tx: Tx,
  options: { actor: Actor; articleId: string; text: string; expectedVersion?: number; via: "editor" | "import" | "api" | "apply-corrections" },
): Promise<SavedRevision | NoChange<SavedRevision>> {
  const { actor, articleId, text } = options;
  // Lock order as everywhere else: the article row (taken by changeArticle), then its claim rows.
  await tx.$queryRaw`select id from "Claim" where "articleId" = ${articleId}::uuid order by id for update`;
  const article = await tx.article.findUnique({
    where: { id: articleId },
    select: { id: true, version: true, state: true, currentRevision: { select: { id: true, number: true, text: true, sha256: true } } },
  });
  if (!article?.currentRevision) throw notFound("The article");
  const current = article.currentRevision;
  if (options.expectedVersion !== undefined && options.expectedVersion !== article.version) {
    throw new AppError("CONFLICT", {
      userMessage: "Someone else changed this article while you were editing. Your text is kept: reload the current version and apply your edits again.",
    });
  }
  if (text === current.text) return noChange({ isUnchanged: true, revisionId: current.id, number: current.number, outcomes: [] });

  const sha256 = sha256Hex(text);
  const revision = await tx.articleRevision.create({
    data: { articleId: article.id, number: current.number + 1, text, sha256, createdById: actor.id },
    select: { id: true, number: true },
  });
  await tx.article.update({
    where: { id: article.id },
    data: { currentRevisionId: revision.id, version: { increment: 1 }, ...(article.state === "sent_back" ? { state: "in_review" } : {}) },
  });
  const claims = await tx.claim.findMany({
    where: { articleId: article.id, isOrphaned: false },
    select: {
      id: true, exact: true, prefix: true, suffix: true, start: true, end: true, verdict: true, correction: true, rationale: true,
      version: true, disputeAckedVersion: true,
    },
  });
  const outcomes = await reanchorArticleClaims(tx, {
    actor, articleId: article.id, revisionId: revision.id, revisionNumber: revision.number, oldText: current.text, newText: text, claims,
  });
  const count = (status: AnchoringOutcome["status"]) => outcomes.filter((o) => o.status === status).length;
  await recordAuditEvent(tx, {
    actor,
    action: "article.revise",
    entityType: "revision",
    entityId: revision.id,
    articleId: article.id,
    before: { revision: current.number, sha256: current.sha256 },
    after: {
      revision: revision.number, sha256, characters: text.length, via: options.via,
      claimsUnchanged: count("unchanged"), claimsMoved: count("moved"), claimsChanged: count("changed"), claimsOrphaned: count("orphaned"),
      ...(count("correction-applied") > 0 ? { correctionsApplied: count("correction-applied") } : {}),
    },
  });
  return { isUnchanged: false, revisionId: revision.id, number: revision.number, outcomes };
}
