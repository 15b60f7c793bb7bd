"use client";

import { useActionState } from "react";
import { FieldError } from "@/components/field-error";
import { createApiTokenAction } from "@/lib/actions/admin";

export function CreateApiTokenForm({ users }: { users: { id: string; label: string }[] }) {
  const [state, formAction, isPending] = useActionState(createApiTokenAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={formAction} className="max-w-xl space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <h2 className="font-semibold">New token</h2>
      <div>
        <label htmlFor="token-name" className="block text-sm font-medium">Name</label>
        <input id="token-name" name="name" key={`n-${values?.name ?? ""}`} defaultValue={values?.name}
          aria-describedby={errors.name ? "token-name-error" : undefined}
          className="mt-1 w-full rounded border border-stone-300 px-2 py-1" />
        <FieldError id="token-name-error" errors={errors.name} />
      </div>
      <div>
        <label htmlFor="token-user" className="block text-sm font-medium">Acts as</label>
        <select id="token-user" name="userId" key={`u-${values?.userId ?? ""}`} defaultValue={values?.userId}
          aria-describedby={errors.userId ? "token-user-error" : undefined}
          className="mt-1 w-full rounded border border-stone-300 px-2 py-1">
          {users.map((user) => <option key={user.id} value={user.id}>{user.label}</option>)}
        </select>
        <FieldError id="token-user-error" errors={errors.userId} />
      </div>
      {state?.ok && (
        <div role="status" className="rounded bg-emerald-50 p-2 text-sm">
          <p>Token created. Copy it now; it is not shown again:</p>
          <code data-testid="new-token" className="block break-all font-mono">{state.data.token}</code>
        </div>
      )}
      {state && !state.ok && <p role="alert" className="text-sm text-red-700">{state.message}</p>}
      <button type="submit" disabled={isPending} className="rounded bg-stone-900 px-3 py-1.5 text-white disabled:opacity-60">
        {isPending ? "Creating…" : "Create token"}
      </button>
    </form>
  );
}
