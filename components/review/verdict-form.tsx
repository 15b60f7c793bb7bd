"use client";

import { useId, useImperativeHandle, useState, type FormEvent, type KeyboardEvent, type Ref } from "react";
import { flushSync } from "react-dom";
import { FieldError } from "@/components/field-error";
import { setClaimVerdictAction } from "@/lib/actions/claims";
import {
  checkVerdictRules, isCorrectionRequired, isRationaleRequired, isSourceRequired, VERDICT_LABELS, VERDICTS, type Verdict,
} from "@/lib/domain/verdicts";
import type { ClaimView } from "@/lib/server/claims/claim-view";
import { describedBy, FormMessage, INPUT_CLASS, PRIMARY_BUTTON_CLASS } from "./form-message";
import { useActionRunner } from "./use-action-runner";
import { useClaimDraft } from "./use-claim-draft";
import { VerdictSummary } from "./verdict-summary";
import { WarningOverrideField } from "./warning-override-field";

export type VerdictFormHandle = { choose: (verdict: Verdict) => void };

type Props = { claim: ClaimView; sourceCount: number; onSourceNeeded: () => void; ref?: Ref<VerdictFormHandle> };

const pickVerdict = (claim: ClaimView) => ({ verdict: claim.verdict as string, correction: claim.correction ?? "", rationale: claim.rationale ?? "" });

/** Verdict, correction and rationale: the fields each verdict needs open as it is chosen. */
export function VerdictForm({ claim, sourceCount, onSourceNeeded, ref }: Props) {
  const id = useId();
  const draft = useClaimDraft(claim, pickVerdict);
  const { isPending, feedback, setFeedback, run } = useActionRunner<ClaimView>();
  const verdict = draft.draft.verdict as Verdict;
  const errors = feedback?.fieldErrors ?? {};
  const isRationaleShown = verdict !== "pending";
  const isSourceMissing = isSourceRequired(verdict) && sourceCount === 0;
  const [warningOverride, setWarningOverride] = useState("");

  // Keyboard triage (v / d / c): choose the verdict, then put the cursor where work is left.
  useImperativeHandle(ref, () => ({
    choose(next: Verdict) {
      const values = { ...draft.draft, verdict: next };
      flushSync(() => draft.update({ verdict: next }));
      if (isCorrectionRequired(next) && !values.correction.trim()) return focus(`${id}-correction`);
      if (isRationaleRequired(next) && !values.rationale.trim()) return focus(`${id}-rationale`);
      if (isSourceRequired(next) && sourceCount === 0) return onSourceNeeded();
      focus(`${id}-save`);
    },
  }));

  function handleSubmit(event?: FormEvent<HTMLFormElement>) {
    event?.preventDefault();
    const ruleErrors = checkVerdictRules({ ...draft.draft, verdict, sourceCount });
    if (Object.keys(ruleErrors).length > 0) {
      setFeedback({ isError: true, message: "The verdict needs a few more things before it can be saved.", fieldErrors: ruleErrors });
      return;
    }
    run(
      () => setClaimVerdictAction({
        claimId: claim.id,
        expectedVersion: draft.expectedVersion,
        verdict,
        correction: isCorrectionRequired(verdict) ? draft.draft.correction : undefined,
        rationale: isRationaleShown ? draft.draft.rationale : undefined,
        warningOverride: verdict === "verified" && warningOverride.trim() ? warningOverride : undefined,
      }),
      { onSuccess: draft.markSaved, onConflict: draft.markConflict },
    );
  }

  // Enter saves from a radio button; Ctrl/Cmd+Enter from the rationale (Enter there is a new line).
  function handleKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    const target = event.target as HTMLInputElement;
    const isRadio = target.type === "radio";
    const isTextarea = target.tagName === "TEXTAREA";
    if (event.key === "Enter" && (isRadio || (isTextarea && (event.ctrlKey || event.metaKey)))) {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  }

  return (
    <form onSubmit={handleSubmit} onKeyDown={handleKeyDown} noValidate className="space-y-3">
      <fieldset aria-describedby={describedBy(errors.sources && `${id}-sources-error`, errors.verdict && `${id}-verdict-error`)}>
        <legend className="sr-only">Verdict</legend>
        <div className="mt-1 grid grid-cols-2 gap-2">
          {VERDICTS.map((option) => (
            <label key={option} className="flex cursor-pointer items-center gap-1.5 rounded border border-stone-300 bg-white px-2 py-1 text-sm has-[:checked]:border-stone-900 has-[:checked]:bg-stone-100 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-blue-600">
              <input type="radio" name={`${id}-verdict`} value={option} checked={verdict === option}
                onChange={() => draft.update({ verdict: option })} className="accent-stone-900" />
              {VERDICT_LABELS[option]}
            </label>
          ))}
        </div>
        <FieldError id={`${id}-verdict-error`} errors={errors.verdict} />
      </fieldset>
      {isCorrectionRequired(verdict) && (
        <div>
          <label htmlFor={`${id}-correction`} className="block text-sm font-medium">Corrected wording <span className="text-red-700">(required)</span></label>
          <input id={`${id}-correction`} type="text" value={draft.draft.correction} required autoComplete="off"
            onChange={(event) => draft.update({ correction: event.target.value })}
            aria-invalid={Boolean(errors.correction)} aria-describedby={describedBy(`${id}-correction-hint`, errors.correction && `${id}-correction-error`)}
            className={INPUT_CLASS} />
          <p id={`${id}-correction-hint`} className="text-xs text-stone-500">Replaces the quoted words in the corrected copy.</p>
          <FieldError id={`${id}-correction-error`} errors={errors.correction} />
        </div>
      )}
      {isRationaleShown && (
        <div>
          <label htmlFor={`${id}-rationale`} className="block text-sm font-medium">
            Rationale {isRationaleRequired(verdict) ? <span className="text-red-700">(required)</span> : <span className="font-normal text-stone-500">(optional)</span>}
          </label>
          <textarea id={`${id}-rationale`} rows={3} value={draft.draft.rationale} required={isRationaleRequired(verdict)}
            onChange={(event) => draft.update({ rationale: event.target.value })}
            aria-invalid={Boolean(errors.rationale)} aria-describedby={describedBy(`${id}-rationale-hint`, errors.rationale && `${id}-rationale-error`)}
            className={INPUT_CLASS} />
          <p id={`${id}-rationale-hint`} className="text-xs text-stone-500">Why, for the audit trail and the report. Ctrl+Enter saves.</p>
          <FieldError id={`${id}-rationale-error`} errors={errors.rationale} />
        </div>
      )}
      {verdict === "verified" && (
        <WarningOverrideField id={`${id}-warning-override`} exact={claim.exact} value={warningOverride} onChange={setWarningOverride} errors={errors.warningOverride} />
      )}
      {isSourceMissing && !errors.sources && (
        <p className="text-sm text-amber-800">A {verdict} claim must cite at least one source: attach one below first.</p>
      )}
      <FieldError id={`${id}-sources-error`} errors={errors.sources} />
      <FormMessage feedback={feedback} renderCurrent={(current) => <VerdictSummary claim={current} />} />
      <button id={`${id}-save`} type="submit" disabled={isPending} className={PRIMARY_BUTTON_CLASS}>
        {isPending ? "Saving…" : "Save verdict"}
      </button>
    </form>
  );
}

function focus(elementId: string) {
  document.getElementById(elementId)?.focus();
}
