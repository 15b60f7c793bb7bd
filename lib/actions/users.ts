"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { createUser, type PublicUser } from "@/lib/server/users/create-user";
import { setUserDisabled } from "@/lib/server/users/set-user-disabled";
import { setUserRole } from "@/lib/server/users/set-user-role";
import { signOutEverywhere } from "@/lib/server/users/sign-out-everywhere";
import { unlockSignIn } from "@/lib/server/users/unlock-sign-in";
import { formValues, runAction, type ActionResult } from "./action-result";

export async function createUserAction(_previous: unknown, form: FormData): Promise<ActionResult<PublicUser>> {
  const result = await runAction(async () =>
    createUser({
      actor: await getActor(),
      input: {
        email: String(form.get("email") ?? ""),
        name: String(form.get("name") ?? ""),
        role: String(form.get("role") ?? ""),
        password: String(form.get("password") ?? ""),
      },
    }),
  "User created.");
  if (!result.ok) return { ...result, values: formValues(form) };
  revalidatePath("/admin/users");
  return result;
}

export async function setUserDisabledAction(userId: string, isDisabled: boolean): Promise<ActionResult> {
  const result = await runAction(async () => setUserDisabled({ actor: await getActor(), input: { userId, isDisabled } }));
  if (result.ok) revalidatePath("/admin/users");
  return result;
}

export async function setUserRoleAction(userId: string, role: string): Promise<ActionResult> {
  const result = await runAction(async () => setUserRole({ actor: await getActor(), input: { userId, role } }));
  if (result.ok) revalidatePath("/admin/users");
  return result;
}

export async function signOutEverywhereAction(userId: string): Promise<ActionResult> {
  const result = await runAction(async () => signOutEverywhere({ actor: await getActor(), userId }));
  if (result.ok) revalidatePath("/admin/users");
  return result;
}

export async function unlockSignInAction(userId: string): Promise<ActionResult<{ wasLocked: boolean }>> {
  const result = await runAction(async () => unlockSignIn({ actor: await getActor(), input: { userId } }));
  if (result.ok) revalidatePath("/admin/users");
  return result;
}
