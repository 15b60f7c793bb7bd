"use client";

import { useActionState } from "react";
import { FieldError } from "@/components/field-error";
import { createUserAction } from "@/lib/actions/users";
import { ROLES } from "@/lib/domain/capabilities";

export function CreateUserForm() {
  const [state, formAction, isPending] = useActionState(createUserAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? (state.values ?? {}) : {};
  const described = (field: string) => (errors[field] ? `new-user-${field}-error` : undefined);
  return (
    <form action={formAction} className="max-w-md space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <h2 className="font-semibold">Add a user</h2>
      {(["name", "email", "password"] as const).map((field) => (
        <div key={field}>
          <label htmlFor={`new-user-${field}`} className="block text-sm font-medium capitalize">{field}</label>
          <input id={`new-user-${field}`} name={field} required
            key={`${field}-${values[field] ?? ""}`} defaultValue={values[field]}
            type={field === "password" ? "password" : field === "email" ? "email" : "text"}
            autoComplete={field === "password" ? "new-password" : "off"}
            aria-invalid={Boolean(errors[field])} aria-describedby={described(field)}
            className="mt-1 w-full rounded border border-stone-300 px-2 py-1" />
          <FieldError id={`new-user-${field}-error`} errors={errors[field]} />
        </div>
      ))}
      <div>
        <label htmlFor="new-user-role" className="block text-sm font-medium">Role</label>
        <select id="new-user-role" name="role" defaultValue="editor" className="mt-1 rounded border border-stone-300 px-2 py-1">
          {ROLES.map((role) => <option key={role} value={role}>{role}</option>)}
        </select>
      </div>
      {state && <p role="status" className={state.ok ? "text-sm text-emerald-800" : "text-sm text-red-700"}>{state.message}</p>}
      <button type="submit" disabled={isPending} className="rounded bg-stone-900 px-3 py-1.5 text-white disabled:opacity-60">
        {isPending ? "Adding…" : "Add user"}
      </button>
    </form>
  );
}
