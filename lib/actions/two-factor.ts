"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { confirmTwoFactorEnrolment } from "@/lib/server/auth/two-factor/confirm-two-factor-enrolment";
import { disableTwoFactor } from "@/lib/server/auth/two-factor/disable-two-factor";
import { formValues, runAction, type ActionResult } from "./action-result";

export async function confirmTwoFactorAction(
  _previous: unknown,
  form: FormData,
): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  const input = { pendingSecret: String(form.get("pendingSecret") ?? ""), code: String(form.get("code") ?? "") };
  const result = await runAction(
    async () => confirmTwoFactorEnrolment({ actor: await getActor(), input }),
    "Two-factor sign-in is on.",
  );
  if (!result.ok) return { ...result, values: formValues(form) };
  // No revalidatePath: a re-render would swap this form for the "on" view and
  // lose the recovery codes, which exist only in this response.
  return result;
}

export async function disableTwoFactorAction(_previous: unknown, form: FormData): Promise<ActionResult> {
  const input = { code: String(form.get("code") ?? "") };
  const result = await runAction(async () => disableTwoFactor({ actor: await getActor(), input }), "Two-factor sign-in is off.");
  if (!result.ok) return { ...result, values: formValues(form) };
  revalidatePath("/account/two-factor");
  return result;
}
