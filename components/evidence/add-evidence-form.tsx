"use client";

import { useActionState } from "react";
import { FieldError } from "@/components/field-error";
import { addEvidenceAction } from "@/lib/actions/sources";
import { ACCEPTED_EVIDENCE } from "@/lib/domain/evidence/sniff-evidence";

/** Captures evidence for a source: a file (PDF, image, saved page; up to 5 MB) or a pasted excerpt. */
export function AddEvidenceForm({ sourceId }: { sourceId: string }) {
  const [state, formAction, isPending] = useActionState(addEvidenceAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? (state.values ?? {}) : {};
  return (
    <form action={formAction} aria-labelledby="add-evidence-heading" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="add-evidence-heading" className="font-semibold">Capture evidence</h2>
      <p className="text-sm text-stone-600">
        Keep what the source said when you checked it: its SHA-256 is recorded, so the check survives the page changing.
      </p>
      <input type="hidden" name="sourceId" value={sourceId} />
      <div>
        <label htmlFor="evidence-file" className="block text-sm font-medium">File (PDF, image or saved web page, up to 5 MB)</label>
        <input id="evidence-file" name="file" type="file" accept={ACCEPTED_EVIDENCE}
          aria-describedby={errors.file ? "evidence-file-error" : undefined} className="mt-1 block text-sm" />
        <FieldError id="evidence-file-error" errors={errors.file} />
      </div>
      <div>
        <label htmlFor="evidence-excerpt" className="block text-sm font-medium">Or paste an excerpt</label>
        <textarea id="evidence-excerpt" name="excerpt" rows={4} key={`e-${values.excerpt ?? ""}`} defaultValue={values.excerpt}
          aria-describedby={errors.excerpt ? "evidence-excerpt-error" : undefined}
          className="mt-1 w-full rounded border border-stone-300 px-2 py-1" />
        <FieldError id="evidence-excerpt-error" errors={errors.excerpt} />
      </div>
      <div>
        <label htmlFor="evidence-capturedAt" className="block text-sm font-medium">Captured on (blank: now)</label>
        <input id="evidence-capturedAt" name="capturedAt" type="date" key={`c-${values.capturedAt ?? ""}`} defaultValue={values.capturedAt}
          aria-describedby={errors.capturedAt ? "evidence-capturedAt-error" : undefined}
          className="mt-1 rounded border border-stone-300 px-2 py-1" />
        <FieldError id="evidence-capturedAt-error" errors={errors.capturedAt} />
      </div>
      {state && <p role={state.ok ? "status" : "alert"} className={state.ok ? "text-sm text-emerald-800" : "text-sm text-red-700"}>{state.message}</p>}
      <button type="submit" disabled={isPending} className="rounded bg-stone-900 px-3 py-1.5 text-white disabled:opacity-60">
        {isPending ? "Saving…" : "Save evidence"}
      </button>
    </form>
  );
}
