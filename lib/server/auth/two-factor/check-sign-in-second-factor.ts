import "server-only";
import { db } from "@/lib/db";
import { SIGN_IN_CODE_REQUIRED, SIGN_IN_CODE_WRONG } from "@/lib/domain/totp/sign-in-errors";
import { consumeSecondFactor, ENROLLED_USER_SELECT } from "./consume-second-factor";

export type SecondFactorOutcome = "not-enrolled" | "accepted" | "code-required" | "wrong-code";

/** The second step of sign-in, after the password matched. */
export async function checkSignInSecondFactor(userId: string, code: string, now = new Date()): Promise<SecondFactorOutcome> {
  const user = await db.user.findUnique({ where: { id: userId }, select: ENROLLED_USER_SELECT });
  if (!user?.totpEnabledAt) return "not-enrolled";
  const typed = code.slice(0, 100).trim();
  if (!typed) return "code-required";
  const spent = await db.$transaction((tx) => consumeSecondFactor(tx, user, typed, now));
  return spent ? "accepted" : "wrong-code";
}

/**
 * For next-auth's authorize(): returns when the user may sign in, throws an
 * error next-auth passes to the login form as result.error otherwise.
 */
export async function requireSignInSecondFactor(userId: string, code: string): Promise<void> {
  const outcome = await checkSignInSecondFactor(userId, code);
  if (outcome === "code-required") throw new Error(SIGN_IN_CODE_REQUIRED);
  if (outcome === "wrong-code") throw new Error(SIGN_IN_CODE_WRONG);
}
