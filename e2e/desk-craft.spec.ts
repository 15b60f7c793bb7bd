// Issue 14's desk craft, in a real browser: corrections into the text, editable
// article details, and the small things a new checker hits in the first week.
import fs from "node:fs";
import { randomUUID } from "node:crypto";
import { createAnchor } from "../lib/domain/anchoring/create-anchor";
import { normaliseArticleText } from "../lib/domain/article-text";
import { sha256Hex } from "../lib/domain/hashing";
import { getTestDb } from "./support/database";
import { createUser, expect, signIn, test, type TestUser } from "./support/fixtures";
import { claimPanel, openReview } from "./support/review-page";

const DEMO_TEXT = normaliseArticleText(fs.readFileSync("prisma/seed/renault-nissan-alliance.txt", "utf8"));
const FRENCH = "The French government, which owns a majority 15% of Renault";
const FRENCH_CORRECTED = "The French government, which owns 15% of Renault";

/** A copy of the demo article (other specs change the demo itself) with one corrected claim. */
async function makeCorrectedCopy(author: TestUser) {
  const db = await getTestDb();
  const article = await db.article.create({
    data: { slug: `e2e-craft-${randomUUID()}`, headline: `Renault copy ${randomUUID().slice(0, 6)}`, byline: "Demo Writer", createdById: author.id },
  });
  const revision = await db.articleRevision.create({
    data: { articleId: article.id, number: 1, text: DEMO_TEXT, sha256: sha256Hex(DEMO_TEXT), createdById: author.id },
  });
  await db.article.update({ where: { id: article.id }, data: { currentRevisionId: revision.id } });
  const start = DEMO_TEXT.indexOf(FRENCH);
  const claim = await db.claim.create({
    data: {
      articleId: article.id, revisionId: revision.id, ...createAnchor(DEMO_TEXT, start, start + FRENCH.length),
      restated: FRENCH, verdict: "corrected", correction: FRENCH_CORRECTED, rationale: "15% is a minority stake.", createdById: author.id,
    },
  });
  return { id: article.id, claimId: claim.id };
}

test("Apply corrections writes the correction into the text and the claim stays corrected", async ({ page }) => {
  const editor = await createUser("editor");
  const article = await makeCorrectedCopy(editor);
  await signIn(page, editor);
  await page.goto(`/articles/${article.id}/edit`);
  await page.getByRole("button", { name: "Apply corrections to the text" }).click();
  const outcome = page.getByRole("status", { name: "Anchoring outcome" });
  await expect(outcome).toContainText("Saved revision 2");
  await expect(outcome.locator('[data-status="correction-applied"]')).toContainText(FRENCH_CORRECTED);

  await openReview(page, `/articles/${article.id}?claim=${article.claimId}`);
  await expect(claimPanel(page).getByRole("heading", { name: `“${FRENCH_CORRECTED}”` })).toBeVisible();
  await expect(claimPanel(page).getByTestId("claim-history")).toContainText("applied the correction in the text");
  const db = await getTestDb();
  expect(await db.claim.findUniqueOrThrow({ where: { id: article.claimId } })).toMatchObject({ verdict: "corrected", exact: FRENCH_CORRECTED });
  const event = await db.auditEvent.findFirstOrThrow({ where: { claimId: article.claimId, action: "claim.correction-applied" } });
  expect(event.reason).toBe("correction applied in revision 2");
});

