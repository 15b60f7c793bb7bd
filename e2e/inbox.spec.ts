import { randomUUID } from "node:crypto";
import { createAnchor } from "../lib/domain/anchoring/create-anchor";
import { sha256Hex } from "../lib/domain/hashing";
import { getTestDb } from "./support/database";
import { createUser, expect, signIn, test, type TestUser } from "./support/fixtures";
import { claimPanel, openReview } from "./support/review-page";

const TEXT = "The bridge will open in 2027 and cost less than the old one.";

async function makeArticleWithClaim(author: TestUser) {
  const db = await getTestDb();
  const article = await db.article.create({
    data: { slug: `e2e-inbox-${randomUUID()}`, headline: `Bridge ${randomUUID().slice(0, 6)}`, createdById: author.id },
  });
  const revision = await db.articleRevision.create({ data: { articleId: article.id, number: 1, text: TEXT, sha256: sha256Hex(TEXT), createdById: author.id } });
  await db.article.update({ where: { id: article.id }, data: { currentRevisionId: revision.id } });
  const claim = await db.claim.create({
    data: { articleId: article.id, revisionId: revision.id, ...createAnchor(TEXT, 0, TEXT.length), restated: TEXT, createdById: author.id },
  });
  return { articleId: article.id, claimId: claim.id };
}

// One lean flow: A assigns a claim to B and @mentions B through the autocomplete;
// B's header count rises (on focus, as the live stream will trigger) and the inbox lists both.
test("an assignment and an @mention reach the assignee's inbox and header count", async ({ browser }) => {
  const editor = await createUser("editor");
  const checker = await createUser("editor", `Bea Inbox ${randomUUID().slice(0, 6)}`);
  const { articleId, claimId } = await makeArticleWithClaim(editor);

  const checkerPage = await (await browser.newContext()).newPage();
  await signIn(checkerPage, checker);
  await checkerPage.goto("/");
  await expect(checkerPage.getByTestId("inbox-link")).toHaveText("Inbox");

  const editorPage = await (await browser.newContext()).newPage();
  await signIn(editorPage, editor);
  await openReview(editorPage, `/articles/${articleId}?claim=${claimId}`);
  const panel = claimPanel(editorPage);
  await panel.getByLabel("Assignee", { exact: true }).selectOption({ label: checker.name });
  await panel.getByRole("button", { name: "Assign" }).click();
  await expect(panel.getByLabel("Assignee", { exact: true })).toHaveValue(checker.id);

  // The autocomplete: "@Bea In" offers the member; Enter picks "@Full Name ".
  const comment = panel.getByLabel("Add a comment");
  await comment.pressSequentially(`Please check this @${checker.name.slice(0, 6)}`);
  await expect(editorPage.getByRole("listbox", { name: "People to mention" }).getByRole("option", { name: checker.name })).toBeVisible();
  await comment.press("Enter");
  await expect(comment).toHaveValue(`Please check this @${checker.name} `);
  await comment.pressSequentially("thanks");
  await panel.getByRole("button", { name: "Add comment" }).click();
  await expect(panel.getByTestId("claim-comment")).toContainText(`@${checker.name} thanks`);

  // B's badge refetches on focus (the live stream's `inbox` event does the same).
  await checkerPage.evaluate(() => window.dispatchEvent(new Event("focus")));
  await expect(checkerPage.getByTestId("inbox-unread")).toHaveText("2");
  await checkerPage.getByTestId("inbox-link").click();
  const items = checkerPage.getByTestId("notification");
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText(`${editor.name} mentioned you in a comment`);
  await expect(items.nth(1)).toContainText(`${editor.name} assigned you a claim`);
  await items.nth(1).getByRole("button", { name: "Mark read" }).click();
  await expect(checkerPage.getByTestId("inbox-unread")).toHaveText("1");
  await checkerPage.getByRole("button", { name: "Mark all read" }).click();
  await expect(checkerPage.getByTestId("inbox-unread")).toHaveCount(0);
});
