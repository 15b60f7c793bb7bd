"use server";

import { getActor } from "@/lib/auth/get-actor";
import type { DismissSuggestionInput } from "@/lib/schemas/suggestion";
import { dismissSuggestion } from "@/lib/server/suggestions/dismiss-suggestion";
import { runAction, type ActionResult } from "./action-result";

// No revalidatePath: the panel hides the dismissed suggestion in place, and
// other open review pages hear of it on the live stream.
export async function dismissSuggestionAction(input: DismissSuggestionInput): Promise<ActionResult> {
  return runAction(async () => dismissSuggestion({ actor: await getActor(), input }), "Suggestion dismissed.");
}
