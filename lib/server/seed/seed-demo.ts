import "server-only";
import fs from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";
import { anchorQuote } from "@/lib/domain/anchoring/create-anchor";
import { normaliseArticleText } from "@/lib/domain/article-text";
import { SYSTEM_ACTOR, type Actor } from "@/lib/domain/capabilities";
import { createArticle } from "@/lib/server/articles/create-article";
import { createClaim } from "@/lib/server/claims/create-claim";
import { createUser } from "@/lib/server/users/create-user";
import { DEMO_ARTICLE, DEMO_CLAIM_QUOTES, DEMO_PASSWORD, DEMO_USERS } from "./demo-content";

/**
 * Loads the demo desk into an empty database, through the same use cases as the
 * app (so the demo is authorized and audited like real work). Does nothing when
 * any user exists: the demo is seeded once, never over real data.
 */
export async function seedDemo(options: { projectRoot: string }): Promise<{ isSeeded: boolean }> {
  if ((await db.user.count()) > 0) return { isSeeded: false };
  const actors: Actor[] = [];
  for (const user of DEMO_USERS) {
    const created = await createUser({ actor: SYSTEM_ACTOR, input: { ...user, password: DEMO_PASSWORD } });
    actors.push({ ...created });
  }
  const editor = actors[0];
  const raw = fs.readFileSync(path.join(options.projectRoot, DEMO_ARTICLE.file), "utf8");
  const article = await createArticle({
    actor: editor,
    input: {
      headline: DEMO_ARTICLE.headline,
      byline: DEMO_ARTICLE.byline,
      publication: DEMO_ARTICLE.publication,
      originalUrl: DEMO_ARTICLE.originalUrl,
      publishedAt: DEMO_ARTICLE.publishedAt,
      text: raw,
    },
  });
  const text = normaliseArticleText(raw);
  for (const { quote, restated } of DEMO_CLAIM_QUOTES) {
    const anchor = anchorQuote(text, quote);
    if (!anchor) throw new Error(`Demo quote not found in the article: ${quote}`);
    await createClaim({
      actor: editor,
      input: { articleId: article.id, start: anchor.start, end: anchor.end, restated },
    });
  }
  return { isSeeded: true };
}
