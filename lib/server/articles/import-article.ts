import "server-only";
import type { Actor } from "@/lib/domain/capabilities";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/server/authorize";
import { createArticle, type CreatedArticle } from "./create-article";
import { readArticleFile, type UploadedFile } from "./read-article-file";

/**
 * A new article from an uploaded .txt, .md, .html or .docx. The headline and
 * byline come from the file unless the user typed them.
 */
export async function importArticle(options: {
  actor: Actor | null;
  file: UploadedFile | null;
  input: { headline?: string; byline?: string; publication?: string; originalUrl?: string; publishedAt?: string };
}): Promise<CreatedArticle> {
  const actor = authorize(options.actor, "article:create");
  const imported = await readArticleFile(options.file);
  const headline = options.input.headline?.trim() || imported.headline;
  if (!headline) {
    throw new AppError("VALIDATION", {
      userMessage: "The file has no headline: type one in.",
      fieldErrors: { headline: ["The file has no headline: type one in."] },
    });
  }
  return createArticle({
    actor,
    input: { ...options.input, headline, byline: options.input.byline?.trim() || imported.byline, text: imported.text },
  });
}
