"use client";

import { useId, type FormEvent } from "react";
import { FieldError } from "@/components/field-error";
import { updateClaimAction } from "@/lib/actions/claims";
import type { ClaimView } from "@/lib/server/claims/claim-view";
import { describedBy, FormMessage, INPUT_CLASS, PRIMARY_BUTTON_CLASS } from "./form-message";
import { useActionRunner } from "./use-action-runner";
import { useClaimDraft } from "./use-claim-draft";

const pickRestated = (claim: ClaimView) => ({ restated: claim.restated });

/** The claim as the checker restates it (empty saves the quoted words). */
export function RestatedForm({ claim }: { claim: ClaimView }) {
  const id = useId();
  const draft = useClaimDraft(claim, pickRestated);
  const { isPending, feedback, run } = useActionRunner<ClaimView>();
  const errors = feedback?.fieldErrors ?? {};

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    run(
      () => updateClaimAction({ claimId: claim.id, expectedVersion: draft.expectedVersion, restated: draft.draft.restated }),
      { onSuccess: draft.markSaved, onConflict: draft.markConflict },
    );
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="space-y-2">
      <label htmlFor={`${id}-restated`} className="block text-sm font-semibold">Claim as restated</label>
      <textarea id={`${id}-restated`} rows={3} value={draft.draft.restated}
        onChange={(event) => draft.update({ restated: event.target.value })}
        aria-invalid={Boolean(errors.restated)} aria-describedby={describedBy(`${id}-restated-hint`, errors.restated && `${id}-restated-error`)}
        className={INPUT_CLASS} />
      <p id={`${id}-restated-hint`} className="text-xs text-stone-500">What the claim says, in plain words. Left empty, the quoted words are kept.</p>
      <FieldError id={`${id}-restated-error`} errors={errors.restated} />
      <FormMessage feedback={feedback} renderCurrent={(current) => <p className="mt-1 whitespace-pre-wrap">{current.restated}</p>} />
      <button type="submit" disabled={isPending || !draft.isDirty} className={PRIMARY_BUTTON_CLASS}>
        {isPending ? "Saving…" : "Save restated claim"}
      </button>
    </form>
  );
}
