import "server-only";
import { normaliseArticleText } from "@/lib/domain/article-text";
import type { Actor } from "@/lib/domain/capabilities";
import { saveRevisionSchema } from "@/lib/schemas/revision";
import { authorize } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";
import { changeArticle } from "./change-article";
import { writeRevision, type SavedRevision } from "./write-revision";

export type { SavedRevision } from "./write-revision";

/**
 * Saves new article text as a new immutable revision and re-anchors every claim
 * onto it. Same text as now: nothing is written (a CMS may resend a copy).
 */
export async function saveRevision(options: {
  actor: Actor | null;
  input: unknown;
  via?: "editor" | "import" | "api";
}): Promise<SavedRevision> {
  const actor = authorize(options.actor, "article:edit");
  const input = parseInput(saveRevisionSchema, options.input);
  const text = normaliseArticleText(input.text);
  const change = { actor, articleId: input.articleId, reason: (saved: SavedRevision) => `revision ${saved.number} replaced the text` };
  return changeArticle(change, (tx) =>
    writeRevision(tx, { actor, articleId: input.articleId, text, expectedVersion: input.expectedVersion, via: options.via ?? "editor" }),
  );
}
