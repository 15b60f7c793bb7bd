// Enrols a test user in two-factor sign-in through the real use cases, at a
// fixed time, and hands back what the person would have: the secret and codes.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { generateTotpCode } from "@/lib/domain/totp/totp-codes";
import { confirmTwoFactorEnrolment } from "@/lib/server/auth/two-factor/confirm-two-factor-enrolment";
import { startTwoFactorEnrolment } from "@/lib/server/auth/two-factor/start-two-factor-enrolment";

// A fixed instant, mid-step, so "the next step" is 30 seconds on.
export const ENROLLED_AT = new Date("2026-12-01T12:00:10Z");

export function secondsOf(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

export async function enrolTwoFactor(actor: Actor, now = ENROLLED_AT) {
  const enrolment = await startTwoFactorEnrolment({ actor, now });
  const code = await generateTotpCode(enrolment.secret, secondsOf(now));
  const { recoveryCodes } = await confirmTwoFactorEnrolment({
    actor,
    input: { pendingSecret: enrolment.pendingSecret, code },
    now,
  });
  return { secret: enrolment.secret, recoveryCodes, enrolmentCode: code };
}

/** The code the person's app shows `offsetSeconds` after `from`. */
export async function codeAt(secret: string, from: Date, offsetSeconds: number): Promise<string> {
  return generateTotpCode(secret, secondsOf(from) + offsetSeconds);
}

export function later(from: Date, seconds: number): Date {
  return new Date(from.getTime() + seconds * 1000);
}

/** Puts an account back to "two-factor off", for tests that reuse one actor across rows. */
export async function resetTwoFactor(userId: string): Promise<void> {
  await db.recoveryCode.deleteMany({ where: { userId } });
  await db.user.update({ where: { id: userId }, data: { totpSecret: null, totpEnabledAt: null, totpLastUsedStep: null } });
}
