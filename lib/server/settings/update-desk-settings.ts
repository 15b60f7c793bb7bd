import "server-only";
import { db } from "@/lib/db";
import { diffFields } from "@/lib/domain/audit-diff";
import type { Actor } from "@/lib/domain/capabilities";
import { updateDeskSettingsSchema } from "@/lib/schemas/settings";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorize } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";
import { AppError } from "@/lib/errors";
import { findPublicUrlProblem } from "@/lib/domain/exports/public-url";
import { DESK_SETTINGS_SELECT, getDeskSettings, type DeskSettingsView } from "./get-desk-settings";

/**
 * Saves the desk settings. Relaxing the second-pair-of-eyes rule
 * (allowSelfSignOff) or the two-factor requirement for reviewers and admins
 * is audited like every other change.
 */
export async function updateDeskSettings(options: { actor: Actor | null; input: unknown }): Promise<DeskSettingsView> {
  const actor = authorize(options.actor, "settings:manage");
  const input = parseInput(updateDeskSettingsSchema, options.input);
  refusePrivateAddresses(input);
  return db.$transaction(async (tx) => {
    const before = await getDeskSettings(tx);
    const after = await tx.deskSettings.upsert({
      where: { id: 1 },
      create: { id: 1, ...input },
      update: input,
      select: DESK_SETTINGS_SELECT,
    });
    const change = diffFields(before, after);
    if (Object.keys(change.after).length === 0) return after;
    await recordAuditEvent(tx, {
      actor,
      action: "settings.update",
      entityType: "settings",
      entityId: "desk",
      ...change,
    });
    return after;
  });
}

/** The public addresses go into published ClaimReview: never this app, a localhost or a private host. */
function refusePrivateAddresses(input: { organisationUrl: string | null; publicFactCheckUrl?: string | null }) {
  const appOrigin = process.env.NEXTAUTH_URL ?? null;
  const fieldErrors: Record<string, string[]> = {};
  for (const field of ["organisationUrl", "publicFactCheckUrl"] as const) {
    const value = input[field];
    const problem = value ? findPublicUrlProblem(value, appOrigin) : null;
    if (problem) fieldErrors[field] = [problem];
  }
  if (Object.keys(fieldErrors).length > 0) {
    throw new AppError("VALIDATION", { userMessage: "Check the highlighted addresses.", fieldErrors });
  }
}
