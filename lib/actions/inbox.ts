"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { markAllNotificationsRead } from "@/lib/server/inbox/mark-all-notifications-read";
import { markNotificationRead } from "@/lib/server/inbox/mark-notification-read";
import { runAction, type ActionResult } from "./action-result";

export async function markNotificationReadAction(notificationId: string): Promise<ActionResult<{ isMarked: boolean }>> {
  const result = await runAction(async () => markNotificationRead({ actor: await getActor(), input: { notificationId } }));
  if (result.ok) revalidatePath("/inbox");
  return result;
}

export async function markAllNotificationsReadAction(): Promise<ActionResult<{ marked: number }>> {
  const result = await runAction(async () => markAllNotificationsRead({ actor: await getActor() }));
  if (result.ok) revalidatePath("/inbox");
  return result;
}
