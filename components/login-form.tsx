"use client";

import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { SIGN_IN_UNAVAILABLE_MESSAGE } from "@/lib/auth/sign-in-errors";
import { decodeSignInRefusal } from "@/lib/auth/sign-in-refusal";
import { describeRetry } from "@/lib/domain/auth/sign-in-throttle";
import { describeSignInError, SignInCodeField } from "@/components/account/sign-in-code-field";

// One message for every failure: it must not reveal whether the email exists.
const GENERIC_ERROR = "That email and password do not match an active account.";

// next-auth reports "CredentialsSignin" only when the check ran and said no. A
// throttle says when to try again (a lockout applies to whatever email was typed,
// known or not, so saying so reveals nothing). An outage (SIGN_IN_UNAVAILABLE,
// from auth-options.ts) or any other server failure is not a wrong password:
// saying so would have people reset a good one.
function describeFailure(code: string | null | undefined): string {
  const refusal = decodeSignInRefusal(code);
  if (refusal?.reason === "busy") return `Sign-in is busy; try again in ${refusal.retryAfterSeconds} seconds.`;
  if (refusal) return describeRetry(refusal.retryAfterSeconds);
  return code === "CredentialsSignin" ? GENERIC_ERROR : SIGN_IN_UNAVAILABLE_MESSAGE;
}

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
    }).catch(() => undefined);
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);
      return;
    }
    setIsPending(false);
    // Two-factor: "code needed" / "wrong code" keep the code field open; anything else is describeFailure's.
    const failure = describeSignInError(result?.error, describeFailure(result?.error));
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
