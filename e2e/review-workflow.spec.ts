import type { Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { createAnchor } from "../lib/domain/anchoring/create-anchor";
import { sha256Hex } from "../lib/domain/hashing";
import { getTestDb } from "./support/database";
import { createUser, expect, signIn, test, type TestUser } from "./support/fixtures";

// Each test makes its own article (other specs share the server and the demo article).
const TEXT = [
  "The city council approved a budget of 4.2 million euros on Tuesday, the largest in its history.",
  "Mayor Ana Ruiz said the new bridge will open in 2027 and cost less than the old one.",
  "Unemployment in the region fell to 6% last year, according to the statistics office.",
].join("\n\n");

async function makeArticle(author: TestUser, quotes: string[] = []) {
  const db = await getTestDb();
  const article = await db.article.create({
    data: { slug: `e2e-review-${randomUUID()}`, headline: `Council budget ${randomUUID().slice(0, 6)}`, createdById: author.id },
  });
  const revision = await db.articleRevision.create({
    data: { articleId: article.id, number: 1, text: TEXT, sha256: sha256Hex(TEXT), createdById: author.id },
  });
  await db.article.update({ where: { id: article.id }, data: { currentRevisionId: revision.id } });
  const claimIds: string[] = [];
  for (const quote of quotes) {
    const start = TEXT.indexOf(quote);
    const claim = await db.claim.create({
      data: { articleId: article.id, revisionId: revision.id, ...createAnchor(TEXT, start, start + quote.length), restated: quote, createdById: author.id },
    });
    claimIds.push(claim.id);
  }
  return { id: article.id, claimIds };
}

/** Selects `words` in the article text the way a mouse drag would (a DOM Range), plus one blank before them. */
async function selectWords(page: Page, words: string) {
  await page.getByTestId("article-text").evaluate((container, wanted) => {
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    const nodes: { node: Text; start: number }[] = [];
    let all = "";
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      nodes.push({ node, start: all.length });
      all += node.data;
    }
    const index = all.indexOf(wanted);
    if (index < 1) throw new Error(`Not in the text: ${wanted}`);
    const locate = (offset: number) => {
      const found = nodes.find(({ node, start }) => offset >= start && offset <= start + node.data.length)!;
      return { node: found.node, offset: offset - found.start };
    };
    // Start one character early: the blank before the words must be trimmed off.
    const from = locate(index - 1);
    const to = locate(index + wanted.length);
    const range = document.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, words);
}

/** Opens a review page and waits until it is hydrated (before that, keys and clicks would go nowhere). */
async function openReview(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator("html[data-review-ready]")).toHaveCount(1);
}

const claimPanel = (page: Page) => page.getByTestId("claim-panel");
const statusText = (page: Page, text: string) => page.getByRole("status").filter({ hasText: text });

