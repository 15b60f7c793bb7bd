"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import type { DismissSuggestionInput } from "@/lib/schemas/suggestion";
import { dismissSuggestion } from "@/lib/server/suggestions/dismiss-suggestion";
import { runAction, type ActionResult } from "./action-result";

export async function dismissSuggestionAction(input: DismissSuggestionInput & { articleId: string }): Promise<ActionResult> {
  const { articleId, ...rest } = input;
  const result = await runAction(async () => dismissSuggestion({ actor: await getActor(), input: rest }), "Suggestion dismissed.");
  if (result.ok) revalidatePath(`/articles/${articleId}`);
  return result;
}
