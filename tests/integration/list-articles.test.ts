// The dashboard's list: most recently active first, a page at a time by keyset,
// with the real total; filters apply to the total and every page.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listArticles } from "@/lib/server/articles/list-articles";
import { makeArticle, makeUser } from "../support/factories";

describe("listArticles", () => {
  it("pages by (last activity, id) without skipping or repeating, ties included", async () => {
    const editor = await makeUser("editor");
    const marker = `Paging ${Date.now()}`;
    const tie = new Date("2030-01-01T00:00:00.000Z"); // after every other article, so these lead the list
    const made = [];
    for (let index = 0; index < 5; index++) {
      const article = await makeArticle(editor);
      await db.article.update({ where: { id: article.id }, data: { headline: `${marker} ${index}`, lastActivityAt: index < 3 ? tie : new Date(tie.getTime() + index * 1000) } });
      made.push(article.id);
    }
    const seen: string[] = [];
    let after = null;
    for (let page = 0; page < 3; page++) {
      const result: Awaited<ReturnType<typeof listArticles>> = await listArticles({ actor: editor, after, limit: 2 });
      seen.push(...result.articles.map((article) => article.id));
      after = result.next;
    }
    // Newest first: index 4, 3, then the three tied ones by id, descending.
    const tied = made.slice(0, 3).sort().reverse();
    expect(seen.slice(0, 5)).toEqual([made[4], made[3], ...tied]);
    expect(new Set(seen).size).toBe(seen.length);
    const first = await listArticles({ actor: editor, limit: 2 });
    expect(first.total).toBe(await db.article.count());
    expect(first.next).not.toBeNull();
  });

  it("counts and pages within a filter", async () => {
    const editor = await makeUser("editor");
    const article = await makeArticle(editor);
    await db.article.update({ where: { id: article.id }, data: { state: "sent_back" } });
    const sentBack = await listArticles({ actor: editor, filter: { state: "sent_back" }, limit: 200 });
    expect(sentBack.total).toBe(await db.article.count({ where: { state: "sent_back" } }));
    expect(sentBack.articles.every((row) => row.state === "sent_back")).toBe(true);
    expect(sentBack.articles.map((row) => row.id)).toContain(article.id);
  });
});
