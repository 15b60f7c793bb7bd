"use client";

import { useActionState } from "react";
import { FieldError } from "@/components/field-error";
import { updateArticleDetailsAction } from "@/lib/actions/articles";

type Details = {
  headline: string;
  byline: string | null;
  publication: string | null;
  originalUrl: string | null;
  publishedAt: Date | null;
};

const FIELDS = [
  { name: "headline", label: "Headline", type: "text" },
  { name: "byline", label: "Byline", type: "text" },
  { name: "publication", label: "Publication", type: "text" },
  { name: "originalUrl", label: "Original URL", type: "url" },
  { name: "publishedAt", label: "Publish date", type: "date" },
] as const;

function shown(details: Details, name: (typeof FIELDS)[number]["name"]): string {
  const value = details[name];
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value ?? "";
}

/** Headline, byline, publication, original URL and publish date; saving is audited and voids a sign-off. */
export function ArticleDetailsForm({ articleId, details }: { articleId: string; details: Details }) {
  const [state, formAction, isPending] = useActionState(updateArticleDetailsAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? state.values : undefined;
  const current = state?.ok ? state.data : details;
  return (
    <form action={formAction} noValidate aria-labelledby="details-heading" className="max-w-3xl space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="details-heading" className="font-semibold">Article details</h2>
      <p className="text-sm text-stone-600">Printed on every export and covered by the sign-off: saving a change voids a standing sign-off.</p>
      <input type="hidden" name="articleId" value={articleId} />
      <div className="grid gap-3 sm:grid-cols-2">
        {FIELDS.map((field) => {
          const value = values?.[field.name] ?? shown(current, field.name);
          return (
            <div key={field.name} className={field.name === "headline" ? "sm:col-span-2" : undefined}>
              <label htmlFor={`details-${field.name}`} className="block text-sm font-medium">{field.label}</label>
              <input id={`details-${field.name}`} name={field.name} type={field.type} key={`${field.name}-${value}`} defaultValue={value}
                required={field.name === "headline"} aria-invalid={Boolean(errors[field.name])}
                aria-describedby={errors[field.name] ? `details-${field.name}-error` : undefined}
                className="mt-1 w-full rounded border border-stone-300 px-2 py-1" />
              <FieldError id={`details-${field.name}-error`} errors={errors[field.name]} />
            </div>
          );
        })}
      </div>
      {state && <p role={state.ok ? "status" : "alert"} className={state.ok ? "text-sm text-emerald-800" : "text-sm text-red-700"}>{state.message}</p>}
      <button type="submit" disabled={isPending} className="rounded bg-stone-900 px-3 py-1.5 text-white disabled:opacity-60">
        {isPending ? "Saving…" : "Save details"}
      </button>
    </form>
  );
}
