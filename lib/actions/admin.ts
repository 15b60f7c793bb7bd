"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/server/api-tokens/revoke-api-token";
import type { DeskSettingsView } from "@/lib/server/settings/get-desk-settings";
import { updateDeskSettings } from "@/lib/server/settings/update-desk-settings";
import { formValues, runAction, type ActionResult } from "./action-result";

export async function updateDeskSettingsAction(_previous: unknown, form: FormData): Promise<ActionResult<DeskSettingsView>> {
  const input = {
    allowSelfSignOff: form.get("allowSelfSignOff") === "on",
    requireTwoFactorForReviewers: form.get("requireTwoFactorForReviewers") === "on",
    organisationName: String(form.get("organisationName") ?? ""),
    organisationUrl: String(form.get("organisationUrl") ?? ""),
    // Absent from the form: left as it is (a form that does not show it cannot clear it).
    publicFactCheckUrl: form.has("publicFactCheckUrl") ? String(form.get("publicFactCheckUrl")) : undefined,
  };
  const result = await runAction(async () => updateDeskSettings({ actor: await getActor(), input }), "Settings saved.");
  if (!result.ok) return { ...result, values: formValues(form) };
  revalidatePath("/admin/settings");
  return result;
}

export async function createApiTokenAction(
  _previous: unknown,
  form: FormData,
): Promise<ActionResult<{ id: string; name: string; token: string }>> {
  const input = { name: String(form.get("name") ?? ""), userId: String(form.get("userId") ?? "") };
  const result = await runAction(async () => createApiToken({ actor: await getActor(), input }), "Token created.");
  if (!result.ok) return { ...result, values: formValues(form) };
  revalidatePath("/admin/tokens");
  return result;
}

export async function revokeApiTokenAction(tokenId: string): Promise<ActionResult> {
  const result = await runAction(async () => revokeApiToken({ actor: await getActor(), input: { tokenId } }), "Token revoked.");
  if (result.ok) revalidatePath("/admin/tokens");
  return result;
}
