"use client";

import { useId, useState, type FormEvent } from "react";
import { FieldError } from "@/components/field-error";
import { linkSourceAction } from "@/lib/actions/sources";
import { STANCES } from "@/lib/domain/sources/source-kinds";
import type { SourceView } from "@/lib/server/sources/source-view";
import { describedBy, FormMessage, INPUT_CLASS, PRIMARY_BUTTON_CLASS, SECONDARY_BUTTON_CLASS } from "./form-message";
import { STANCE_LABELS, type Stance } from "./stances";
import { useActionRunner } from "./use-action-runner";

type Props = { claimId: string; articleId: string; source: SourceView; onCancel: () => void; onAttached: () => void };

/** The second step of attaching: how the chosen source bears on the claim, and the excerpt that matters. */
export function CiteSourceForm({ claimId, articleId, source, onCancel, onAttached }: Props) {
  const id = useId();
  const [stance, setStance] = useState<Stance>("supports");
  const [excerpt, setExcerpt] = useState("");
  const { isPending, feedback, run } = useActionRunner<{ id: string }>();
  const errors = feedback?.fieldErrors ?? {};

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    run(() => linkSourceAction({ claimId, sourceId: source.id, stance, excerpt, articleId }), { onSuccess: onAttached });
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="space-y-3 rounded border border-stone-200 bg-stone-50 p-3">
      <div>
        <p className="text-sm font-medium">Citing</p>
        <p className="text-sm">
          <a href={source.url} target="_blank" rel="noopener noreferrer" className="text-blue-800 hover:underline">{source.title}</a>
          {source.publisher && <span className="text-stone-600"> · {source.publisher}</span>}
        </p>
        <FieldError id={`${id}-source-error`} errors={errors.sourceId} />
      </div>
      <fieldset aria-describedby={describedBy(errors.stance && `${id}-stance-error`)}>
        <legend className="text-sm font-medium">Stance</legend>
        <div className="mt-1 flex flex-wrap gap-3">
          {STANCES.map((option) => (
            <label key={option} className="flex items-center gap-1.5 text-sm">
              <input type="radio" name={`${id}-stance`} value={option} checked={stance === option}
                onChange={() => setStance(option)} className="accent-stone-900" />
              {STANCE_LABELS[option]}
            </label>
          ))}
        </div>
        <FieldError id={`${id}-stance-error`} errors={errors.stance} />
      </fieldset>
      <div>
        <label htmlFor={`${id}-excerpt`} className="block text-sm font-medium">Excerpt <span className="font-normal text-stone-500">(optional)</span></label>
        <textarea id={`${id}-excerpt`} rows={3} value={excerpt} onChange={(event) => setExcerpt(event.target.value)}
          aria-invalid={Boolean(errors.excerpt)} aria-describedby={describedBy(`${id}-excerpt-hint`, errors.excerpt && `${id}-excerpt-error`)}
          className={INPUT_CLASS} />
        <p id={`${id}-excerpt-hint`} className="text-xs text-stone-500">The passage of the source that matters for this claim.</p>
        <FieldError id={`${id}-excerpt-error`} errors={errors.excerpt} />
      </div>
      <FormMessage feedback={feedback} />
      <div className="flex gap-2">
        <button type="submit" disabled={isPending} className={PRIMARY_BUTTON_CLASS}>{isPending ? "Attaching…" : "Attach source"}</button>
        <button type="button" onClick={onCancel} className={SECONDARY_BUTTON_CLASS}>Choose another</button>
      </div>
    </form>
  );
}
