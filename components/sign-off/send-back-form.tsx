"use client";

import { useActionState } from "react";
import { FieldError } from "@/components/field-error";
import { sendBackArticleAction } from "@/lib/actions/sign-offs";

export function SendBackForm({ articleId }: { articleId: string }) {
  const [state, formAction, isPending] = useActionState(sendBackArticleAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const note = state && !state.ok ? state.values?.note : undefined;
  return (
    <form action={formAction} className="min-w-72 flex-1 space-y-2">
      <input type="hidden" name="articleId" value={articleId} />
      <label htmlFor="send-back-note" className="block text-sm font-medium">Or send it back with a note</label>
      <textarea id="send-back-note" name="note" rows={3} key={`note-${note ?? ""}`} defaultValue={note}
        aria-describedby={errors.note ? "send-back-note-error" : undefined}
        className="w-full rounded border border-stone-300 px-2 py-1 text-sm" />
      <FieldError id="send-back-note-error" errors={errors.note} />
      {state && <p role={state.ok ? "status" : "alert"} className={state.ok ? "text-sm text-emerald-800" : "text-sm text-red-700"}>{state.message}</p>}
      <button type="submit" disabled={isPending} className="rounded border border-stone-400 px-3 py-1.5 text-sm hover:bg-stone-100">
        {isPending ? "Sending…" : "Send back"}
      </button>
    </form>
  );
}
