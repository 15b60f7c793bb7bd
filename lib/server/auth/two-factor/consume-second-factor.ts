import "server-only";
import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { hashRecoveryCode, isRecoveryCodeShape } from "@/lib/domain/totp/recovery-codes";
import { checkTotpCode, isTotpCodeShape } from "@/lib/domain/totp/totp-codes";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { openStoredSecret } from "./sealed-secrets";

export type EnrolledUser = Actor & { totpSecret: string | null; totpLastUsedStep: number | null };

/**
 * Spends one second factor of `user`: a current TOTP code (its time step is
 * recorded, so the same code cannot be used again) or an unused recovery code
 * (marked used, audited). Both are conditional updates, so two requests racing
 * with one code cannot both win. Returns what was spent, or null.
 */
export async function consumeSecondFactor(
  tx: Tx,
  user: EnrolledUser,
  code: string,
  now: Date,
): Promise<"totp" | "recovery-code" | null> {
  if (isTotpCodeShape(code)) {
    const secret = user.totpSecret ? openStoredSecret(user.id, user.totpSecret) : null;
    if (!secret) return null;
    const check = await checkTotpCode({
      secret,
      code,
      epochSeconds: Math.floor(now.getTime() / 1000),
      lastUsedStep: user.totpLastUsedStep,
    });
    if (!check.isValid) return null;
    const { count } = await tx.user.updateMany({
      where: { id: user.id, OR: [{ totpLastUsedStep: null }, { totpLastUsedStep: { lt: check.timeStep } }] },
      data: { totpLastUsedStep: check.timeStep },
    });
    return count === 1 ? "totp" : null;
  }
  if (!isRecoveryCodeShape(code)) return null;
  const { count } = await tx.recoveryCode.updateMany({
    where: { userId: user.id, codeHash: hashRecoveryCode(code), usedAt: null },
    data: { usedAt: now },
  });
  if (count !== 1) return null;
  const left = await tx.recoveryCode.count({ where: { userId: user.id, usedAt: null } });
  await recordAuditEvent(tx, {
    actor: { id: user.id, email: user.email, name: user.name, role: user.role },
    action: "user.two-factor.recovery-code-use",
    entityType: "user",
    entityId: user.id,
    before: { recoveryCodesLeft: left + 1 },
    after: { recoveryCodesLeft: left },
  });
  return "recovery-code";
}

export const ENROLLED_USER_SELECT = {
  id: true,
  email: true,
  name: true,
  role: true,
  totpSecret: true,
  totpEnabledAt: true,
  totpLastUsedStep: true,
} as const;
