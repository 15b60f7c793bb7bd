"use client";

import { useId, useState, useTransition, type FormEvent } from "react";
import { FieldError } from "@/components/field-error";
import { createSourceAction } from "@/lib/actions/sources";
import { SOURCE_KIND_LABELS, SOURCE_KINDS } from "@/lib/domain/sources/source-kinds";
import type { SourceView } from "@/lib/server/sources/source-view";

type SourceKind = (typeof SOURCE_KINDS)[number];
// kind "" until chosen: no default that could be wrong (a news report filed as a primary document).
type Draft = { url: string; title: string; publisher: string; kind: SourceKind | ""; accessedAt: string };
type Feedback = { isError: boolean; message: string; fieldErrors: Record<string, string[]>; duplicate?: SourceView };

// The desk reads dates in UTC (lib/format-date.ts), so "today" is the UTC day too;
// it also renders the same on the server and in the browser.
function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

function emptyDraft(): Draft {
  return { url: "", title: "", publisher: "", kind: "", accessedAt: todayUtc() };
}

const TEXT_FIELDS = [
  { name: "url", label: "URL", type: "url", hint: "The full address, starting with http:// or https://." },
  { name: "title", label: "Title", type: "text", hint: undefined },
  { name: "publisher", label: "Publisher", type: "text", hint: "Optional: who published it." },
] as const;

/**
 * Adds a source to the desk-wide library. Self-contained so that the claim panel
 * can reuse it: `onCreated` receives the new source (for example to cite it at once).
 * Controlled fields: what the user typed stays on error and clears only on success.
 */
export function CreateSourceForm({ onCreated }: { onCreated?: (source: SourceView) => void }) {
  const idPrefix = useId();
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [isPending, startTransition] = useTransition();
  const errors = feedback?.fieldErrors ?? {};
  const fieldId = (name: string) => `${idPrefix}-source-${name}`;
  const errorId = (name: string) => `${idPrefix}-source-${name}-error`;
  const describedBy = (name: string, hasHint = false) =>
    [hasHint ? `${fieldId(name)}-hint` : "", errors[name] ? errorId(name) : ""].filter(Boolean).join(" ") || undefined;

  function update<K extends keyof Draft>(name: K, value: Draft[K]) {
    setDraft((current) => ({ ...current, [name]: value }));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startTransition(async () => {
      const result = await createSourceAction(draft as Parameters<typeof createSourceAction>[0]);
      if (result.ok) {
        setDraft(emptyDraft());
        setFeedback({ isError: false, message: result.message ?? "Source added.", fieldErrors: {} });
        onCreated?.(result.data);
      } else {
        // The same page is already in the library: offer it instead of a second copy.
        setFeedback({ isError: true, message: result.message, fieldErrors: result.fieldErrors, duplicate: result.code === "CONFLICT" ? result.current : undefined });
      }
    });
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-labelledby={`${idPrefix}-heading`}
      className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id={`${idPrefix}-heading`} className="font-semibold">Add a source</h2>
      {TEXT_FIELDS.map((field) => (
        <div key={field.name}>
          <label htmlFor={fieldId(field.name)} className="block text-sm font-medium">{field.label}</label>
          {field.hint && <p id={`${fieldId(field.name)}-hint`} className="text-xs text-stone-500">{field.hint}</p>}
          <input id={fieldId(field.name)} name={field.name} type={field.type} value={draft[field.name]}
            onChange={(event) => update(field.name, event.target.value)}
            required={field.name !== "publisher"} autoComplete="off"
            aria-invalid={Boolean(errors[field.name])} aria-describedby={describedBy(field.name, Boolean(field.hint))}
            className="mt-1 w-full rounded border border-stone-300 px-2 py-1" />
          <FieldError id={errorId(field.name)} errors={errors[field.name]} />
        </div>
      ))}
      <div className="flex flex-wrap gap-4">
        <div>
          <label htmlFor={fieldId("kind")} className="block text-sm font-medium">Kind</label>
          <select id={fieldId("kind")} name="kind" value={draft.kind}
            onChange={(event) => update("kind", event.target.value as SourceKind)} required
            aria-invalid={Boolean(errors.kind)} aria-describedby={describedBy("kind")}
            className="mt-1 rounded border border-stone-300 px-2 py-1">
            <option value="" disabled>Choose…</option>
            {SOURCE_KINDS.map((kind) => <option key={kind} value={kind}>{SOURCE_KIND_LABELS[kind]}</option>)}
          </select>
          <FieldError id={errorId("kind")} errors={errors.kind} />
        </div>
        <div>
          <label htmlFor={fieldId("accessedAt")} className="block text-sm font-medium">Date accessed</label>
          <input id={fieldId("accessedAt")} name="accessedAt" type="date" value={draft.accessedAt}
            onChange={(event) => update("accessedAt", event.target.value)} required
            aria-invalid={Boolean(errors.accessedAt)} aria-describedby={describedBy("accessedAt")}
            className="mt-1 rounded border border-stone-300 px-2 py-1" />
          <FieldError id={errorId("accessedAt")} errors={errors.accessedAt} />
        </div>
      </div>
      <p role="status" className={feedback?.isError ? "text-sm text-red-700" : "text-sm text-emerald-800"}>
        {feedback?.message}
      </p>
      {feedback?.duplicate && (
        <p className="text-sm">
          <a href={feedback.duplicate.url} className="underline" rel="noreferrer noopener" target="_blank">{feedback.duplicate.title}</a>{" "}
          {onCreated ? (
            <button type="button" className="ml-2 rounded border border-stone-400 px-2 py-0.5 hover:bg-stone-100"
              onClick={() => { const existing = feedback.duplicate!; setDraft(emptyDraft()); setFeedback(null); onCreated(existing); }}>
              Use the existing source
            </button>
          ) : (
            <span className="text-stone-600">is already in the library.</span>
          )}
        </p>
      )}
      <button type="submit" disabled={isPending}
        className="rounded bg-stone-900 px-3 py-1.5 text-white hover:bg-stone-700 disabled:opacity-60">
        {isPending ? "Adding…" : "Add source"}
      </button>
    </form>
  );
}
