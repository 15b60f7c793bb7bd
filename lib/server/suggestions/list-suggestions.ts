import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { lintClaim, type Finding } from "@/lib/domain/consistency/lint-claim";
import { spotterModelVersion } from "@/lib/domain/spotting/model-version";
import { shownReasons } from "@/lib/domain/spotting/shown-reasons";
import { spotClaims, type Suggestion } from "@/lib/domain/spotting/spot-claims";
import { withoutTakenSuggestions } from "@/lib/domain/suggestions/untaken-suggestions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { articleIdSchema } from "@/lib/schemas/article";
import { authorize, notFound } from "@/lib/server/authorize";
import { parseIdOrNotFound } from "@/lib/server/parse-input";

export type SuggestionView = Omit<Suggestion, "reasons"> & {
  reasons: { id: string; label: string }[];
  findings: Finding[];
};

/** The current revision and the claims' spans: what the suggestions are filtered by. */
export type LoadedRevision = { id: string; text: string; claims: { start: number; end: number; isOrphaned: boolean }[] };

/**
 * Check-worthy sentences of the current revision that are not claims yet and
 * were not dismissed for this revision, each with its consistency warnings,
 * most check-worthy first. The spotter runs once per revision and model
 * version; its output is stored (RevisionSuggestions) and read back, with the
 * dismissals, in one statement. (The review page reads all of this within its
 * own one statement: lib/server/articles/load-review-page.ts.)
 */
export async function listSuggestions(options: {
  actor: Actor | null;
  articleId: string;
}): Promise<{ revisionId: string; suggestions: SuggestionView[] }> {
  authorize(options.actor, "article:read");
  const articleId = parseIdOrNotFound(articleIdSchema, options.articleId, "The article");
  const revision = await loadCurrentRevision(articleId);
  const modelVersion = spotterModelVersion();
  const [row] = await db.$queryRaw<{ suggestions: SuggestionView[] | null; dismissals: { start: number; end: number }[] }[]>`
    select (select s.suggestions from "RevisionSuggestions" s
             where s."revisionId" = ${revision.id}::uuid and s."modelVersion" = ${modelVersion}) as suggestions,
           coalesce((select json_agg(json_build_object('start', d.start, 'end', d."end")) from "SuggestionDismissal" d
                     where d."revisionId" = ${revision.id}::uuid), '[]'::json) as dismissals`;
  const spotted = row.suggestions ?? (await spotAndStore(revision, modelVersion));
  return { revisionId: revision.id, suggestions: withoutTakenSuggestions(spotted, row.dismissals, revision.claims) };
}

async function loadCurrentRevision(articleId: string): Promise<LoadedRevision> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      currentRevision: { select: { id: true, text: true } },
      claims: { select: { start: true, end: true, isOrphaned: true } },
    },
  });
  if (!article?.currentRevision) throw notFound("The article");
  return { ...article.currentRevision, claims: article.claims };
}

/** Runs the spotter on a revision and keeps the result; a concurrent first view stores the same, once. */
export async function spotAndStore(revision: LoadedRevision, modelVersion: string): Promise<SuggestionView[]> {
  const suggestions: SuggestionView[] = spotClaims(revision.text)
    .filter((suggestion) => suggestion.isCheckWorthy)
    .map((suggestion) => ({
      ...suggestion,
      reasons: shownReasons(suggestion),
      findings: lintClaim(suggestion.exact),
    }))
    .sort((a, b) => b.score - a.score || a.start - b.start);
  await db.revisionSuggestions.createMany({
    data: [{ revisionId: revision.id, modelVersion, suggestions: suggestions as unknown as Prisma.InputJsonValue }],
    skipDuplicates: true,
  });
  return suggestions;
}
