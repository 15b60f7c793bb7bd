"use client";

import { useActionState } from "react";
import { FieldError } from "@/components/field-error";
import { createArticleAction } from "@/lib/actions/articles";

type Field = { name: string; label: string; type: string; hint?: string };

const DETAIL_FIELDS: Field[] = [
  { name: "byline", label: "Byline", type: "text", hint: "Optional, for example “By Jane Doe”." },
  { name: "publication", label: "Publication", type: "text", hint: "Optional: the paper or site." },
  { name: "originalUrl", label: "Original URL", type: "url", hint: "Optional: where it was published, starting with https://." },
  { name: "publishedAt", label: "Publish date", type: "date", hint: "Optional." },
];

const inputClass = "mt-1 w-full rounded border border-stone-300 px-2 py-1 aria-[invalid=true]:border-red-600";

/**
 * Creates an article from pasted text. On success the action opens the review page;
 * on error React resets the form, and the `defaultValue`s from `values` refill it
 * (React updates them before the reset, so the reset lands on what the user typed).
 */
export function NewArticleForm() {
  const [state, formAction, isPending] = useActionState(createArticleAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? (state.values ?? {}) : {};
  const hasFieldErrors = Object.keys(errors).length > 0;
  const describedBy = (name: string, hasHint: boolean) =>
    [hasHint ? `article-${name}-hint` : "", errors[name] ? `article-${name}-error` : ""].filter(Boolean).join(" ") ||
    undefined;

  return (
    <form action={formAction} noValidate className="space-y-4 rounded-lg border border-stone-200 bg-white p-5">
      {state && !state.ok && (
        <p role="alert" className="rounded bg-red-50 px-3 py-2 text-sm text-red-800">
          {state.message}
          {hasFieldErrors && " The fields are marked below; what you typed is still there."}
        </p>
      )}
      <div>
        <label htmlFor="article-headline" className="block text-sm font-medium">Headline</label>
        <input id="article-headline" name="headline" type="text" required defaultValue={values.headline}
          aria-invalid={Boolean(errors.headline)} aria-describedby={describedBy("headline", false)}
          className={`${inputClass} font-serif text-lg`} />
        <FieldError id="article-headline-error" errors={errors.headline} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {DETAIL_FIELDS.map((field) => (
          <div key={field.name}>
            <label htmlFor={`article-${field.name}`} className="block text-sm font-medium">{field.label}</label>
            <input id={`article-${field.name}`} name={field.name} type={field.type} defaultValue={values[field.name]}
              autoComplete="off" aria-invalid={Boolean(errors[field.name])}
              aria-describedby={describedBy(field.name, Boolean(field.hint))} className={inputClass} />
            {field.hint && <p id={`article-${field.name}-hint`} className="mt-1 text-xs text-stone-500">{field.hint}</p>}
            <FieldError id={`article-${field.name}-error`} errors={errors[field.name]} />
          </div>
        ))}
      </div>
      <div>
        <label htmlFor="article-text" className="block text-sm font-medium">Article text</label>
        <p id="article-text-hint" className="text-xs text-stone-500">
          Paste the full text. Separate paragraphs with a blank line.
        </p>
        <textarea id="article-text" name="text" required rows={16} defaultValue={values.text}
          aria-invalid={Boolean(errors.text)} aria-describedby={describedBy("text", true)}
          className={`${inputClass} font-serif leading-relaxed`} />
        <FieldError id="article-text-error" errors={errors.text} />
      </div>
      <button type="submit" disabled={isPending}
        className="rounded bg-stone-900 px-4 py-2 font-medium text-white hover:bg-stone-700 disabled:opacity-60">
        {isPending ? "Creating…" : "Create article"}
      </button>
    </form>
  );
}