test("article details are edited on the edit page, audited, and shown on the review", async ({ page }) => {
  const editor = await createUser("editor");
  const article = await makeCorrectedCopy(editor);
  await signIn(page, editor);
  await page.goto(`/articles/${article.id}/edit`);
  const details = page.getByRole("form", { name: "Article details" });
  await expect(details.getByLabel("Byline")).toHaveValue("Demo Writer");
  await details.getByLabel("Headline").fill("Renault to repair its alliance with Nissan");
  await details.getByLabel("Publication").fill("Paultan.org");
  await details.getByLabel("Publish date").fill("2019-06-13");
  await details.getByLabel("Original URL").fill("not a url");
  await details.getByRole("button", { name: "Save details" }).click();
  await expect(details.getByText("Enter a full web address")).toBeVisible();
  await expect(details.getByLabel("Headline")).toHaveValue("Renault to repair its alliance with Nissan"); // typing kept
  await details.getByLabel("Original URL").fill("https://paultan.org/2019/06/13/renault/");
  await details.getByRole("button", { name: "Save details" }).click();
  await expect(details.getByRole("status")).toHaveText("Details saved.");
  await page.goto(`/articles/${article.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Renault to repair its alliance with Nissan");
  await expect(page.getByText("Demo Writer · Paultan.org · 13 June 2019")).toBeVisible();
  const db = await getTestDb();
  expect(await db.auditEvent.count({ where: { articleId: article.id, action: "article.update-details" } })).toBe(1);
});

test("small things: recent claims before a search, the favicon, j keeps the header in view, the panel near on a phone", async ({ page }) => {
  const editor = await createUser("editor");
  const article = await makeCorrectedCopy(editor);
  await signIn(page, editor);
  await page.goto("/claims");
  await expect(page.getByRole("list", { name: "Recent claims" })).toContainText(FRENCH);
  expect((await page.request.get((await page.locator('link[rel="icon"]').first().getAttribute("href"))!)).status()).toBe(200);

  const db = await getTestDb();
  const demo = await db.article.findFirstOrThrow({ orderBy: { createdAt: "asc" }, select: { id: true } });
  await page.setViewportSize({ width: 1280, height: 800 });
  await openReview(page, `/articles/${demo.id}`);
  for (let i = 0; i < 5; i++) await page.keyboard.press("j");
  await expect(page.getByRole("heading", { level: 1 })).toBeInViewport();
  await expect(page.getByRole("navigation", { name: "Article" })).toBeInViewport();

  await page.setViewportSize({ width: 390, height: 844 });
  await openReview(page, `/articles/${article.id}?claim=${article.claimId}`);
  const panelTop = await claimPanel(page).evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
  const articleHeight = await page.getByRole("region", { name: "Article text" }).evaluate((element) => element.scrollHeight);
  // The article scrolls in its own box: the panel is well above where the whole article would end.
  expect(panelTop).toBeLessThan(articleHeight);
  expect(panelTop).toBeLessThan(844 * 2.5);
});

test("evidence: a PDF snapshot uploaded to a source shows in the claim panel and, with its hash, in the report", async ({ page }) => {
  const editor = await createUser("editor");
  const article = await makeCorrectedCopy(editor);
  const db = await getTestDb();
  const source = await db.source.create({
    data: { url: `https://group.renault.example/shareholding/${randomUUID()}`, title: "Renault shareholding", publisher: "Renault Group", kind: "primary_document", accessedAt: new Date(), createdById: editor.id },
  });
  await db.claimSource.create({ data: { claimId: article.claimId, sourceId: source.id, stance: "contradicts", createdById: editor.id } });
  const pdf = Buffer.from("%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n");
  const sha256 = sha256Hex(pdf.toString("utf8"));

  await signIn(page, editor);
  await page.goto(`/sources/${source.id}`);
  const form = page.getByRole("form", { name: "Capture evidence" });
  await form.getByLabel(/^File/).setInputFiles({ name: "shareholding.pdf", mimeType: "text/html", buffer: pdf });
  await form.getByRole("button", { name: "Save evidence" }).click();
  await expect(form.getByRole("status")).toHaveText("Evidence saved.");
  await expect(page.getByTestId("evidence-sha256")).toHaveText(sha256);

  await openReview(page, `/articles/${article.id}?claim=${article.claimId}`);
  await expect(claimPanel(page).getByTestId("evidence-sha256")).toHaveText(sha256);
  const link = claimPanel(page).getByRole("link", { name: "shareholding.pdf" });
  const download = await page.request.get((await link.getAttribute("href"))!);
  expect(download.headers()["content-type"]).toBe("application/pdf"); // sniffed, not the "text/html" the browser sent
  expect(download.headers()["content-disposition"]).toMatch(/^attachment; filename="shareholding.pdf"/);
  expect(download.headers()["x-content-type-options"]).toBe("nosniff");
  expect(download.headers()["content-security-policy"]).toMatch(/^sandbox/);
  expect(Buffer.from(await download.body()).equals(pdf)).toBe(true);

  const report = await page.request.get(`/api/articles/${article.id}/export?format=report-html`);
  expect(await report.text()).toContain(`SHA-256 <code>${sha256}</code>`);
});
