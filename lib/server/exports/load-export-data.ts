import "server-only";
import type { db, Tx } from "@/lib/db";
import type { ExportArticle, ExportClaim } from "@/lib/domain/exports/export-types";
import { notFound } from "@/lib/server/authorize";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An article is named by its id or by its slug. */
export function isArticleId(articleRef: string): boolean {
  return UUID.test(articleRef);
}

/** The article (by id or slug), its current revision and every claim, as plain export inputs. */
export async function loadExportData(tx: Tx | typeof db, articleRef: string) {
  const article = await tx.article.findUnique({
    where: isArticleId(articleRef) ? { id: articleRef } : { slug: articleRef },
    select: {
      id: true, slug: true, headline: true, byline: true, publication: true, originalUrl: true, publishedAt: true,
      state: true,
      currentRevision: { select: { number: true, text: true } },
      claims: {
        orderBy: [{ start: "asc" }, { end: "desc" }],
        select: {
          id: true, start: true, end: true, exact: true, restated: true, verdict: true, correction: true,
          rationale: true, isOrphaned: true, verdictSetAt: true,
          verdictSetBy: { select: { name: true } },
          sources: {
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
            select: {
              excerpt: true, stance: true,
              source: {
                select: {
                  title: true, url: true, publisher: true, kind: true,
                  evidence: { orderBy: [{ capturedAt: "asc" }, { id: "asc" }], select: { kind: true, fileName: true, contentType: true, byteSize: true, sha256: true, capturedAt: true } },
                },
              },
            },
          },
        },
      },
    },
  });
  if (!article?.currentRevision) throw notFound("The article");
  const exportArticle: ExportArticle = {
    headline: article.headline,
    byline: article.byline,
    publication: article.publication,
    originalUrl: article.originalUrl,
    publishedAt: article.publishedAt,
    revisionNumber: article.currentRevision.number,
    text: article.currentRevision.text,
  };
  const claims: ExportClaim[] = article.claims.map(({ verdictSetBy, sources, ...claim }) => ({
    ...claim,
    verdictSetBy: verdictSetBy?.name ?? null,
    sources: sources.map(({ source, ...link }) => ({ ...source, ...link })),
  }));
  return { id: article.id, slug: article.slug, isSignedOff: article.state === "signed_off", article: exportArticle, claims };
}
