"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import type { CreateSourceInput, LinkSourceInput } from "@/lib/schemas/source";
import { createSource } from "@/lib/server/sources/create-source";
import { linkSource } from "@/lib/server/sources/link-source";
import { searchSources } from "@/lib/server/sources/search-sources";
import type { SourceView } from "@/lib/server/sources/source-view";
import { unlinkSource } from "@/lib/server/sources/unlink-source";
import { runAction, withoutArticleId, type ActionResult } from "./action-result";

export async function createSourceAction(input: CreateSourceInput): Promise<ActionResult<SourceView>> {
  const result = await runAction(async () => createSource({ actor: await getActor(), input }), "Source added to the library.");
  if (result.ok) revalidatePath("/sources");
  return result;
}

export async function searchSourcesAction(query: string): Promise<ActionResult<SourceView[]>> {
  return runAction(async () => (await searchSources({ actor: await getActor(), input: { query, limit: 20 } })).sources);
}

export async function linkSourceAction(
  input: LinkSourceInput & { articleId: string },
): Promise<ActionResult<{ id: string }>> {
  const rest = withoutArticleId(input);
  return runAction(async () => linkSource({ actor: await getActor(), input: rest }), "Source attached.");
}

export async function unlinkSourceAction(input: { claimSourceId: string; articleId: string }): Promise<ActionResult> {
  return runAction(
    async () => unlinkSource({ actor: await getActor(), input: { claimSourceId: input.claimSourceId } }),
    "Source removed.",
  );
}
