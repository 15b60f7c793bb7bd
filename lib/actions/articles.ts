"use server";

import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/get-actor";
import { createArticle, type CreatedArticle } from "@/lib/server/articles/create-article";
import { formValues, runAction, type ActionResult } from "./action-result";

/** The "new article" form (useActionState): on success, opens the review page. */
export async function createArticleAction(_previous: unknown, form: FormData): Promise<ActionResult<CreatedArticle>> {
  const input = {
    headline: String(form.get("headline") ?? ""),
    byline: String(form.get("byline") ?? ""),
    publication: String(form.get("publication") ?? ""),
    originalUrl: String(form.get("originalUrl") ?? ""),
    publishedAt: String(form.get("publishedAt") ?? ""),
    text: String(form.get("text") ?? ""),
  };
  const result = await runAction(async () => createArticle({ actor: await getActor(), input }));
  if (!result.ok) return { ...result, values: formValues(form) };
  redirect(`/articles/${result.data.id}`);
}
