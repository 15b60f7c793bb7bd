// The benchmarks' 10,000-word article: copies of the demo article, each with its
// numbers shifted so no two copies read the same.
import fs from "node:fs";
import path from "node:path";
import { normaliseArticleText } from "../../lib/domain/article-text";

/** The article and its word count (at least 10,000). */
export function tenThousandWordArticle(root: string): { article: string; words: number } {
  const demo = normaliseArticleText(fs.readFileSync(path.join(root, "prisma/seed/renault-nissan-alliance.txt"), "utf8"));
  const copies: string[] = [];
  let words = 0;
  for (let i = 0; words < 10_000; i++) {
    const copy = demo.replace(/\d+/g, (n) => String(Number(n) + i));
    copies.push(copy);
    words += copy.split(/\s+/).length;
  }
  return { article: copies.join("\n\n"), words };
}
