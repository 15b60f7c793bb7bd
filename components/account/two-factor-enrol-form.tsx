"use client";

import { useRouter } from "next/navigation";
import { useActionState } from "react";
import { FieldError } from "@/components/field-error";
import { confirmTwoFactorAction } from "@/lib/actions/two-factor";
import { RecoveryCodesList } from "./recovery-codes-list";

export function TwoFactorEnrolForm({ pendingSecret }: { pendingSecret: string }) {
  const [state, formAction, isPending] = useActionState(confirmTwoFactorAction, null);
  const router = useRouter();
  if (state?.ok) {
    return (
      <div className="space-y-3">
        <p role="status" className="text-emerald-800">{state.message}</p>
        <RecoveryCodesList codes={state.data.recoveryCodes} />
        <button type="button" onClick={() => router.push("/")}
          className="rounded bg-stone-900 px-3 py-1.5 text-white">I have saved them</button>
      </div>
    );
  }
  const errors = state?.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <input type="hidden" name="pendingSecret" value={pendingSecret} />
      <div>
        <label htmlFor="code" className="block text-sm font-medium">Code from the app</label>
        <input id="code" name="code" inputMode="numeric" autoComplete="one-time-code" required
          defaultValue={state?.values?.code ?? ""} key={state?.values?.code ?? ""}
          aria-describedby={errors.code ? "code-error" : undefined}
          className="mt-1 w-40 rounded border border-stone-300 px-2 py-1 font-mono" />
        <FieldError id="code-error" errors={errors.code} />
      </div>
      {state && !state.ok && !errors.code && <p role="alert" className="text-sm text-red-700">{state.message}</p>}
      <button type="submit" disabled={isPending} className="rounded bg-stone-900 px-3 py-1.5 text-white disabled:opacity-60">
        {isPending ? "Checking…" : "Turn on two-factor sign-in"}
      </button>
    </form>
  );
}
