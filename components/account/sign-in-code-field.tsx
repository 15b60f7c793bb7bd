import { SIGN_IN_CODE_REQUIRED, SIGN_IN_CODE_WRONG } from "@/lib/domain/totp/sign-in-errors";

/**
 * What the login form shows after signIn() failed: a two-factor error keeps
 * the code field open with its own message; anything else is the one generic
 * message that does not reveal whether the email exists.
 */
export function describeSignInError(error: string | null | undefined, genericMessage: string) {
  if (error === SIGN_IN_CODE_REQUIRED) {
    return { needsCode: true, message: "Enter the code from your authenticator app, or a recovery code." };
  }
  if (error === SIGN_IN_CODE_WRONG) {
    return { needsCode: true, message: "That code is not right, or was already used. Type the code your app shows now." };
  }
  return { needsCode: false, message: genericMessage };
}

export function SignInCodeField() {
  return (
    <div>
      <label htmlFor="code" className="block text-sm font-medium">Two-factor code</label>
      <input id="code" name="code" autoComplete="one-time-code" required autoFocus
        aria-describedby="code-help login-error"
        className="mt-1 w-full rounded border border-stone-300 px-3 py-2 font-mono" />
      <p id="code-help" className="mt-1 text-sm text-stone-600">Six digits from your app, or one of your recovery codes.</p>
    </div>
  );
}
