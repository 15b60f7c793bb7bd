import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { isTwoFactorRequiredFor } from "@/lib/domain/totp/two-factor-policy";
import { getDeskSettings } from "@/lib/server/settings/get-desk-settings";

/**
 * Marks a session's actor who must enrol before doing anything else (the desk
 * requires two-factor for their role and they have not turned it on).
 * authorize() and can() refuse such an actor every capability, so every use
 * case refuses them without each remembering to; requireActor() sends them to
 * the enrolment page. Costs the settings read, and only for reviewers and
 * admins: whether two-factor is on comes with the session query (hasTwoFactor).
 */
export async function applyTwoFactorGate(actor: Actor): Promise<Actor> {
  if (!isTwoFactorRequiredFor(actor.role, { requireTwoFactorForReviewers: true })) return actor;
  const [settings, isOn] = await Promise.all([getDeskSettings(), actor.hasTwoFactor ?? readIsTwoFactorOn(actor.id)]);
  if (!isTwoFactorRequiredFor(actor.role, settings) || isOn) return actor;
  return { ...actor, mustEnrolTwoFactor: true };
}

async function readIsTwoFactorOn(userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { totpEnabledAt: true } });
  return Boolean(user?.totpEnabledAt);
}
