"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/get-actor";
import { importArticle } from "@/lib/server/articles/import-article";
import { importRevision } from "@/lib/server/articles/import-revision";
import type { SavedRevision } from "@/lib/server/articles/save-revision";
import { formValues, runAction, type ActionResult } from "./action-result";

async function toUpload(value: FormDataEntryValue | null) {
  if (!(value instanceof File) || value.size === 0) return null;
  return { fileName: value.name, contentType: value.type || undefined, bytes: new Uint8Array(await value.arrayBuffer()) };
}

export async function importArticleAction(_previous: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  const text = (key: string) => String(form.get(key) ?? "");
  const result = await runAction(async () =>
    importArticle({
      actor: await getActor(),
      file: await toUpload(form.get("file")),
      input: { headline: text("headline"), byline: text("byline"), publication: text("publication"), originalUrl: text("originalUrl"), publishedAt: text("publishedAt") },
    }),
  );
  if (!result.ok) return { ...result, values: formValues(form) };
  // The details read from the file are shown for checking before the desk starts.
  redirect(`/articles/${result.data.id}/edit?imported=1`);
}

export async function importRevisionAction(_previous: unknown, form: FormData): Promise<ActionResult<SavedRevision>> {
  const articleId = String(form.get("articleId") ?? "");
  const expectedVersion = Number(form.get("expectedVersion"));
  const result = await runAction(async () =>
    importRevision({
      actor: await getActor(),
      file: await toUpload(form.get("file")),
      input: { articleId, expectedVersion: Number.isInteger(expectedVersion) ? expectedVersion : undefined },
    }),
  );
  if (result.ok) revalidatePath(`/articles/${articleId}`, "layout");
  return result;
}
