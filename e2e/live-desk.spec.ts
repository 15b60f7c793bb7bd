import { randomUUID } from "node:crypto";
import { getTestDb } from "./support/database";
import { createUser, expect, signIn, test } from "./support/fixtures";
import { makeArticle, openOnSecondInstance } from "./support/live-desk";
import { claimPanel, openReview } from "./support/review-page";

// The live desk across two app instances (issue 12): one browser on instance A
// watches while another, on instance B (same database, same build), edits. The
// second browser signs in on A and works on B with that session.
test("an edit on instance B shows live on instance A: verdict, comment and who is here", async ({ page, browser }) => {
  const watcher = await createUser("editor", `Wanda Watcher ${randomUUID().slice(0, 4)}`);
  const editor = await createUser("editor", `Eddie Editor ${randomUUID().slice(0, 4)}`);
  const { url } = await makeArticle(watcher);
  await signIn(page, watcher);
  await openReview(page, url);

  const other = await openOnSecondInstance(browser, editor, url);
  // Presence: A sees B's viewer, on claim 1.
  await expect(page.getByTestId("presence-list")).toContainText(`${editor.name} · claim 1`);
  await expect(claimPanel(page).getByTestId("claim-viewers")).toContainText(editor.name);

  const otherPanel = claimPanel(other);
  await otherPanel.getByRole("radio", { name: "Disputed" }).check();
  await otherPanel.getByLabel(/^Rationale/).fill("The audit office says 52 million.");
  await otherPanel.getByRole("button", { name: "Save verdict" }).click();
  await expect(other.getByRole("status").filter({ hasText: "Verdict saved." })).toBeVisible();

  // On A, without a reload: the list, the panel and the notice naming who did it.
  await expect(page.locator("aside[aria-label='Claims']")).toContainText("Disputed");
  await expect(claimPanel(page).getByRole("radio", { name: "Disputed" })).toBeChecked();
  await expect(claimPanel(page).getByTestId("foreign-change")).toContainText(`${editor.name} set the verdict`);

  await otherPanel.getByLabel("Add a comment").fill("Asked the audit office for the report.");
  await otherPanel.getByRole("button", { name: "Add comment" }).click();
  await expect(claimPanel(page).getByTestId("claim-comment")).toContainText("Asked the audit office for the report.");

  // Closing B's tab says goodbye at once (a keepalive request from pagehide), not
  // when its last beat expires 25 s later: well inside this expect's 10 s.
  await other.close({ runBeforeUnload: true });
  await expect(page.getByTestId("presence-list")).toBeHidden();
  await other.context().close();
});

test("someone else's save is named before you save over it, and your typing stays", async ({ page, browser }) => {
  const me = await createUser("editor", `Mia Mine ${randomUUID().slice(0, 4)}`);
  const editor = await createUser("editor", `Otto Other ${randomUUID().slice(0, 4)}`);
  const { url } = await makeArticle(me);
  await signIn(page, me);
  await openReview(page, url);
  const panel = claimPanel(page);
  await panel.getByRole("radio", { name: "Disputed" }).check();
  await panel.getByLabel(/^Rationale/).fill("My own reading of the budget.");

  const other = await openOnSecondInstance(browser, editor, url);
  await expect(claimPanel(other).getByTestId("claim-viewers")).toContainText(`${me.name} (typing)`);
  await claimPanel(other).getByRole("radio", { name: "Disputed" }).check();
  await claimPanel(other).getByLabel(/^Rationale/).fill("Their figure is 52 million.");
  await claimPanel(other).getByRole("button", { name: "Save verdict" }).click();
  await expect(other.getByRole("status").filter({ hasText: "Verdict saved." })).toBeVisible();

  // Before saving: who and what changed, and what I typed is still here.
  const notice = panel.getByTestId("foreign-change");
  await expect(notice).toContainText(`${editor.name} set the verdict`);
  await expect(notice).toContainText("Verdict: Pending → Disputed");
  await expect(panel.getByLabel(/^Rationale/)).toHaveValue("My own reading of the budget.");
  await expect(panel.getByRole("radio", { name: "Disputed" })).toBeChecked();

  await panel.getByRole("button", { name: "Save verdict" }).click();
  const conflict = panel.getByTestId("conflict-notice");
  await expect(conflict).toContainText(`${editor.name} changed this claim while you were editing`);
  await expect(conflict).toContainText("Their figure is 52 million.");
  await expect(panel.getByLabel(/^Rationale/)).toHaveValue("My own reading of the budget.");
  await other.context().close();
});

