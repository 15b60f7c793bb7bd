"use client";

import { useActionState } from "react";
import { FieldError } from "@/components/field-error";
import { useUploadSizeCheck } from "@/components/imports/use-upload-size-check";
import { AnchoringOutcomes } from "@/components/revisions/anchoring-outcomes";
import { importRevisionAction } from "@/lib/actions/imports";
import { ACCEPTED_FILE_TYPES } from "@/lib/domain/import/accepted-file-types";

/** A new revision from a file, e.g. the reporter's updated copy. */
export function ImportRevisionForm({ articleId, version }: { articleId: string; version: number }) {
  const [state, formAction, isPending] = useActionState(importRevisionAction, null);
  const { sizeError, onFileChange } = useUploadSizeCheck();
  const serverErrors = state && !state.ok ? state.fieldErrors : {};
  const errors = sizeError ? { ...serverErrors, file: [sizeError] } : serverErrors;
  return (
    <form action={formAction} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <h2 className="font-semibold">Import a new version from a file</h2>
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="expectedVersion" value={state?.ok && !state.data.isUnchanged ? version + 1 : version} />
      <div>
        <label htmlFor="revision-file" className="block text-sm font-medium">File (.docx, .html, .md, .txt)</label>
        <input id="revision-file" name="file" type="file" accept={ACCEPTED_FILE_TYPES} required onChange={onFileChange}
          aria-describedby={errors.file ? "revision-file-error" : undefined} className="mt-1 block text-sm" />
        <FieldError id="revision-file-error" errors={errors.file} />
      </div>
      {state && !state.ok && <p role="alert" className="text-sm text-red-700">{state.message}</p>}
      <button type="submit" disabled={isPending} className="rounded border border-stone-400 px-3 py-1.5 text-sm hover:bg-stone-100">
        {isPending ? "Importing…" : "Import new version"}
      </button>
      {state?.ok && <AnchoringOutcomes saved={state.data} articleId={articleId} />}
    </form>
  );
}
