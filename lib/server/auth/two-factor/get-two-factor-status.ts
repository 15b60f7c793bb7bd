import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { isTwoFactorRequiredFor } from "@/lib/domain/totp/two-factor-policy";
import { getDeskSettings } from "@/lib/server/settings/get-desk-settings";
import { authorizeOwnAccount } from "./authorize-own-account";

export type TwoFactorStatus = {
  isEnabled: boolean;
  enabledAt: Date | null;
  recoveryCodesLeft: number;
  /** The desk requires it for this person's role (so it cannot be turned off). */
  isRequired: boolean;
};

/** The signed-in person's own two-factor state, for the account page. */
export async function getTwoFactorStatus(options: { actor: Actor | null }): Promise<TwoFactorStatus> {
  const actor = authorizeOwnAccount(options.actor);
  const [user, recoveryCodesLeft, settings] = await Promise.all([
    db.user.findUnique({ where: { id: actor.id }, select: { totpEnabledAt: true } }),
    db.recoveryCode.count({ where: { userId: actor.id, usedAt: null } }),
    getDeskSettings(),
  ]);
  const enabledAt = user?.totpEnabledAt ?? null;
  return {
    isEnabled: enabledAt !== null,
    enabledAt,
    recoveryCodesLeft: enabledAt ? recoveryCodesLeft : 0,
    isRequired: isTwoFactorRequiredFor(actor.role, settings),
  };
}