test("a save that voids a standing sign-off says so before, and a banner says so after", async ({ page }) => {
  const editor = await createUser("editor");
  const reviewer = await createUser("reviewer", `Rita Reviewer ${randomUUID().slice(0, 4)}`);
  const { url, articleId, revisionId } = await makeArticle(editor);
  // A standing sign-off, written as signing would leave it (its hash is not checked by what follows:
  // changeArticle compares the content before and after the save).
  const db = await getTestDb();
  await db.signOff.create({ data: { articleId, revisionId, reviewerId: reviewer.id, decision: "signed_off", sha256: "0".repeat(64) } });
  await db.article.update({ where: { id: articleId }, data: { state: "signed_off" } });
  await signIn(page, editor);
  await openReview(page, url);

  await expect(page.getByTestId("article-state")).toContainText(`Signed off by ${reviewer.name} on revision 1`);
  await expect(claimPanel(page).getByTestId("void-warning")).toContainText(`This voids ${reviewer.name}’s sign-off of revision 1`);
  await claimPanel(page).getByRole("radio", { name: "Disputed" }).check();
  await claimPanel(page).getByLabel(/^Rationale/).fill("The audit office says 52 million.");
  await claimPanel(page).getByRole("button", { name: "Save verdict" }).click();
  await expect(page.getByTestId("sign-off-voided")).toContainText(`${reviewer.name}’s sign-off of revision 1 is void`);
  await expect(page.getByTestId("article-state")).toHaveText("In review");
  await expect(claimPanel(page).getByTestId("void-warning")).toHaveCount(0);
});

test("a suggestion dismissed on instance B leaves A's list live, and B's page is not re-rendered for it", async ({ page, browser }) => {
  const watcher = await createUser("editor", `Sam Spotter ${randomUUID().slice(0, 4)}`);
  const editor = await createUser("editor", `Dina Dismisser ${randomUUID().slice(0, 4)}`);
  const { url } = await makeArticle(watcher);
  await signIn(page, watcher);
  await openReview(page, url);
  const watched = page.getByRole("list", { name: "Suggested claims" }).getByTestId("suggestion").filter({ hasText: "It opened in 2019" });
  await expect(watched).toHaveCount(1);

  const other = await openOnSecondInstance(browser, editor, url);
  // A re-render would fetch this page's server components again (an `RSC: 1` request
  // for its own path; prefetches of the article's other pages do not count).
  const reviewPath = new URL(other.url()).pathname;
  const rerenders: string[] = [];
  other.on("request", (request) => {
    if (request.headers()["rsc"] === "1" && new URL(request.url()).pathname === reviewPath) rerenders.push(request.url());
  });
  const suggestions = other.getByRole("list", { name: "Suggested claims" });
  await suggestions.getByRole("button", { name: /^Dismiss “It opened in 2019/ }).click();
  await expect(other.getByRole("status").filter({ hasText: "Suggestion dismissed." })).toBeVisible();
  await expect(suggestions.getByTestId("suggestion").filter({ hasText: "It opened in 2019" })).toHaveCount(0);

  await expect(watched).toHaveCount(0);
  // B heard its own dismissal on the stream too (A's list changing proves it was sent): no refresh for it.
  await other.waitForTimeout(500);
  expect(rerenders).toEqual([]);
  await other.context().close();
});