test("an editor makes a claim from selected words, cites a new source and corrects it; a second editor sees it and comments", async ({ browser }) => {
  const first = await createUser("editor");
  const second = await createUser("editor");
  const article = await makeArticle(first);

  const firstContext = await browser.newContext();
  const page = await firstContext.newPage();
  await signIn(page, first);
  await openReview(page, `/articles/${article.id}`);
  await expect(page.getByRole("link", { name: "Audit trail" })).toHaveAttribute("href", `/articles/${article.id}/audit`);

  await selectWords(page, "the largest in its history");
  await page.getByRole("button", { name: "New claim" }).click();
  await expect(claimPanel(page).getByRole("heading", { name: "“the largest in its history”" })).toBeVisible();
  await expect(page).toHaveURL(/\?claim=[0-9a-f-]{36}$/);
  const claimId = new URL(page.url()).searchParams.get("claim")!;
  const db = await getTestDb();
  expect(await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { exact: true } })).toEqual({ exact: "the largest in its history" });
  await expect(page.locator(`mark[data-claim-ids~="${claimId}"]`)).toHaveText("the largest in its history");

  // Cite a new source: create it in the library from the panel, then choose stance and excerpt.
  const panel = claimPanel(page);
  await panel.getByRole("button", { name: "New source…" }).click();
  const sourceTitle = `Council budget archive ${randomUUID().slice(0, 6)}`;
  await panel.getByLabel("URL").fill(`https://council.example/budgets/${randomUUID()}`);
  await panel.getByLabel("Title").fill(sourceTitle);
  await panel.getByLabel("Publisher").fill("City council");
  await panel.getByLabel("Kind").selectOption({ label: "Official statement" }); // no default: the checker says
  await panel.getByRole("button", { name: "Add source" }).click();
  await expect(panel.getByText("Citing")).toBeVisible();
  await panel.getByRole("radio", { name: "Contradicts" }).check();
  await panel.getByLabel("Excerpt").fill("The 2019 budget was 4.8 million euros.");
  await panel.getByRole("button", { name: "Attach source" }).click();
  await expect(panel.getByRole("link", { name: sourceTitle })).toBeVisible();
  await expect(statusText(page, "Source attached.")).toBeVisible();
  // The panel has re-read the claim from the server (the verdict form now counts the source).
  await expect(panel.getByRole("heading", { name: "Sources (1)" })).toBeVisible();

  await panel.getByRole("radio", { name: "Corrected" }).check();
  await panel.getByLabel("Corrected wording").fill("one of the largest in its history");
  await panel.getByLabel(/^Rationale/).fill("The 2019 budget was larger (council archive).");
  await panel.getByRole("button", { name: "Save verdict" }).click();
  await expect(statusText(page, "Verdict saved.")).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Claims" }).getByRole("button", { name: /Corrected/ })).toBeVisible();
  await expect(panel.getByTestId("claim-history")).toContainText("Verdict: Pending → Corrected");

  // A second editor, in another browser, finds it saved and comments.
  const secondContext = await browser.newContext();
  const other = await secondContext.newPage();
  await signIn(other, second);
  await openReview(other, `/articles/${article.id}?claim=${claimId}`);
  const otherPanel = claimPanel(other);
  await expect(otherPanel.getByRole("radio", { name: "Corrected" })).toBeChecked();
  await expect(otherPanel.getByLabel("Corrected wording")).toHaveValue("one of the largest in its history");
  await expect(otherPanel.getByRole("link", { name: sourceTitle })).toBeVisible();
  await otherPanel.getByLabel("Add a comment").fill("Agreed: 2019 was bigger.");
  await otherPanel.getByRole("button", { name: "Add comment" }).click();
  await expect(otherPanel.getByTestId("claim-comment")).toContainText(second.name);
  await expect(otherPanel.getByLabel("Add a comment")).toHaveValue("");

  await page.reload();
  await expect(page.locator("html[data-review-ready]")).toHaveCount(1);
  await expect(claimPanel(page).getByTestId("claim-comment")).toContainText("Agreed: 2019 was bigger.");
  await claimPanel(page).getByRole("button", { name: "Resolve" }).click();
  await expect(claimPanel(page).getByTestId("claim-comment")).toHaveAttribute("data-resolved", "true");
  await firstContext.close();
  await secondContext.close();
});

