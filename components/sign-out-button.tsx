"use client";

import { signOut } from "next-auth/react";

// next-auth's sign-out runs events.signOut on the server (lib/auth/auth-options.ts),
// which revokes this browser's session record before the cookie is cleared.
export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/login" })}
      className="rounded border border-stone-300 px-3 py-1 text-sm hover:bg-stone-100"
    >
      Sign out
    </button>
  );
}
