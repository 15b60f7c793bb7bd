"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { FieldError } from "@/components/field-error";
import { saveRevisionAction } from "@/lib/actions/revisions";
import type { SavedRevision } from "@/lib/server/articles/save-revision";
import { AnchoringOutcomes } from "./anchoring-outcomes";

export function EditTextForm(props: { articleId: string; version: number; text: string }) {
  const [text, setText] = useState(props.text);
  const [version, setVersion] = useState(props.version);
  const [error, setError] = useState<{ message: string; fieldErrors: Record<string, string[]> } | null>(null);
  const [saved, setSaved] = useState<SavedRevision | null>(null);
  const [isPending, startTransition] = useTransition();

  function save() {
    startTransition(async () => {
      const result = await saveRevisionAction({ articleId: props.articleId, expectedVersion: version, text });
      if (!result.ok) {
        setError({ message: result.message, fieldErrors: result.fieldErrors });
        return;
      }
      setError(null);
      setSaved(result.data);
      if (!result.data.isUnchanged) setVersion((current) => current + 1);
    });
  }

  return (
    <form onSubmit={(event) => { event.preventDefault(); save(); }} className="space-y-3">
      <label htmlFor="article-text" className="block text-sm font-medium">Article text</label>
      <textarea id="article-text" value={text} onChange={(event) => setText(event.target.value)} rows={24}
        aria-describedby={error?.fieldErrors.text ? "article-text-error" : undefined}
        className="w-full rounded border border-stone-300 bg-white p-3 font-serif text-base leading-relaxed" />
      <FieldError id="article-text-error" errors={error?.fieldErrors.text} />
      {error && <p role="alert" className="text-sm text-red-700">{error.message}</p>}
      <div className="flex items-center gap-4">
        <button type="submit" disabled={isPending} className="rounded bg-stone-900 px-4 py-2 text-white disabled:opacity-60">
          {isPending ? "Saving…" : "Save new revision"}
        </button>
        <Link href={`/articles/${props.articleId}/revisions`} className="text-sm text-sky-800 underline">Revision history</Link>
      </div>
      {saved && <AnchoringOutcomes saved={saved} articleId={props.articleId} />}
    </form>
  );
}
