import fs from "node:fs";
import { randomUUID } from "node:crypto";
import { createAnchor } from "../lib/domain/anchoring/create-anchor";
import { normaliseArticleText } from "../lib/domain/article-text";
import { sha256Hex } from "../lib/domain/hashing";
import { getTestDb } from "./support/database";
import { createUser, expect, signIn, test, type TestUser } from "./support/fixtures";
import { claimPanel, openReview } from "./support/review-page";

const DEMO_TEXT = normaliseArticleText(fs.readFileSync("prisma/seed/renault-nissan-alliance.txt", "utf8"));
const MOVING = "Senard succeeded Ghosn as chairman";
const CHANGING = "The French government, which owns a majority 15% of Renault";

/** A copy of the demo article with two claims, one verified (other specs change the demo itself). */
async function makeDemoCopy(author: TestUser) {
  const db = await getTestDb();
  const article = await db.article.create({
    data: { slug: `e2e-revision-${randomUUID()}`, headline: `Renault copy ${randomUUID().slice(0, 6)}`, createdById: author.id },
  });
  const revision = await db.articleRevision.create({
    data: { articleId: article.id, number: 1, text: DEMO_TEXT, sha256: sha256Hex(DEMO_TEXT), createdById: author.id },
  });
  await db.article.update({ where: { id: article.id }, data: { currentRevisionId: revision.id } });
  const claim = async (quote: string, verdict: "pending" | "disputed") => {
    const start = DEMO_TEXT.indexOf(quote);
    return db.claim.create({
      data: {
        articleId: article.id, revisionId: revision.id, ...createAnchor(DEMO_TEXT, start, start + quote.length),
        restated: quote, verdict, rationale: verdict === "disputed" ? "Checked against filings" : null, createdById: author.id,
      },
    });
  };
  return { id: article.id, moving: await claim(MOVING, "disputed"), changing: await claim(CHANGING, "disputed") };
}

test("editing a paragraph moves one claim with its words and sends another back to pending", async ({ page }) => {
  const editor = await createUser("editor");
  const article = await makeDemoCopy(editor);
  await signIn(page, editor);
  await page.goto(`/articles/${article.id}/edit`);
  const textarea = page.getByLabel("Article text");
  const edited = `Update: this story was revised.\n\n${DEMO_TEXT.replace("owns a majority 15% of Renault", "owns 15% of Renault")}`;
  await textarea.fill(edited);
  await page.getByRole("button", { name: "Save new revision" }).click();

  const outcome = page.getByRole("status", { name: "Anchoring outcome" });
  await expect(outcome).toContainText("Saved revision 2");
  await expect(outcome.locator('[data-status="moved"]')).toContainText(MOVING);
  await expect(outcome.locator('[data-status="changed"]')).toContainText("which owns 15% of Renault");

  await openReview(page, `/articles/${article.id}?claim=${article.changing.id}`);
  await expect(claimPanel(page).getByRole("heading", { name: "“The French government, which owns 15% of Renault”" })).toBeVisible();
  await expect(claimPanel(page).getByTestId("claim-history")).toContainText(/words changed|Words changed/);
  await expect(page.locator(`mark[data-claim-ids~="${article.moving.id}"]`)).toHaveText(MOVING);
  const db = await getTestDb();
  expect(await db.claim.findUniqueOrThrow({ where: { id: article.changing.id } })).toMatchObject({ verdict: "pending" });
  expect(await db.claim.findUniqueOrThrow({ where: { id: article.moving.id } })).toMatchObject({ verdict: "disputed" });

  // The history shows both revisions and the words that changed.
  await page.goto(`/articles/${article.id}/revisions`);
  await expect(page.getByRole("cell", { name: "2", exact: true })).toBeVisible();
  await expect(page.locator("del").filter({ hasText: "a majority" })).toBeVisible();
  await expect(page.locator("ins").filter({ hasText: "Update: this story was revised." })).toBeVisible();
});
