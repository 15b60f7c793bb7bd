import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { buildOtpauthUri, createTotpSecret } from "@/lib/domain/totp/totp-codes";
import { AppError } from "@/lib/errors";
import { authorizeOwnAccount } from "./authorize-own-account";
import { sealPendingSecret } from "./sealed-secrets";

export type TwoFactorEnrolment = { secret: string; otpauthUri: string; pendingSecret: string };

/**
 * A fresh secret to enrol, for the set-up page. Writes nothing: the secret goes
 * back sealed in the form and is stored only when a code confirms it
 * (confirm-two-factor-enrolment.ts).
 */
export async function startTwoFactorEnrolment(options: { actor: Actor | null; now?: Date }): Promise<TwoFactorEnrolment> {
  const actor = authorizeOwnAccount(options.actor);
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { totpEnabledAt: true } });
  if (user?.totpEnabledAt) throw new AppError("CONFLICT", { userMessage: "Two-factor sign-in is already on." });
  const secret = createTotpSecret();
  return {
    secret,
    otpauthUri: buildOtpauthUri({ issuer: "factdesk", accountName: actor.email, secret }),
    pendingSecret: sealPendingSecret(actor.id, secret, options.now),
  };
}
