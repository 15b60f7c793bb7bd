import type { Browser, Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { createAnchor } from "../lib/domain/anchoring/create-anchor";
import { sha256Hex } from "../lib/domain/hashing";
import { getTestDb } from "./support/database";
import { createUser, expect, signIn, test, type TestUser } from "./support/fixtures";
import { claimPanel, openReview } from "./support/review-page";

// The live desk across two app instances (issue 12): one browser on instance A
// watches while another, on instance B (same database, same build), edits. The
// second browser signs in on A and works on B with that session.
const TEXT = "The bridge cost 40 million euros.\n\nIt opened in 2019 after four years of work.";
const QUOTE = "The bridge cost 40 million euros.";
const SECOND = `http://localhost:${process.env.E2E_SECOND_PORT}`;

async function makeArticle(author: TestUser) {
  const db = await getTestDb();
  const article = await db.article.create({
    data: { slug: `e2e-live-${randomUUID()}`, headline: `Bridge ${randomUUID().slice(0, 6)}`, createdById: author.id },
  });
  const revision = await db.articleRevision.create({
    data: { articleId: article.id, number: 1, text: TEXT, sha256: sha256Hex(TEXT), createdById: author.id },
  });
  await db.article.update({ where: { id: article.id }, data: { currentRevisionId: revision.id } });
  const start = TEXT.indexOf(QUOTE);
  const claim = await db.claim.create({
    data: { articleId: article.id, revisionId: revision.id, ...createAnchor(TEXT, start, start + QUOTE.length), restated: QUOTE, createdById: author.id },
  });
  return { url: `/articles/${article.id}?claim=${claim.id}` };
}

/** A second person: signed in on instance A, then working on instance B with that same session. */
async function openOnSecondInstance(browser: Browser, user: TestUser, url: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await signIn(page, user);
  await openReview(page, `${SECOND}${url}`);
  return page;
}

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
