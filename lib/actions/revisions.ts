"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import type { SaveRevisionInput } from "@/lib/schemas/revision";
import { saveRevision, type SavedRevision } from "@/lib/server/articles/save-revision";
import { runAction, type ActionResult } from "./action-result";

export async function saveRevisionAction(input: SaveRevisionInput): Promise<ActionResult<SavedRevision>> {
  const result = await runAction(async () => saveRevision({ actor: await getActor(), input, via: "editor" }));
  if (result.ok) revalidatePath(`/articles/${input.articleId}`, "layout");
  return result;
}
