"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { endOtherSessions } from "@/lib/server/users/end-other-sessions";
import { endUserSession } from "@/lib/server/users/end-user-session";
import { runAction, type ActionResult } from "./action-result";

export async function endSessionAction(sessionId: string): Promise<ActionResult> {
  const result = await runAction(async () => endUserSession({ actor: await getActor(), input: { sessionId } }), "Session ended.");
  if (result.ok) {
    revalidatePath("/account/sessions");
    revalidatePath("/admin/users");
  }
  return result;
}

export async function endOtherSessionsAction(): Promise<ActionResult<{ ended: number }>> {
  const result = await runAction(async () => endOtherSessions({ actor: await getActor() }));
  if (result.ok) revalidatePath("/account/sessions");
  return result;
}
