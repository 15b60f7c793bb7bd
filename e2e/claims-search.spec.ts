import { randomUUID } from "node:crypto";
import { getTestDb } from "./support/database";
import { createUser, expect, signIn, test } from "./support/fixtures";

// The claims page: recent claims before any search, words found by full-text
// search as typed (prefix of the last word), the query and page kept in the URL.
test("the claims page lists recent claims, finds words by their beginning, and pages by URL", async ({ page }) => {
  const editor = await createUser("editor");
  const db = await getTestDb();
  const word = `quorvex${randomUUID().replaceAll("-", "").slice(0, 8)}`;
  const text = Array.from({ length: 55 }, (_, n) => `The ${word} council spent ${n + 1} million on roads.`).join("\n\n");
  const article = await db.article.create({ data: { slug: `claims-${word}`, headline: `Claims ${word}`, createdById: editor.id } });
  const revision = await db.articleRevision.create({ data: { articleId: article.id, number: 1, text, sha256: "0".repeat(64), createdById: editor.id } });
  await db.article.update({ where: { id: article.id }, data: { currentRevisionId: revision.id } });
  const sentences = text.split("\n\n");
  await db.claim.createMany({
    data: sentences.map((exact) => {
      const start = text.indexOf(exact);
      return { articleId: article.id, revisionId: revision.id, exact, restated: exact, start, end: start + exact.length, createdById: editor.id };
    }),
  });

  await signIn(page, editor);
  await page.goto("/claims");
  await expect(page.getByText(/claims, most recently changed first/)).toBeVisible();

  await page.getByLabel("Words in the claim").fill(word.slice(0, 10));
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${word.slice(0, 10)}`));
  await expect(page.getByText(`55 claims with “${word.slice(0, 10)}”, best match first.`)).toBeVisible();
  const found = page.getByRole("list", { name: "Claims found" }).getByRole("listitem");
  await expect(found).toHaveCount(50);
  await page.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/after=o50/);
  await expect(found).toHaveCount(5);
  await expect(page.getByLabel("Words in the claim")).toHaveValue(word.slice(0, 10));
});
