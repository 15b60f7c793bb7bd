import "server-only";
import type { Tx } from "@/lib/db";
import type { SignOffHashInput } from "@/lib/domain/sign-off/sign-off-hash";
import { notFound } from "@/lib/server/authorize";

/** What a sign-off is about: the current revision and every claim's state. */
export async function loadSignOffState(tx: Tx, articleId: string) {
  const article = await tx.article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      state: true,
      version: true,
      headline: true, byline: true, publication: true, originalUrl: true, publishedAt: true,
      currentRevision: { select: { id: true, number: true, text: true } },
      claims: {
        orderBy: [{ start: "asc" }, { end: "desc" }],
        select: {
          id: true, start: true, end: true, exact: true, restated: true, verdict: true, correction: true,
          rationale: true, isOrphaned: true, version: true, verdictSetById: true, disputeAckedById: true,
          disputeAckedVersion: true,
          sources: { select: { sourceId: true, stance: true } },
        },
      },
    },
  });
  if (!article?.currentRevision) throw notFound("The article");
  return { ...article, revision: article.currentRevision };
}

export type SignOffState = Awaited<ReturnType<typeof loadSignOffState>>;

/** The hash input of a loaded state: one place, so every caller hashes the same fields. */
export function toSignOffHashInput(state: SignOffState): SignOffHashInput {
  const { headline, byline, publication, originalUrl, publishedAt } = state;
  return { revisionText: state.revision.text, details: { headline, byline, publication, originalUrl, publishedAt }, claims: state.claims };
}
