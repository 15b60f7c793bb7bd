"use client";

import { useState, useTransition } from "react";
import { ROLES } from "@/lib/domain/capabilities";
import Link from "next/link";
import { setUserDisabledAction, setUserRoleAction, signOutEverywhereAction, unlockSignInAction } from "@/lib/actions/users";

type Props = { user: { id: string; email: string; role: string; isDisabled: boolean; isSelf: boolean } };

export function UserRowActions({ user }: Props) {
  const [message, setMessage] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function run(action: () => Promise<{ ok: boolean; message?: string }>, success: string) {
    startTransition(async () => {
      const result = await action();
      setMessage(result.ok ? success : (result.message ?? "Failed."));
    });
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <label className="sr-only" htmlFor={`role-${user.id}`}>Role of {user.email}</label>
      <select
        id={`role-${user.id}`}
        defaultValue={user.role}
        disabled={isPending || user.isSelf}
        onChange={(event) => run(() => setUserRoleAction(user.id, event.target.value), "Role changed.")}
        className="rounded border border-stone-300 px-1 py-0.5"
      >
        {ROLES.map((role) => <option key={role} value={role}>{role}</option>)}
      </select>
      {!user.isSelf && (
        <button type="button" disabled={isPending} className="rounded border border-stone-300 px-2 py-0.5 hover:bg-stone-100"
          onClick={() => run(() => setUserDisabledAction(user.id, !user.isDisabled), user.isDisabled ? "Enabled." : "Disabled.")}>
          {user.isDisabled ? `Enable ${user.email}` : `Disable ${user.email}`}
        </button>
      )}
      <button type="button" disabled={isPending} className="rounded border border-stone-300 px-2 py-0.5 hover:bg-stone-100"
        onClick={() => run(() => signOutEverywhereAction(user.id), "Signed out everywhere.")}>
        Sign out everywhere
      </button>
      <button type="button" disabled={isPending} className="rounded border border-stone-300 px-2 py-0.5 hover:bg-stone-100"
        onClick={() => startTransition(async () => {
          const result = await unlockSignInAction(user.id);
          setMessage(!result.ok ? result.message : result.data.wasLocked ? "Sign-in unlocked." : "Sign-in was not locked.");
        })}>
        Unlock sign-in
      </button>
      <Link href={`/admin/users/${user.id}/sessions`} className="underline">Sessions<span className="sr-only"> of {user.email}</span></Link>
      {message && <span role="status" className="text-xs text-stone-600">{message}</span>}
    </div>
  );
}
