import "server-only";
import { db } from "@/lib/db";
import { diffFields } from "@/lib/domain/audit-diff";
import type { Actor } from "@/lib/domain/capabilities";
import { updateDeskSettingsSchema } from "@/lib/schemas/settings";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorize } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";
import { DESK_SETTINGS_SELECT, getDeskSettings, type DeskSettingsView } from "./get-desk-settings";

/**
 * Saves the desk settings. Relaxing the second-pair-of-eyes rule
 * (allowSelfSignOff) or the two-factor requirement for reviewers and admins
 * is audited like every other change.
 */
export async function updateDeskSettings(options: { actor: Actor | null; input: unknown }): Promise<DeskSettingsView> {
  const actor = authorize(options.actor, "settings:manage");
  const input = parseInput(updateDeskSettingsSchema, options.input);
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
