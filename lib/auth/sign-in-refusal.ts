import type { AppError } from "@/lib/errors";

// A throttled sign-in travels from authorize() to the login form and the API as
// next-auth's `?error=` value: "TooManyAttempts:<seconds>" or "SignInBusy:<seconds>".
// Not server-only: the login form decodes it too.

export type SignInRefusal = { reason: "locked" | "busy"; retryAfterSeconds: number };

const CODES = { locked: "TooManyAttempts", busy: "SignInBusy" } as const;

export function encodeSignInRefusal(error: AppError): string {
  const details = (error.details ?? {}) as { retryAfterSeconds?: number; reason?: string };
  const reason = details.reason === "busy" ? "busy" : "locked";
  return `${CODES[reason]}:${Math.max(1, Math.ceil(details.retryAfterSeconds ?? 60))}`;
}

export function decodeSignInRefusal(code: string | null | undefined): SignInRefusal | null {
  const match = /^(TooManyAttempts|SignInBusy):(\d+)$/.exec(code ?? "");
  if (!match) return null;
  return { reason: match[1] === "SignInBusy" ? "busy" : "locked", retryAfterSeconds: Number(match[2]) };
}
