"use client";

import { useActionState } from "react";
import { FieldError } from "@/components/field-error";
import { useUploadSizeCheck } from "@/components/imports/use-upload-size-check";
import { importArticleAction } from "@/lib/actions/imports";
import { ACCEPTED_FILE_TYPES } from "@/lib/domain/import/accepted-file-types";

/** A new article from a .txt, .md, .html or .docx file; headline and byline are read from it. */
export function ImportArticleForm() {
  const [state, formAction, isPending] = useActionState(importArticleAction, null);
  const { sizeError, onFileChange } = useUploadSizeCheck();
  const serverErrors = state && !state.ok ? state.fieldErrors : {};
  const errors = sizeError ? { ...serverErrors, file: [sizeError] } : serverErrors;
  const values = state && !state.ok ? (state.values ?? {}) : {};
  return (
    <form action={formAction} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <h2 className="font-semibold">Or import a file</h2>
      <p className="text-sm text-stone-600">Word (.docx), HTML, Markdown or plain text, up to 5 MB.</p>
      <div>
        <label htmlFor="import-file" className="block text-sm font-medium">File</label>
        <input id="import-file" name="file" type="file" accept={ACCEPTED_FILE_TYPES} required onChange={onFileChange}
          aria-describedby={errors.file ? "import-file-error" : undefined} aria-invalid={Boolean(errors.file)}
          className="mt-1 block text-sm" />
        <FieldError id="import-file-error" errors={errors.file} />
      </div>
      <div>
        <label htmlFor="import-headline" className="block text-sm font-medium">Title to use if the file has none</label>
        <input id="import-headline" name="headline" key={`h-${values.headline ?? ""}`} defaultValue={values.headline}
          aria-describedby={errors.headline ? "import-headline-error" : undefined}
          className="mt-1 w-full rounded border border-stone-300 px-2 py-1" />
        <FieldError id="import-headline-error" errors={errors.headline} />
      </div>
      <p className="text-sm text-stone-600">
        The byline, publication, original URL and date are read from the file; after the import you check and correct them.
      </p>
      {state && !state.ok && <p role="alert" className="text-sm text-red-700">{state.message}</p>}
      <button type="submit" disabled={isPending} className="rounded bg-stone-900 px-3 py-1.5 text-white disabled:opacity-60">
        {isPending ? "Importing…" : "Import file"}
      </button>
    </form>
  );
}
