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
 * the enrolment page. Costs one read, and only for reviewers and admins.
 */
export async function applyTwoFactorGate(actor: Actor): Promise<Actor> {
  if (!isTwoFactorRequiredFor(actor.role, { requireTwoFactorForReviewers: true })) return actor;
  const [settings, user] = await Promise.all([
    getDeskSettings(),
    db.user.findUnique({ where: { id: actor.id }, select: { totpEnabledAt: true } }),
  ]);
  if (!isTwoFactorRequiredFor(actor.role, settings) || user?.totpEnabledAt) return actor;
  return { ...actor, mustEnrolTwoFactor: true };
}
