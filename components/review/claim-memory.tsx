"use client";

import { useEffect, useState } from "react";
import { VERDICT_BADGE_CLASS } from "@/components/articles/verdict-style";
import { findSimilarClaimsAction, reuseSourcesAction } from "@/lib/actions/claim-memory";
import { VERDICT_LABELS } from "@/lib/domain/verdicts";
import { formatDay } from "@/lib/format-date";
import type { SimilarClaim } from "@/lib/server/claims/find-similar-claims";
import { FormMessage } from "./form-message";
import { useActionRunner } from "./use-action-runner";

/**
 * Claim memory: the same claim checked before in other articles, with its
 * verdict, rationale and sources, which can be cited here in one click.
 */
export function ClaimMemory({ claimId, articleId, canLink }: { claimId: string; articleId: string; canLink: boolean }) {
  const [similar, setSimilar] = useState<SimilarClaim[] | null>(null);
  const reuse = useActionRunner<{ linkedCount: number }>();

  useEffect(() => {
    let isCurrent = true;
    findSimilarClaimsAction(claimId).then(
      (result) => isCurrent && setSimilar(result.ok ? result.data : []),
      () => isCurrent && setSimilar([]),
    );
    return () => {
      isCurrent = false;
    };
  }, [claimId]);

  if (similar === null) return <p className="text-sm text-stone-500">Looking for claims checked before…</p>;
  if (similar.length === 0) return <p className="text-sm text-stone-600">Not checked before in another article.</p>;
  return (
    <ul className="space-y-3" aria-label="Checked before">
      {similar.map((earlier) => (
        <li key={earlier.id} className="rounded border border-stone-200 bg-stone-50 p-2 text-sm">
          <p className="flex flex-wrap items-center gap-2">
            <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${VERDICT_BADGE_CLASS[earlier.verdict]}`}>{VERDICT_LABELS[earlier.verdict]}</span>
            <span className="text-xs text-stone-600">
              {Math.round(earlier.similarity * 100)}% alike · <a className="underline" href={`/articles/${earlier.articleId}?claim=${earlier.id}`}>{earlier.headline}</a>
              {earlier.verdictSetAt && <> · {formatDay(earlier.verdictSetAt)}</>}
            </span>
          </p>
          <p className="mt-1 font-serif">“{earlier.restated || earlier.exact}”</p>
          {earlier.correction && <p className="mt-1"><span className="font-semibold">Correction:</span> {earlier.correction}</p>}
          {earlier.rationale && <p className="mt-1 text-stone-700">{earlier.rationale}</p>}
          {earlier.sources.length > 0 && (
            <ul className="mt-1 list-disc pl-5 text-xs">
              {earlier.sources.map((source) => (
                <li key={source.sourceId}><a className="underline" href={source.url} rel="noreferrer noopener" target="_blank">{source.title}</a> ({source.stance})</li>
              ))}
            </ul>
          )}
          {canLink && earlier.sources.length > 0 && (
            <button type="button" disabled={reuse.isPending}
              className="mt-2 rounded border border-stone-400 px-2 py-0.5 text-xs hover:bg-white"
              onClick={() => reuse.run(() => reuseSourcesAction({ claimId, fromClaimId: earlier.id, articleId }))}>
              {earlier.sources.length === 1 ? "Cite this source here" : `Cite these ${earlier.sources.length} sources here`}
            </button>
          )}
        </li>
      ))}
      {reuse.feedback && <FormMessage feedback={reuse.feedback} />}
    </ul>
  );
}
