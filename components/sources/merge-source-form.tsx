"use client";

import { useActionState } from "react";
import { FieldError } from "@/components/field-error";
import { mergeSourcesAction } from "@/lib/actions/sources";

/** Merges a duplicate into this source: its citations and evidence move here, then it is removed. */
export function MergeSourceForm({ keepSourceId, candidates }: { keepSourceId: string; candidates: { id: string; title: string; url: string }[] }) {
  const [state, formAction, isPending] = useActionState(mergeSourcesAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  if (candidates.length === 0 && !state) return null;
  return (
    <form action={formAction} aria-labelledby="merge-heading" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="merge-heading" className="font-semibold">Merge a duplicate into this source</h2>
      <input type="hidden" name="keepSourceId" value={keepSourceId} />
      <div>
        <label htmlFor="merge-source" className="block text-sm font-medium">Duplicate (same publisher&apos;s site)</label>
        <select id="merge-source" name="mergeSourceId" defaultValue="" required className="mt-1 w-full rounded border border-stone-300 px-2 py-1"
          aria-describedby={errors.mergeSourceId ? "merge-source-error" : undefined}>
          <option value="" disabled>Choose…</option>
          {candidates.map((candidate) => <option key={candidate.id} value={candidate.id}>{candidate.title} — {candidate.url}</option>)}
        </select>
        <FieldError id="merge-source-error" errors={errors.mergeSourceId} />
      </div>
      {state && <p role={state.ok ? "status" : "alert"} className={state.ok ? "text-sm text-emerald-800" : "text-sm text-red-700"}>{state.message}</p>}
      <button type="submit" disabled={isPending} className="rounded border border-stone-400 px-3 py-1.5 hover:bg-stone-100 disabled:opacity-60">
        {isPending ? "Merging…" : "Merge into this source"}
      </button>
    </form>
  );
}
