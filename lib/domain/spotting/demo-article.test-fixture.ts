// The demo article (prisma/seed) and its sentences, for the spotter's tests.
import fs from "node:fs";
import path from "node:path";
import { normaliseArticleText } from "@/lib/domain/article-text";

export const DEMO_ARTICLE = normaliseArticleText(
  fs.readFileSync(path.resolve(__dirname, "../../../prisma/seed/renault-nissan-alliance.txt"), "utf8"),
);

/** The demo sentence that starts with `opening` (fails loudly if the article changed). */
export function demoSentenceStarting(opening: string, sentences: readonly { text: string }[]): string {
  const found = sentences.find((sentence) => sentence.text.startsWith(opening));
  if (!found) throw new Error(`No demo sentence starts with "${opening}"`);
  return found.text;
}
