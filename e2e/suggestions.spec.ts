import { randomUUID } from "node:crypto";
import { getTestDb } from "./support/database";
import { createUser, expect, signIn, test } from "./support/fixtures";
import { claimPanel } from "./support/review-page";

test("an imported article gets suggestions: accept one, dismiss another, see a consistency warning", async ({ page }) => {
  const editor = await createUser("editor");
  await signIn(page, editor);
  const headline = `Carmaker stakes ${randomUUID().slice(0, 6)}`;
  const markdown = [
    `# ${headline}`,
    "",
    "By A. Reporter",
    "",
    "The French government, which owns a majority 15% of Renault, blocked a vote.",
    "",
    "Nissan refused to study the merger in 2019.",
    "",
    "The priority now is to make the alliance strong.",
  ].join("\n");
  await page.goto("/articles/new");
  await page.getByLabel("File", { exact: true }).setInputFiles({ name: "story.md", mimeType: "text/markdown", buffer: Buffer.from(markdown) });
  await page.getByRole("button", { name: "Import file" }).click();
  // The import lands on the details, read from the file, for checking.
  await expect(page).toHaveURL(/\/articles\/[0-9a-f-]{36}\/edit\?imported=1$/);
  await expect(page.getByLabel("Headline")).toHaveValue(headline);
  await page.getByRole("link", { name: "← Back to the review" }).click();
  await expect(page).toHaveURL(/\/articles\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(headline);

  const suggestions = page.getByRole("list", { name: "Suggested claims" });
  await expect(suggestions.getByTestId("suggestion")).toHaveCount(2);
  const stake = suggestions.getByTestId("suggestion").filter({ hasText: "majority 15%" });
  await expect(stake.getByTestId("consistency-warning")).toContainText("not a majority");
  await expect(suggestions).not.toContainText("The priority now");

  // "Show in text" marks exactly the suggested words in the article.
  await suggestions.getByRole("button", { name: /^Show in text “Nissan refused/ }).click();
  const shown = () => page.evaluate(() => {
    const highlight = CSS.highlights.get("suggestion");
    return highlight ? [...highlight].map((range) => range.toString()).join("|") : null;
  });
  await expect.poll(shown).toBe("Nissan refused to study the merger in 2019");
  await stake.getByRole("button", { name: /^Show in text/ }).click();
  await expect.poll(shown).toBe("The French government, which owns a majority 15% of Renault, blocked a vote");

  await suggestions.getByRole("button", { name: /^Dismiss “Nissan refused/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Suggestion dismissed." })).toBeVisible();
  await expect(suggestions.getByTestId("suggestion")).toHaveCount(1);

  await stake.getByRole("button", { name: /^Accept/ }).click();
  await expect(page).toHaveURL(/\?claim=[0-9a-f-]{36}$/);
  await expect(claimPanel(page).getByRole("heading", { name: /which owns a majority 15% of Renault/ })).toBeVisible();
  await expect(claimPanel(page).getByTestId("consistency-warning")).toContainText("not a majority");
  await expect(page.getByText("No more suggestions")).toBeVisible();

  const db = await getTestDb();
  const article = await db.article.findFirstOrThrow({ where: { headline } });
  expect(await db.auditEvent.count({ where: { articleId: article.id, action: "suggestion.dismiss" } })).toBe(1);
});
