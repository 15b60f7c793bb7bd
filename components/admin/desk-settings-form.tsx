"use client";

import { useActionState } from "react";
import { RequireTwoFactorField } from "@/components/account/require-two-factor-field";
import { FieldError } from "@/components/field-error";
import { updateDeskSettingsAction } from "@/lib/actions/admin";

type Settings = {
  allowSelfSignOff: boolean;
  organisationName: string;
  organisationUrl: string | null;
  requireTwoFactorForReviewers: boolean;
  publicFactCheckUrl: string | null;
};

export function DeskSettingsForm({ settings }: { settings: Settings }) {
  const [state, formAction, isPending] = useActionState(updateDeskSettingsAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? state.values : undefined;
  const current = state?.ok ? state.data : settings;
  return (
    <form action={formAction} className="max-w-xl space-y-4 rounded-lg border border-stone-200 bg-white p-4">
      <div>
        <label htmlFor="organisationName" className="block text-sm font-medium">Organisation name (author of ClaimReview exports)</label>
        <input id="organisationName" name="organisationName" key={`n-${values?.organisationName ?? current.organisationName}`}
          defaultValue={values?.organisationName ?? current.organisationName}
          aria-describedby={errors.organisationName ? "organisationName-error" : undefined}
          className="mt-1 w-full rounded border border-stone-300 px-2 py-1" />
        <FieldError id="organisationName-error" errors={errors.organisationName} />
      </div>
      <div>
        <label htmlFor="organisationUrl" className="block text-sm font-medium">Organisation URL</label>
        <input id="organisationUrl" name="organisationUrl" type="url" key={`u-${values?.organisationUrl ?? current.organisationUrl ?? ""}`}
          defaultValue={values?.organisationUrl ?? current.organisationUrl ?? ""}
          aria-describedby={errors.organisationUrl ? "organisationUrl-error" : undefined}
          className="mt-1 w-full rounded border border-stone-300 px-2 py-1" />
        <FieldError id="organisationUrl-error" errors={errors.organisationUrl} />
      </div>
      <div>
        <label htmlFor="publicFactCheckUrl" className="block text-sm font-medium">Public address of your fact-checks</label>
        <input id="publicFactCheckUrl" name="publicFactCheckUrl" type="url" placeholder="https://news.example/fact-checks"
          key={`p-${values?.publicFactCheckUrl ?? current.publicFactCheckUrl ?? ""}`}
          defaultValue={values?.publicFactCheckUrl ?? current.publicFactCheckUrl ?? ""}
          aria-describedby={`publicFactCheckUrl-help${errors.publicFactCheckUrl ? " publicFactCheckUrl-error" : ""}`}
          className="mt-1 w-full rounded border border-stone-300 px-2 py-1" />
        <p id="publicFactCheckUrl-help" className="text-sm text-stone-600">
          Where readers find your fact-checks: each article&apos;s ClaimReview points to this address followed by the article&apos;s slug.
          Not this app&apos;s address.
        </p>
        <FieldError id="publicFactCheckUrl-error" errors={errors.publicFactCheckUrl} />
      </div>
      <div className="flex items-start gap-2">
        <input id="allowSelfSignOff" name="allowSelfSignOff" type="checkbox" defaultChecked={current.allowSelfSignOff}
          key={`s-${current.allowSelfSignOff}`} className="mt-1" aria-describedby="allowSelfSignOff-help" />
        <div>
          <label htmlFor="allowSelfSignOff" className="text-sm font-medium">Let a reviewer sign off claims whose verdict they set</label>
          <p id="allowSelfSignOff-help" className="text-sm text-stone-600">
            For one-person desks. Off by default: a second pair of eyes checks every verdict. Changing this is recorded in the audit trail.
          </p>
        </div>
      </div>
      <RequireTwoFactorField isChecked={current.requireTwoFactorForReviewers} />
      {state && <p role="status" className={state.ok ? "text-sm text-emerald-800" : "text-sm text-red-700"}>{state.message}</p>}
      <button type="submit" disabled={isPending} className="rounded bg-stone-900 px-3 py-1.5 text-white disabled:opacity-60">
        {isPending ? "Saving…" : "Save settings"}
      </button>
    </form>
  );
}