test("keyboard triage: j and k move between claims, verdict keys open the form, / searches, ? lists the shortcuts", async ({ page }) => {
  const editor = await createUser("editor");
  const quotes = ["a budget of 4.2 million euros", "the new bridge will open in 2027", "fell to 6% last year"];
  const article = await makeArticle(editor, quotes);
  await signIn(page, editor);
  await openReview(page, `/articles/${article.id}`);
  const list = page.getByRole("complementary", { name: "Claims" });
  const heading = (quote: string) => claimPanel(page).getByRole("heading", { name: `“${quote}”` });

  await page.keyboard.press("j");
  await expect(heading(quotes[0])).toBeVisible();
  await page.keyboard.press("j");
  await expect(heading(quotes[1])).toBeVisible();
  await expect(list.locator('[aria-current="true"]')).toContainText(quotes[1]);
  await expect(page.locator(`mark[data-claim-ids~="${article.claimIds[1]}"]`)).toHaveAttribute("data-selected", "true");
  await page.keyboard.press("k");
  await expect(heading(quotes[0])).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`claim=${article.claimIds[0]}`));

  // d: disputed needs a rationale, so the cursor goes there.
  await page.keyboard.press("d");
  await expect(claimPanel(page).getByRole("radio", { name: "Disputed" })).toBeChecked();
  await expect(claimPanel(page).getByLabel(/^Rationale/)).toBeFocused();
  // v: verified needs a source first, so the cursor goes to the source search.
  await list.getByRole("button", { name: new RegExp(quotes[0]) }).focus();
  await page.keyboard.press("v");
  await expect(claimPanel(page).getByRole("radio", { name: "Verified" })).toBeChecked();
  await expect(claimPanel(page).getByLabel("Search the library")).toBeFocused();

  // Clicking a highlight opens its claim.
  await page.locator(`mark[data-claim-ids~="${article.claimIds[2]}"]`).click();
  await expect(heading(quotes[2])).toBeVisible();

  await list.getByRole("button", { name: new RegExp(quotes[2]) }).focus();
  await page.keyboard.press("/");
  await expect(page.getByLabel("Search claims")).toBeFocused();
  await page.keyboard.type("bridge");
  await expect(list.getByTestId("claim-card")).toHaveCount(1);
  await page.keyboard.press("Escape");
  await expect(list.getByTestId("claim-card")).toHaveCount(3);

  await list.getByRole("button", { name: new RegExp(quotes[2]) }).focus();
  await page.keyboard.press("?");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Next claim");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});

test("two editors set a verdict on the same claim: the second is told it changed and keeps the typed rationale", async ({ browser }) => {
  const first = await createUser("editor");
  const second = await createUser("editor");
  const article = await makeArticle(first, ["cost less than the old one"]);
  const url = `/articles/${article.id}?claim=${article.claimIds[0]}`;
  const pages: Page[] = [];
  for (const user of [first, second]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, user);
    await openReview(page, url);
    await claimPanel(page).getByRole("radio", { name: "Disputed" }).check();
    pages.push(page);
  }
  const [firstPage, secondPage] = pages;
  await claimPanel(firstPage).getByLabel(/^Rationale/).fill("The bridge budget is higher than the old one's.");
  const typed = "No costing has been published; the mayor's office could not say.";
  await claimPanel(secondPage).getByLabel(/^Rationale/).fill(typed);

  await claimPanel(firstPage).getByRole("button", { name: "Save verdict" }).click();
  await expect(statusText(firstPage, "Verdict saved.")).toBeVisible();
  // The live desk tells the second editor first. Waiting for that notice also keeps
  // the click below from landing while the notice pushes the form down.
  await expect(claimPanel(secondPage).getByTestId("foreign-change")).toBeVisible();
  await expect(claimPanel(secondPage).getByLabel(/^Rationale/)).toHaveValue(typed);

  await claimPanel(secondPage).getByRole("button", { name: "Save verdict" }).click();
  const conflict = claimPanel(secondPage).getByTestId("conflict-notice");
  await expect(conflict).toContainText("changed");
  await expect(conflict).toContainText("The bridge budget is higher than the old one's.");
  await expect(claimPanel(secondPage).getByLabel(/^Rationale/)).toHaveValue(typed);

  // Saving again now goes against the claim as it is, on purpose.
  await claimPanel(secondPage).getByRole("button", { name: "Save verdict" }).click();
  await expect(statusText(secondPage, "Verdict saved.")).toBeVisible();
  const db = await getTestDb();
  const saved = await db.claim.findUniqueOrThrow({ where: { id: article.claimIds[0] }, select: { rationale: true, version: true } });
  expect(saved).toEqual({ rationale: typed, version: 2 });
  for (const page of pages) await page.context().close();
});

