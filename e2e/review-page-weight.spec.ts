// The review page's HTML carries each sentence at most twice (issue 13, item 4;
// docs/decisions/030): once in the rendered text, once in the payload it hydrates
// from. Claims and suggestions point into that one text, and the two lists fill in
// their quotes once hydrated, so the sentences are still shown there.
import { randomUUID } from "node:crypto";
import { createAnchor } from "../lib/domain/anchoring/create-anchor";
import { sha256Hex } from "../lib/domain/hashing";
import { getTestDb } from "./support/database";
import { createUser, expect, signIn, test } from "./support/fixtures";
import { openReview } from "./support/review-page";

const CLAIMED = "The French government, which owns a majority 15% of Renault, blocked a vote";
const SUGGESTED = "Nissan refused to study the merger in 2019";
const TEXT = `${CLAIMED}.\n\n${SUGGESTED}.\n\nThe priority now is to make the alliance strong.`;

test("a claimed and a suggested sentence are each in the review page's HTML at most twice, and still quoted in both lists", async ({ page }) => {
  const editor = await createUser("editor");
  const db = await getTestDb();
  const article = await db.article.create({ data: { slug: `e2e-weight-${randomUUID()}`, headline: "Carmaker stakes", createdById: editor.id } });
  const revision = await db.articleRevision.create({
    data: { articleId: article.id, number: 1, text: TEXT, sha256: sha256Hex(TEXT), createdById: editor.id },
  });
  await db.article.update({ where: { id: article.id }, data: { currentRevisionId: revision.id } });
  const anchor = createAnchor(TEXT, 0, CLAIMED.length);
  await db.claim.create({ data: { articleId: article.id, revisionId: revision.id, ...anchor, restated: anchor.exact, createdById: editor.id } });
  await signIn(page, editor);

  // The first view stores the spotter's suggestions; the HTML counted is an ordinary later view.
  await openReview(page, `/articles/${article.id}`);
  const response = await page.request.get(`/articles/${article.id}`);
  expect(response.status()).toBe(200);
  const html = await response.text();
  const copies = (sentence: string) => html.split(sentence).length - 1;
  expect(copies(CLAIMED)).toBeGreaterThanOrEqual(1);
  expect(copies(CLAIMED)).toBeLessThanOrEqual(2);
  expect(copies(SUGGESTED)).toBeGreaterThanOrEqual(1);
  expect(copies(SUGGESTED)).toBeLessThanOrEqual(2);

  await expect(page.getByRole("complementary", { name: "Claims" }).getByText(`“${CLAIMED}”`)).toBeVisible();
  const suggestions = page.getByRole("region", { name: /^Suggested claims/ });
  await expect(suggestions.getByTestId("suggestion").filter({ hasText: SUGGESTED })).toBeVisible();
  await expect(suggestions.getByRole("button", { name: `Accept “${SUGGESTED}”` })).toBeVisible();
});
