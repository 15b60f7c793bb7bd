import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { getTestDb } from "./support/database";
import { createUser, expect, signIn, test, type TestUser } from "./support/fixtures";

const ARTICLE_TEXT = (marker: string) =>
  [
    `Renault turned to repairing its alliance on Friday (${marker}).`,
    "The French government, which owns a majority 15% of Renault, backed the move.",
    "Nissan holds 15% of Renault without voting rights.",
  ].join("\n\n");

type CreatedArticle = { id: string; headline: string };

/** Creates an article the way a user does, through /articles/new (so its audit event is real). */
async function createArticleThroughForm(page: Page, headline: string): Promise<CreatedArticle> {
  await page.goto("/articles/new");
  await page.getByLabel("Headline").fill(headline);
  await page.getByLabel("Article text").fill(ARTICLE_TEXT(randomUUID()));
  await page.getByRole("button", { name: "Create article" }).click();
  await expect(page).toHaveURL(/\/articles\/[0-9a-f-]{36}$/);
  return { id: page.url().split("/").pop()!, headline };
}

/** Marks claims straight in the database: the dashboard only reads them. */
async function addClaims(
  article: CreatedArticle,
  author: TestUser,
  claims: { exact: string; verdict: "pending" | "verified" | "disputed"; assigneeId?: string }[],
) {
  const db = await getTestDb();
  const { currentRevision } = await db.article.findUniqueOrThrow({
    where: { id: article.id },
    select: { currentRevision: { select: { id: true, text: true } } },
  });
  const ids: string[] = [];
  for (const claim of claims) {
    const start = currentRevision!.text.indexOf(claim.exact);
    expect(start).toBeGreaterThanOrEqual(0);
    const created = await db.claim.create({
      data: {
        articleId: article.id, revisionId: currentRevision!.id, exact: claim.exact, start, end: start + claim.exact.length,
        verdict: claim.verdict, assigneeId: claim.assigneeId, createdById: author.id,
      },
      select: { id: true },
    });
    ids.push(created.id);
  }
  return ids;
}

function articleRow(page: Page, headline: string) {
  return page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: headline }) });
}

