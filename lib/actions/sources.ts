"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import type { CreateSourceInput, LinkSourceInput } from "@/lib/schemas/source";
import { createSource } from "@/lib/server/sources/create-source";
import { linkSource } from "@/lib/server/sources/link-source";
import { searchSources } from "@/lib/server/sources/search-sources";
import type { SourceView } from "@/lib/server/sources/source-view";
import { unlinkSource } from "@/lib/server/sources/unlink-source";
import { runAction, withoutArticleId, formValues, type ActionResult } from "./action-result";
import { addEvidence, type EvidenceView } from "@/lib/server/sources/add-evidence";
import { mergeSources, type MergedSources } from "@/lib/server/sources/merge-sources";
import { updateSource } from "@/lib/server/sources/update-source";

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

const text = (form: FormData, key: string) => String(form.get(key) ?? "");

/** The edit form on a source's page (useActionState). */
export async function updateSourceAction(_previous: unknown, form: FormData): Promise<ActionResult<SourceView>> {
  const input = {
    sourceId: text(form, "sourceId"), url: text(form, "url"), title: text(form, "title"), publisher: text(form, "publisher"),
    kind: text(form, "kind"), accessedAt: text(form, "accessedAt"),
  };
  const result = await runAction(async () => updateSource({ actor: await getActor(), input }), "Source saved.");
  if (!result.ok) return { ...result, values: formValues(form) };
  revalidatePath("/sources", "layout");
  return result;
}

/** Attaches a file or a pasted excerpt to a source as evidence. */
export async function addEvidenceAction(_previous: unknown, form: FormData): Promise<ActionResult<EvidenceView>> {
  const upload = form.get("file");
  const file = upload instanceof File && upload.size > 0 ? { fileName: upload.name, bytes: new Uint8Array(await upload.arrayBuffer()) } : null;
  const input = { sourceId: text(form, "sourceId"), excerpt: text(form, "excerpt"), capturedAt: text(form, "capturedAt") };
  const result = await runAction(async () => addEvidence({ actor: await getActor(), input, file }), "Evidence saved.");
  if (!result.ok) return { ...result, values: formValues(form) };
  revalidatePath("/sources", "layout");
  revalidatePath("/articles", "layout");
  return result;
}

/** Merges the chosen duplicate into the source whose page this is. */
export async function mergeSourcesAction(_previous: unknown, form: FormData): Promise<ActionResult<MergedSources>> {
  const input = { keepSourceId: text(form, "keepSourceId"), mergeSourceId: text(form, "mergeSourceId") };
  const result = await runAction(async () => mergeSources({ actor: await getActor(), input }), "Sources merged: every citation now points here.");
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
