import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { createRecoveryCodes, hashRecoveryCode } from "@/lib/domain/totp/recovery-codes";
import { checkTotpCode } from "@/lib/domain/totp/totp-codes";
import { AppError } from "@/lib/errors";
import { confirmTwoFactorSchema } from "@/lib/schemas/two-factor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { parseInput } from "@/lib/server/parse-input";
import { authorizeOwnAccount } from "./authorize-own-account";
import { openPendingSecret, sealStoredSecret } from "./sealed-secrets";

/**
 * Turns two-factor sign-in on once the person proves their app has the secret
 * (a current code). Returns the recovery codes: the only time they exist in
 * plain text.
 */
export async function confirmTwoFactorEnrolment(options: {
  actor: Actor | null;
  input: unknown;
  now?: Date;
}): Promise<{ recoveryCodes: string[] }> {
  const actor = authorizeOwnAccount(options.actor);
  const input = parseInput(confirmTwoFactorSchema, options.input);
  const now = options.now ?? new Date();
  const secret = openPendingSecret(actor.id, input.pendingSecret, now);
  if (!secret) {
    throw new AppError("VALIDATION", {
      userMessage: "This set-up has expired. Reload the page and scan the new code.",
      fieldErrors: { code: ["This set-up has expired. Reload the page and scan the new code."] },
    });
  }
  const check = await checkTotpCode({ secret, code: input.code, epochSeconds: Math.floor(now.getTime() / 1000) });
  if (!check.isValid) {
    throw new AppError("VALIDATION", {
      userMessage: "Some fields need attention.",
      fieldErrors: { code: ["That code is not right. Check your phone's clock and type the code it shows now."] },
    });
  }
  const recoveryCodes = createRecoveryCodes();
  await db.$transaction(async (tx) => {
    // Conditional on "not on yet": a second tab confirming later cannot swap the secret.
    const { count } = await tx.user.updateMany({
      where: { id: actor.id, totpEnabledAt: null },
      data: { totpSecret: sealStoredSecret(actor.id, secret), totpEnabledAt: now, totpLastUsedStep: check.timeStep },
    });
    if (count !== 1) throw new AppError("CONFLICT", { userMessage: "Two-factor sign-in is already on." });
    await tx.recoveryCode.deleteMany({ where: { userId: actor.id } });
    await tx.recoveryCode.createMany({
      data: recoveryCodes.map((code) => ({ userId: actor.id, codeHash: hashRecoveryCode(code) })),
    });
    await recordAuditEvent(tx, {
      actor,
      action: "user.two-factor.enable",
      entityType: "user",
      entityId: actor.id,
      before: { twoFactor: false },
      after: { twoFactor: true, recoveryCodesLeft: recoveryCodes.length },
    });
  });
  return { recoveryCodes };
}
