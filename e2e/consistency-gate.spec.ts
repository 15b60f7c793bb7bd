// Issue 14 item 8 and issue 15 item 3 in a browser: a claim whose own words
// contradict themselves is verified only with a reason; a fact the article
// states two ways is shown on the claim with a link to the other; the sign-off
// page lists verified claims that carry a warning.
import { randomUUID } from "node:crypto";
import { getTestDb } from "./support/database";
import { createUser, expect, signIn, test } from "./support/fixtures";
import { claimPanel, openReview } from "./support/review-page";

const MAJORITY = "The French government, which owns a majority 15% of Renault, backed the move.";
const STAKE = "Renault holds 43% of Nissan, the filing shows.";
const OTHER_STAKE = "Renault's 34% stake in Nissan is under review.";

test("a warned claim needs a reason to be verified, and the article's two stakes point at each other", async ({ page }) => {
  const editor = await createUser("editor");
  await signIn(page, editor);
  await page.goto("/articles/new");
  await page.getByLabel("Headline").fill(`Consistency ${randomUUID().slice(0, 6)}`);
  await page.getByLabel("Article text").fill([STAKE, MAJORITY, OTHER_STAKE].join("\n\n"));
  await page.getByRole("button", { name: "Create article" }).click();
  await expect(page).toHaveURL(/\/articles\/[0-9a-f-]{36}$/);
  const articleId = page.url().split("/").pop()!;

  const db = await getTestDb();
  const { currentRevision } = await db.article.findUniqueOrThrow({ where: { id: articleId }, select: { currentRevision: { select: { id: true, text: true } } } });
  const [stakeId, majorityId, otherId] = await Promise.all([STAKE, MAJORITY, OTHER_STAKE].map(async (exact) => {
    const start = currentRevision!.text.indexOf(exact);
    const claim = await db.claim.create({
      data: { articleId, revisionId: currentRevision!.id, exact, restated: exact, start, end: start + exact.length, createdById: editor.id },
      select: { id: true },
    });
    return claim.id;
  }));
  const source = await db.source.create({
    data: { url: `https://example.org/${randomUUID()}`, title: "Annual report", publisher: "Renault", kind: "primary_document", accessedAt: new Date(), createdById: editor.id },
  });
  await db.claimSource.create({ data: { claimId: majorityId, sourceId: source.id, excerpt: "15% of the capital", stance: "supports", createdById: editor.id } });

  await openReview(page, `/articles/${articleId}?claim=${majorityId}`);
  const panel = claimPanel(page);
  await expect(panel.getByTestId("consistency-warning")).toContainText("“Majority” with 15%");
  await panel.getByRole("radio", { name: "Verified" }).check();
  await panel.getByRole("button", { name: "Save verdict" }).click();
  await expect(panel.getByText("Say why the warning does not apply, or choose another verdict.")).toBeVisible();
  await panel.getByLabel("Why verify despite the warning?").fill("The filing counts voting rights, not capital.");
  await panel.getByRole("button", { name: "Save verdict" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Verdict saved." })).toBeVisible();

  await openReview(page, `/articles/${articleId}?claim=${stakeId}`);
  const warning = claimPanel(page).getByTestId("article-warning");
  await expect(warning).toContainText("Renault’s stake in Nissan is 43% here, but 34%");
  await expect(warning.getByRole("link", { name: "Open that claim" })).toHaveAttribute("href", `/articles/${articleId}?claim=${otherId}`);

  await page.goto(`/articles/${articleId}/sign-off`);
  await expect(page.getByTestId("verified-with-warning")).toContainText(MAJORITY);
});
