import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { isTwoFactorRequiredFor } from "@/lib/domain/totp/two-factor-policy";
import { AppError } from "@/lib/errors";
import { disableTwoFactorSchema } from "@/lib/schemas/two-factor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { parseInput } from "@/lib/server/parse-input";
import { getDeskSettings } from "@/lib/server/settings/get-desk-settings";
import { authorizeOwnAccount } from "./authorize-own-account";
import { consumeSecondFactor, ENROLLED_USER_SELECT } from "./consume-second-factor";

/**
 * Turns two-factor sign-in off. Needs a current code (or a recovery code, for
 * someone who lost their phone and wants to enrol a new one): a session left
 * open on a shared computer is not enough.
 */
export async function disableTwoFactor(options: { actor: Actor | null; input: unknown; now?: Date }): Promise<void> {
  const actor = authorizeOwnAccount(options.actor);
  const input = parseInput(disableTwoFactorSchema, options.input);
  const now = options.now ?? new Date();
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: actor.id }, select: ENROLLED_USER_SELECT });
    if (!user?.totpEnabledAt) throw new AppError("CONFLICT", { userMessage: "Two-factor sign-in is already off." });
    if (isTwoFactorRequiredFor(user.role, await getDeskSettings(tx))) {
      throw new AppError("RULE_VIOLATION", { userMessage: "The desk requires two-factor sign-in for your role." });
    }
    const spent = await consumeSecondFactor(tx, user, input.code, now);
    if (!spent) {
      throw new AppError("VALIDATION", {
        userMessage: "Some fields need attention.",
        fieldErrors: { code: ["That code is not right, or was already used."] },
      });
    }
    await tx.user.update({
      where: { id: actor.id },
      data: { totpSecret: null, totpEnabledAt: null, totpLastUsedStep: null },
    });
    await tx.recoveryCode.deleteMany({ where: { userId: actor.id } });
    await recordAuditEvent(tx, {
      actor,
      action: "user.two-factor.disable",
      entityType: "user",
      entityId: actor.id,
      before: { twoFactor: true },
      after: { twoFactor: false },
      reason: spent === "recovery-code" ? "confirmed with a recovery code" : null,
    });
  });
}
