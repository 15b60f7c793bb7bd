"use client";

import { useActionState } from "react";
import { FieldError } from "@/components/field-error";
import { disableTwoFactorAction } from "@/lib/actions/two-factor";

export function TwoFactorDisableForm() {
  const [state, formAction, isPending] = useActionState(disableTwoFactorAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={formAction} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <div>
        <label htmlFor="disable-code" className="block text-sm font-medium">Current code or a recovery code</label>
        <input id="disable-code" name="code" autoComplete="one-time-code" required
          defaultValue={values?.code ?? ""} key={values?.code ?? ""}
          aria-describedby={errors.code ? "disable-code-error" : undefined}
          className="mt-1 w-64 rounded border border-stone-300 px-2 py-1 font-mono" />
        <FieldError id="disable-code-error" errors={errors.code} />
      </div>
      {state && !errors.code && (
        <p role="status" className={state.ok ? "text-sm text-emerald-800" : "text-sm text-red-700"}>{state.message}</p>
      )}
      <button type="submit" disabled={isPending} className="rounded border border-red-700 px-3 py-1.5 text-red-800 disabled:opacity-60">
        {isPending ? "Turning off…" : "Turn off two-factor sign-in"}
      </button>
    </form>
  );
}
