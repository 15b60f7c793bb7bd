import "server-only";
import type { Actor } from "@/lib/domain/capabilities";
import { authorize } from "@/lib/server/authorize";
import { readArticleFile, type UploadedFile } from "./read-article-file";
import { saveRevision, type SavedRevision } from "./save-revision";

/** A new revision of an article from an uploaded file (claims re-anchored as for an edit). */
export async function importRevision(options: {
  actor: Actor | null;
  file: UploadedFile | null;
  input: { articleId: string; expectedVersion?: number };
}): Promise<SavedRevision> {
  const actor = authorize(options.actor, "article:edit");
  const imported = await readArticleFile(options.file);
  return saveRevision({ actor, input: { ...options.input, text: imported.text }, via: "import" });
}
