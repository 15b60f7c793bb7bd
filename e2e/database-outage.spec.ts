import { startDatabaseServer, stopDatabaseServer } from "./support/database-server";
import { createUser, expect, signIn, test } from "./support/fixtures";
import { claimPanel, openReview } from "./support/review-page";
import { makeArticle, openOnSecondInstance } from "./support/live-desk";

// The database goes away under a running app and comes back: the API answers 503
// with Retry-After, pages show "unavailable, retrying" and recover by themselves,
// without restarting the app. Runs alone, after every other spec (its own
// Playwright project, playwright.config.ts): the others would fail meanwhile.
// The live desk too: a review page left open on instance A through the outage
// gets an edit made afterwards on instance B, with no reload (its stream and the
// instance's listener reconnect by themselves).
test("a database outage shows the retrying page and 503s, and the app recovers by itself, live desk included", async ({ page, browser }) => {
  const editor = await createUser("editor");
  const other = await createUser("editor", "Eva After-Restart");
  const { url } = await makeArticle(editor);
  await signIn(page, editor);
  const watching = await page.context().newPage();
  await openReview(watching, url);
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Articles", level: 1 })).toBeVisible();

  const port = await stopDatabaseServer();
  let stopRestarted: (() => Promise<void>) | undefined;
  try {
    const health = await page.request.get("/api/health");
    expect(health.status()).toBe(503);
    expect(health.headers()["retry-after"]).toBe("5");
    const api = await page.request.get("/api/articles/00000000-0000-4000-8000-000000000000");
    expect(api.status()).toBe(503);
    expect((await api.json()).error.code).toBe("UNAVAILABLE");

    await page.reload();
    await expect(page.getByRole("heading", { name: "The database is unavailable, retrying" })).toBeVisible();

    stopRestarted = await startDatabaseServer(port);
    // The page polls /api/health and reloads itself once it answers.
    await expect(page.getByRole("heading", { name: "Articles", level: 1 })).toBeVisible({ timeout: 20_000 });
    expect((await page.request.get("/api/health")).status()).toBe(200);

    const editing = await openOnSecondInstance(browser, other, url);
    await claimPanel(editing).getByRole("radio", { name: "Disputed" }).check();
    await claimPanel(editing).getByLabel(/^Rationale/).fill("Checked after the restart.");
    await claimPanel(editing).getByRole("button", { name: "Save verdict" }).click();
    await expect(editing.getByRole("status").filter({ hasText: "Verdict saved." })).toBeVisible();
    await expect(claimPanel(watching).getByRole("radio", { name: "Disputed" })).toBeChecked({ timeout: 20_000 });
    await expect(claimPanel(watching).getByTestId("foreign-change")).toContainText("Eva After-Restart set the verdict");
    await editing.context().close();
  } finally {
    // Left running, it would outlive the app (whose own stop knows only the first server).
    await stopRestarted?.();
  }
});

