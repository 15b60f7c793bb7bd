"use client";

import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { describeSignInError, SignInCodeField } from "@/components/account/sign-in-code-field";

// One message for every failure: it must not reveal whether the email exists.
const GENERIC_ERROR = "That email and password do not match an active account.";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [error, setError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);
  const [needsCode, setNeedsCode] = useState(false); // two-factor (branch totp)

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setIsPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      code: String(form.get("code") ?? ""), // two-factor (branch totp)
      redirect: false,
    });
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);
      return;
    }
    setIsPending(false);
    // Two-factor (branch totp): "code needed" / "wrong code" keep the code field open.
    const failure = describeSignInError(result?.error, GENERIC_ERROR);
    setNeedsCode(failure.needsCode);
    setError(failure.message);
  }

  return (
    <form onSubmit={handleSubmit} className="space-y-4" aria-describedby={error ? "login-error" : undefined}>
      <div>
        <label htmlFor="email" className="block text-sm font-medium">Email</label>
        <input id="email" name="email" type="email" autoComplete="username" required
          className="mt-1 w-full rounded border border-stone-300 px-3 py-2" />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">Password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required
          className="mt-1 w-full rounded border border-stone-300 px-3 py-2" />
      </div>
      {needsCode && <SignInCodeField />}
      {error && (
        <p id="login-error" role="alert" className="rounded bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      )}
      <button type="submit" disabled={isPending}
        className="w-full rounded bg-stone-900 px-4 py-2 font-medium text-white hover:bg-stone-700 disabled:opacity-60">
        {isPending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
