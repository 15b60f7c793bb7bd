"use client";

import { useState, useTransition } from "react";
import { applyCorrectionsAction } from "@/lib/actions/revisions";
import type { SavedRevision } from "@/lib/server/articles/save-revision";
import { AnchoringOutcomes } from "./anchoring-outcomes";

/** For the copy desk: writes every corrected claim's correction into the text as one new revision. */
export function ApplyCorrectionsButton({ articleId, version, correctedCount }: { articleId: string; version: number; correctedCount: number }) {
  const [saved, setSaved] = useState<SavedRevision | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  return (
    <section aria-labelledby="apply-corrections-heading" className="max-w-3xl space-y-2 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="apply-corrections-heading" className="font-semibold">Apply corrections</h2>
      <p className="text-sm text-stone-600">
        Makes a new revision with the {correctedCount === 1 ? "corrected claim's correction" : `corrections of the ${correctedCount} corrected claims`} written
        into the text. The claims follow the new words and stay corrected.
      </p>
      <button type="button" disabled={isPending || correctedCount === 0}
        onClick={() =>
          startTransition(async () => {
            const result = await applyCorrectionsAction({ articleId, expectedVersion: version });
            setSaved(result.ok ? result.data : null);
            setError(result.ok ? null : result.message);
          })
        }
        className="rounded bg-sky-800 px-3 py-1.5 text-white hover:bg-sky-900 disabled:opacity-60">
        {isPending ? "Applying…" : "Apply corrections to the text"}
      </button>
      {error && <p role="alert" className="text-sm text-red-700">{error}</p>}
      {saved && <AnchoringOutcomes saved={saved} articleId={articleId} />}
    </section>
  );
}
