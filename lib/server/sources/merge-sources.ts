import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { AppError } from "@/lib/errors";
import { mergeSourcesSchema } from "@/lib/schemas/source";
import { changeArticle } from "@/lib/server/articles/change-article";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorize, notFound } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";

export type MergedSources = { keptSourceId: string; citationsMoved: number; articles: number };

/**
 * Merges a duplicate source into the one kept: its citations and evidence move
 * to the kept source, then it is deleted. A citation is what a sign-off covers,
 * so each article's citations move through changeArticle (one transaction per
 * article, voiding its sign-off if one stands), audited on that article; the
 * last step, audited too, moves the evidence and removes the duplicate. Stopped
 * half-way, every citation still points at a real source: merging again finishes.
 */
export async function mergeSources(options: { actor: Actor | null; input: unknown }): Promise<MergedSources> {
  const actor = authorize(options.actor, "source:create");
  const { keepSourceId, mergeSourceId } = parseInput(mergeSourcesSchema, options.input);
  const sources = await db.source.findMany({ where: { id: { in: [keepSourceId, mergeSourceId] } }, select: { id: true, title: true, url: true } });
  const kept = sources.find((source) => source.id === keepSourceId);
  const merged = sources.find((source) => source.id === mergeSourceId);
  if (!kept || !merged) throw notFound("The source");

  const citing = await db.claimSource.findMany({ where: { sourceId: mergeSourceId }, select: { claim: { select: { articleId: true } } } });
  const articleIds = [...new Set(citing.map((citation) => citation.claim.articleId))];
  let citationsMoved = 0;
  for (const articleId of articleIds) {
    citationsMoved += await changeArticle({ actor, articleId, reason: `the cited source “${merged.title}” was merged into “${kept.title}”` }, async (tx) => {
      const citations = await tx.claimSource.findMany({ where: { sourceId: mergeSourceId, claim: { articleId } }, select: { id: true, claimId: true } });
      for (const citation of citations) {
        await tx.claim.update({ where: { id: citation.claimId }, data: { version: { increment: 1 } } });
        const alreadyCitesKept = await tx.claimSource.findUnique({ where: { claimId_sourceId: { claimId: citation.claimId, sourceId: keepSourceId } }, select: { id: true } });
        if (alreadyCitesKept) await tx.claimSource.delete({ where: { id: citation.id } });
        else await tx.claimSource.update({ where: { id: citation.id }, data: { sourceId: keepSourceId } });
      }
      await recordAuditEvent(tx, {
        actor, action: "source.merge", entityType: "source", entityId: keepSourceId, articleId,
        before: { sourceId: mergeSourceId }, after: { sourceId: keepSourceId, citations: citations.length },
      });
      return citations.length;
    });
  }
  await db.$transaction(async (tx) => {
    if ((await tx.claimSource.count({ where: { sourceId: mergeSourceId } })) > 0) {
      throw new AppError("CONFLICT", { userMessage: "The duplicate was cited again while merging. Merge again to move the new citations." });
    }
    const evidence = await tx.evidenceSnapshot.updateMany({ where: { sourceId: mergeSourceId }, data: { sourceId: keepSourceId } });
    await tx.source.delete({ where: { id: mergeSourceId } });
    await recordAuditEvent(tx, {
      actor, action: "source.merge", entityType: "source", entityId: keepSourceId,
      before: { mergedSourceId: mergeSourceId, url: merged.url, title: merged.title },
      after: { sourceId: keepSourceId, citationsMoved, evidenceMoved: evidence.count },
    });
  });
  return { keptSourceId: keepSourceId, citationsMoved, articles: articleIds.length };
}
