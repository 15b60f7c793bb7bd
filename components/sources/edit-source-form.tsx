"use client";

import { useActionState } from "react";
import { FieldError } from "@/components/field-error";
import { updateSourceAction } from "@/lib/actions/sources";
import { SOURCE_KIND_LABELS, SOURCE_KINDS } from "@/lib/domain/sources/source-kinds";
import type { SourceView } from "@/lib/server/sources/source-view";

/** Corrects a library source; audited. A duplicate address is refused, naming the source to use. */
export function EditSourceForm({ source }: { source: SourceView }) {
  const [state, formAction, isPending] = useActionState(updateSourceAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? state.values : undefined;
  const current = state?.ok ? state.data : source;
  const value = (name: "url" | "title" | "publisher") => values?.[name] ?? current[name];
  const input = (name: "url" | "title" | "publisher", label: string, type = "text") => (
    <div>
      <label htmlFor={`edit-source-${name}`} className="block text-sm font-medium">{label}</label>
      <input id={`edit-source-${name}`} name={name} type={type} key={`${name}-${value(name)}`} defaultValue={value(name)}
        aria-invalid={Boolean(errors[name])} aria-describedby={errors[name] ? `edit-source-${name}-error` : undefined}
        className="mt-1 w-full rounded border border-stone-300 px-2 py-1" />
      <FieldError id={`edit-source-${name}-error`} errors={errors[name]} />
    </div>
  );
  return (
    <form action={formAction} aria-labelledby="edit-source-heading" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="edit-source-heading" className="font-semibold">Edit the source</h2>
      <input type="hidden" name="sourceId" value={source.id} />
      {input("url", "URL", "url")}
      {input("title", "Title")}
      {input("publisher", "Publisher")}
      <div className="flex flex-wrap gap-4">
        <div>
          <label htmlFor="edit-source-kind" className="block text-sm font-medium">Kind</label>
          <select id="edit-source-kind" name="kind" defaultValue={values?.kind ?? current.kind} key={`kind-${values?.kind ?? current.kind}`}
            className="mt-1 rounded border border-stone-300 px-2 py-1">
            {SOURCE_KINDS.map((kind) => <option key={kind} value={kind}>{SOURCE_KIND_LABELS[kind]}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="edit-source-accessedAt" className="block text-sm font-medium">Date accessed</label>
          <input id="edit-source-accessedAt" name="accessedAt" type="date" key={`a-${current.accessedAt.toISOString()}`}
            defaultValue={values?.accessedAt ?? current.accessedAt.toISOString().slice(0, 10)}
            aria-describedby={errors.accessedAt ? "edit-source-accessedAt-error" : undefined}
            className="mt-1 rounded border border-stone-300 px-2 py-1" />
          <FieldError id="edit-source-accessedAt-error" errors={errors.accessedAt} />
        </div>
      </div>
      {state && <p role={state.ok ? "status" : "alert"} className={state.ok ? "text-sm text-emerald-800" : "text-sm text-red-700"}>{state.message}</p>}
      <button type="submit" disabled={isPending} className="rounded bg-stone-900 px-3 py-1.5 text-white disabled:opacity-60">
        {isPending ? "Saving…" : "Save source"}
      </button>
    </form>
  );
}
