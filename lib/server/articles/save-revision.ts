import "server-only";
import { normaliseArticleText } from "@/lib/domain/article-text";
import type { Actor } from "@/lib/domain/capabilities";
import { sha256Hex } from "@/lib/domain/hashing";
import { AppError } from "@/lib/errors";
import { saveRevisionSchema } from "@/lib/schemas/revision";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorize, notFound } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";
import { changeArticle, noChange } from "./change-article";
import { reanchorArticleClaims, type AnchoringOutcome } from "./reanchor-article-claims";

export type SavedRevision = {
  isUnchanged: boolean;
  revisionId: string;
  number: number;
  outcomes: AnchoringOutcome[];
};

/**
 * Saves new article text as a new immutable revision and re-anchors every claim
 * onto it. Same text as now: nothing is written (a CMS may resend a copy).
 */
export async function saveRevision(options: {
  actor: Actor | null;
  input: unknown;
  via?: "editor" | "import" | "api";
}): Promise<SavedRevision> {
  const actor = authorize(options.actor, "article:edit");
  const input = parseInput(saveRevisionSchema, options.input);
  const text = normaliseArticleText(input.text);
  const change = { actor, articleId: input.articleId, reason: (saved: SavedRevision) => `revision ${saved.number} replaced the text` };
  return changeArticle(change, async (tx) => {
    // Lock order as everywhere else: the article row (taken by changeArticle), then its claim rows.
    await tx.$queryRaw`select id from "Claim" where "articleId" = ${input.articleId}::uuid order by id for update`;
    const article = await tx.article.findUnique({
      where: { id: input.articleId },
      select: { id: true, version: true, state: true, currentRevision: { select: { id: true, number: true, text: true, sha256: true } } },
    });
    if (!article?.currentRevision) throw notFound("The article");
    const current = article.currentRevision;
    if (input.expectedVersion !== undefined && input.expectedVersion !== article.version) {
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
      select: { id: true, exact: true, prefix: true, suffix: true, start: true, end: true, verdict: true, correction: true, rationale: true },
    });
    const outcomes = await reanchorArticleClaims(tx, {
      actor, articleId: article.id, revisionId: revision.id, oldText: current.text, newText: text, claims,
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
        revision: revision.number, sha256, characters: text.length, via: options.via ?? "editor",
        claimsUnchanged: count("unchanged"), claimsMoved: count("moved"), claimsChanged: count("changed"), claimsOrphaned: count("orphaned"),
      },
    });
    return { isUnchanged: false, revisionId: revision.id, number: revision.number, outcomes };
  });
}
