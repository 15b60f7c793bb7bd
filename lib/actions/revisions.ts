"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import type { SaveRevisionInput } from "@/lib/schemas/revision";
import { applyCorrections } from "@/lib/server/articles/apply-corrections";
import { saveRevision, type SavedRevision } from "@/lib/server/articles/save-revision";
import { runAction, type ActionResult } from "./action-result";

export async function saveRevisionAction(input: SaveRevisionInput): Promise<ActionResult<SavedRevision>> {
  const result = await runAction(async () => saveRevision({ actor: await getActor(), input, via: "editor" }));
  if (result.ok) revalidatePath(`/articles/${input.articleId}`, "layout");
  return result;
}

/** "Apply corrections": one new revision with every correction written into the text. */
export async function applyCorrectionsAction(input: { articleId: string; expectedVersion?: number }): Promise<ActionResult<SavedRevision>> {
  const result = await runAction(async () => applyCorrections({ actor: await getActor(), input }));
  if (result.ok) revalidatePath(`/articles/${input.articleId}`, "layout");
  return result;
}