test("an editor creates an article: errors keep everything typed, success opens the review", async ({ page }) => {
  const editor = await createUser("editor");
  await signIn(page, editor);
  await page.goto("/");
  await page.getByRole("link", { name: "New article" }).click();
  await expect(page.getByRole("heading", { name: "New article" })).toBeVisible();

  const text = ARTICLE_TEXT(randomUUID()) + "\n\n" + "A long closing paragraph. ".repeat(80);
  await page.getByLabel("Byline").fill("By Jane Doe");
  await page.getByLabel("Publication").fill("The Daily Test");
  await page.getByLabel("Original URL").fill("not a web address");
  await page.getByLabel("Publish date").fill("2019-04-12");
  await page.getByLabel("Article text").fill(text);
  await page.getByRole("button", { name: "Create article" }).click();

  await expect(page.getByRole("alert").filter({ hasText: "Some fields need attention." })).toBeVisible();
  await expect(page.getByLabel("Headline")).toHaveAccessibleDescription(/Enter the headline\./);
  await expect(page.getByLabel("Headline")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Original URL")).toHaveAccessibleDescription(/starting with http:\/\/ or https:\/\//);
  await expect(page.getByLabel("Article text")).toHaveValue(text);
  await expect(page.getByLabel("Byline")).toHaveValue("By Jane Doe");
  await expect(page.getByLabel("Publication")).toHaveValue("The Daily Test");
  await expect(page.getByLabel("Original URL")).toHaveValue("not a web address");
  await expect(page.getByLabel("Publish date")).toHaveValue("2019-04-12");

  const headline = `Alliance repair ${randomUUID().slice(0, 8)}`;
  await page.getByLabel("Headline").fill(headline);
  await page.getByLabel("Original URL").fill("https://example.org/renault");
  await page.getByRole("button", { name: "Create article" }).click();
  await expect(page).toHaveURL(/\/articles\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(headline);
});

test("a viewer is told they cannot add articles", async ({ page }) => {
  await signIn(page, await createUser("viewer"));
  await page.goto("/");
  await expect(page.getByRole("link", { name: "New article" })).toHaveCount(0);
  await page.goto("/articles/new");
  await expect(page.getByText("Your role (viewer) can read articles but not add them.")).toBeVisible();
  await expect(page.getByLabel("Article text")).toHaveCount(0);
});

test("the dashboard shows progress, and the filters narrow the list", async ({ page }) => {
  const editor = await createUser("editor");
  await signIn(page, editor);
  const article = await createArticleThroughForm(page, `Dashboard check ${randomUUID().slice(0, 8)}`);
  const [, disputedId] = await addClaims(article, editor, [
    { exact: "owns a majority 15% of Renault", verdict: "pending" },
    { exact: "Nissan holds 15% of Renault", verdict: "disputed" },
  ]);

  await page.goto("/");
  const row = articleRow(page, article.headline);
  await expect(row).toContainText("In review");
  await expect(row).toContainText("2 claims, 1 to check");
  await expect(row).toContainText("1 of 2 checked · 1 pending, 1 disputed");
  await expect(row).toContainText(/Last activity \d{1,2} \w{3} \d{4}, \d{2}:\d{2} UTC/);

  const filters = page.getByRole("navigation", { name: "Filter articles" });
  await filters.getByRole("link", { name: "Assigned to me" }).click();
  await expect(page).toHaveURL(/\?assigned=me$/);
  await expect(filters.getByRole("link", { name: "Assigned to me" })).toHaveAttribute("aria-current", "true");
  await expect(page.getByText("No article has a claim assigned to you.")).toBeVisible();
  await expect(articleRow(page, article.headline)).toHaveCount(0);

  const db = await getTestDb();
  await db.claim.update({ where: { id: disputedId }, data: { assigneeId: editor.id } });
  await page.reload();
  await expect(articleRow(page, article.headline)).toBeVisible();

  // Both filters at once: the state link keeps "assigned to me".
  await filters.getByRole("link", { name: "Signed off" }).click();
  await expect(page).toHaveURL(/\?assigned=me&state=signed_off$/);
  await expect(articleRow(page, article.headline)).toHaveCount(0);
  await filters.getByRole("link", { name: "In review" }).click();
  await expect(page).toHaveURL(/\?assigned=me&state=in_review$/);
  await expect(articleRow(page, article.headline)).toBeVisible();
  await filters.getByRole("link", { name: "All articles" }).click();
  await expect(page).toHaveURL(/\?state=in_review$/);
  await expect(articleRow(page, article.headline)).toBeVisible();
  await page.goto("/");
});

test("the source library refuses a javascript: URL and finds a new source by search", async ({ page }) => {
  await signIn(page, await createUser("editor"));
  await page.goto("/sources");
  const main = page.getByRole("navigation", { name: "Main" });
  await expect(main.getByRole("link", { name: "Sources" })).toHaveAttribute("aria-current", "page");

  const form = page.getByRole("form", { name: "Add a source" });
  const title = `Renault annual report ${randomUUID().slice(0, 8)}`;
  await form.getByLabel("URL", { exact: true }).fill("javascript:alert(1)");
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("Publisher").fill("Renault Group");
  await form.getByLabel("Kind").selectOption({ label: "Primary document" });
  await form.getByRole("button", { name: "Add source" }).click();
  await expect(form.getByLabel("URL", { exact: true })).toHaveAccessibleDescription(/starting with http:\/\/ or https:\/\//);
  await expect(form.getByLabel("URL", { exact: true })).toHaveValue("javascript:alert(1)");
  await expect(form.getByLabel("Title")).toHaveValue(title);
  await expect(form.getByLabel("Publisher")).toHaveValue("Renault Group");

  const url = `https://example.org/renault-2018-${randomUUID().slice(0, 8)}.pdf`;
  await form.getByLabel("URL", { exact: true }).fill(url);
  await form.getByRole("button", { name: "Add source" }).click();
  await expect(form.getByRole("status")).toHaveText("Source added to the library.");
  await expect(form.getByLabel("Title")).toHaveValue("");

  await page.getByLabel("Search sources").fill(title.split(" ").pop()!);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/\/sources\?q=/);
  const results = page.getByRole("table");
  await expect(results.getByRole("row")).toHaveCount(2);
  await expect(results.getByRole("link", { name: new RegExp(title) })).toHaveAttribute("href", url);
  await expect(results).toContainText("Primary document");
  await expect(results).toContainText("Renault Group");

  await page.getByLabel("Search sources").fill(`no-such-source-${randomUUID()}`);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByText(/No sources match/)).toBeVisible();
});

test("the audit page lists an article's events newest first and filters by claim and person", async ({ page }) => {
  const editor = await createUser("editor", `Ana ${randomUUID().slice(0, 6)}`);
  const reviewer = await createUser("reviewer", `Ben ${randomUUID().slice(0, 6)}`);
  await signIn(page, editor);
  const article = await createArticleThroughForm(page, `Audit check ${randomUUID().slice(0, 8)}`);
  const [majority, nissan] = await addClaims(article, editor, [
    { exact: "owns a majority 15% of Renault", verdict: "disputed" },
    { exact: "Nissan holds 15% of Renault", verdict: "pending" },
  ]);
  // Audit events are written by use cases; here they are inserted as those would write them.
  const db = await getTestDb();
  const base = Date.now() + 1000;
  type SeedEvent = {
    actor: TestUser; action: string; claimId: string; before?: object; after: object; reason?: string;
  };
  const events: SeedEvent[] = [
    { actor: editor, action: "claim.create", claimId: majority, after: { exact: "owns a majority 15% of Renault", verdict: "pending" } },
    { actor: reviewer, action: "claim.set-verdict", claimId: majority, before: { verdict: "pending", rationale: null },
      after: { verdict: "disputed", rationale: "15% is not a majority." }, reason: "15% is not a majority." },
    { actor: editor, action: "claim.create", claimId: nissan, after: { exact: "Nissan holds 15% of Renault", verdict: "pending" } },
    { actor: reviewer, action: "claim.assign", claimId: nissan, before: { assigneeId: null }, after: { assigneeId: editor.id } },
  ];
  for (const [index, event] of events.entries()) {
    await db.auditEvent.create({
      data: {
        at: new Date(base + index * 1000), actorId: event.actor.id, actorLabel: event.actor.email, action: event.action,
        entityType: "claim", entityId: event.claimId, articleId: article.id, claimId: event.claimId,
        before: event.before, after: event.after, reason: event.reason,
      },
    });
  }

  await page.goto(`/articles/${article.id}/audit`);
  await expect(page.getByRole("heading", { name: "Audit trail" })).toBeVisible();
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(6);
  await expect(rows.nth(5)).toContainText("created article");
  await expect(rows.nth(5)).toContainText(editor.name);
  await expect(rows.nth(5)).toContainText(article.headline);
  await expect(rows.nth(3)).toContainText("set verdict");
  await expect(rows.nth(3)).toContainText(reviewer.name);
  await expect(rows.nth(3)).toContainText("verdict: pending → disputed");
  await expect(rows.nth(3)).toContainText("15% is not a majority.");
  await expect(rows.nth(1)).toContainText(`assignee: nobody → ${editor.name}`);

  await page.getByLabel("Claim").selectOption({ label: "“owns a majority 15% of Renault”" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(new RegExp(`claim=${majority}`));
  await expect(rows).toHaveCount(3);
  await expect(page.getByText("2 events match the filters")).toBeVisible();

  await page.getByLabel("Person").selectOption({ label: reviewer.name });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(new RegExp(`person=${reviewer.id}`));
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText("set verdict");

  await page.getByLabel("Claim").selectOption({ label: "All claims and article events" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText("assigned claim");

  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(rows).toHaveCount(6);
  await page.getByRole("link", { name: "← Back to the review" }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.id}$`));
});

test("the audit page counts a person's events up to 1,000 and says \"more than\" past it; the whole trail exactly", async ({ page }) => {
  const editor = await createUser("editor");
  await signIn(page, editor);
  const article = await createArticleThroughForm(page, `Audit counts ${randomUUID().slice(0, 8)}`);
  const db = await getTestDb();
  await db.auditEvent.createMany({
    data: Array.from({ length: 1_001 }, (_, index) => ({
      actorId: editor.id, actorLabel: editor.email, action: "comment.add", entityType: "comment",
      entityId: randomUUID(), articleId: article.id, after: { body: `Note ${index + 1}` },
    })),
  });
  await page.goto(`/articles/${article.id}/audit`);
  await expect(page.getByText("1,002 events; showing 100 newest")).toBeVisible();
  await page.goto(`/articles/${article.id}/audit?person=${editor.id}`);
  await expect(page.getByText("More than 1,000 events match the filters; showing 100 newest")).toBeVisible();
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(101);
});

test("the audit page shows the newest 100 events with the real total, and pages to older ones", async ({ page }) => {
  const editor = await createUser("editor");
  await signIn(page, editor);
  const article = await createArticleThroughForm(page, `Audit pages ${randomUUID().slice(0, 8)}`);
  const db = await getTestDb();
  await db.auditEvent.createMany({
    data: Array.from({ length: 120 }, (_, index) => ({
      actorId: editor.id, actorLabel: editor.email, action: "comment.add", entityType: "comment",
      entityId: randomUUID(), articleId: article.id, after: { body: `Note ${index + 1}` },
    })),
  });
  await page.goto(`/articles/${article.id}/audit`);
  await expect(page.getByText("121 events; showing 100 newest")).toBeVisible();
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(101);
  await expect(rows.nth(1)).toContainText("Note 120");
  await page.getByRole("navigation", { name: "Audit trail pages" }).getByRole("link", { name: "Older events" }).click();
  await expect(page).toHaveURL(/before=\d+/);
  await expect(rows).toHaveCount(22);
  await expect(rows.nth(1)).toContainText("Note 20");
  await expect(rows.nth(21)).toContainText("created article");
  await page.getByRole("link", { name: "Newest events" }).click();
  await expect(rows.nth(1)).toContainText("Note 120");
});