test("a claim opened just after someone saved it shows the save, without telling of it as a change made 'just now'", async ({ browser }) => {
  const first = await createUser("editor");
  const second = await createUser("editor");
  const quotes = ["cost less than the old one", "fell to 6% last year"];
  const article = await makeArticle(first, quotes);
  const url = `/articles/${article.id}?claim=${article.claimIds[0]}`;
  const [firstPage, secondPage] = await Promise.all([first, second].map(async (user) => {
    const page = await (await browser.newContext()).newPage();
    await signIn(page, user);
    return page;
  }));
  await openReview(firstPage, url);
  await claimPanel(firstPage).getByRole("radio", { name: "Disputed" }).check();
  await claimPanel(firstPage).getByLabel(/^Rationale/).fill("The bridge budget is higher than the old one's.");
  await claimPanel(firstPage).getByRole("button", { name: "Save verdict" }).click();
  await expect(statusText(firstPage, "Verdict saved.")).toBeVisible();

  // Opened within the stream's look-back (it re-sends the last seconds' events on connecting).
  await openReview(secondPage, url);
  await expect(secondPage.locator("html[data-live='open']")).toHaveCount(1);
  await expect(claimPanel(secondPage).getByRole("radio", { name: "Disputed" })).toBeChecked();

  // A later save, on the other claim: the stream keeps order, so once it shows here the replay was heard.
  const list = (page: Page) => page.getByRole("complementary", { name: "Claims" });
  await list(firstPage).getByRole("button", { name: new RegExp(quotes[1]) }).click();
  await claimPanel(firstPage).getByRole("radio", { name: "Disputed" }).check();
  await claimPanel(firstPage).getByLabel(/^Rationale/).fill("The office's own table says 7%.");
  await claimPanel(firstPage).getByRole("button", { name: "Save verdict" }).click();
  await expect(list(secondPage).getByRole("button", { name: /Disputed/ })).toHaveCount(2);
  await expect(claimPanel(secondPage).getByTestId("foreign-change")).toHaveCount(0);
  for (const page of [firstPage, secondPage]) await page.context().close();
});

test("a viewer reads the review without any way to change it", async ({ page }) => {
  const editor = await createUser("editor");
  const viewer = await createUser("viewer");
  const article = await makeArticle(editor, ["fell to 6% last year"]);
  await signIn(page, viewer);
  await openReview(page, `/articles/${article.id}?claim=${article.claimIds[0]}`);
  await expect(claimPanel(page).getByRole("heading", { name: "“fell to 6% last year”" })).toBeVisible();
  await expect(claimPanel(page).getByText("Pending").first()).toBeVisible();
  await expect(page.getByRole("button", { name: /Save|Assign|Attach|Add comment|Delete/ })).toHaveCount(0);
  await expect(page.getByRole("radio")).toHaveCount(0);
  await selectWords(page, "the statistics office");
  await expect(page.getByRole("button", { name: "New claim" })).toHaveCount(0);
});

test("unsaved typing on a claim survives moving to another claim and back", async ({ page }) => {
  const editor = await createUser("editor");
  const quotes = ["a budget of 4.2 million euros", "fell to 6% last year"];
  const article = await makeArticle(editor, quotes);
  await signIn(page, editor);
  await openReview(page, `/articles/${article.id}?claim=${article.claimIds[0]}`);
  const list = page.getByRole("complementary", { name: "Claims" });
  await claimPanel(page).getByRole("radio", { name: "Disputed" }).check();
  await claimPanel(page).getByLabel(/^Rationale/).fill("Half-written reasoning");
  await list.getByRole("button", { name: new RegExp(quotes[1]) }).click();
  await expect(claimPanel(page).getByRole("heading", { name: `“${quotes[1]}”` })).toBeVisible();
  await expect(claimPanel(page).getByRole("radio", { name: "Pending" })).toBeChecked();
  await list.getByRole("button", { name: new RegExp(quotes[0]) }).click();
  await expect(claimPanel(page).getByRole("heading", { name: `“${quotes[0]}”` })).toBeVisible();
  await expect(claimPanel(page).getByRole("radio", { name: "Disputed" })).toBeChecked();
  await expect(claimPanel(page).getByLabel(/^Rationale/)).toHaveValue("Half-written reasoning");
});
