"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/get-actor";
import { createArticle, type CreatedArticle } from "@/lib/server/articles/create-article";
import { updateArticleDetails, type ArticleDetails } from "@/lib/server/articles/update-article-details";
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

/** The article details form on the edit page (useActionState). */
export async function updateArticleDetailsAction(_previous: unknown, form: FormData): Promise<ActionResult<ArticleDetails>> {
  const input = {
    articleId: String(form.get("articleId") ?? ""),
    headline: String(form.get("headline") ?? ""),
    byline: String(form.get("byline") ?? ""),
    publication: String(form.get("publication") ?? ""),
    originalUrl: String(form.get("originalUrl") ?? ""),
    publishedAt: String(form.get("publishedAt") ?? ""),
  };
  const result = await runAction(async () => updateArticleDetails({ actor: await getActor(), input }), "Details saved.");
  if (!result.ok) return { ...result, values: formValues(form) };
  revalidatePath(`/articles/${input.articleId}`, "layout");
  return result;
}
