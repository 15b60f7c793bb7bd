// Issue 11 items 1 and 2 in the browser: sign-out ends the session on the
// server (a copied cookie stops working), sessions are listed and ended, and
// repeated wrong passwords lock the account with a clear message.
import type { Page } from "@playwright/test";
import { getTestDb } from "./support/database";
import { createUser, E2E_PASSWORD, expect, signIn, test } from "./support/fixtures";

// Next's route announcer is an empty alert too: the login error is the one with text.
const loginAlert = (page: Page) => page.getByRole("alert").filter({ hasText: /./ });

async function demoArticleId(): Promise<string> {
  const db = await getTestDb();
  return (await db.article.findFirstOrThrow({ orderBy: { createdAt: "asc" }, select: { id: true } })).id;
}

test("after sign-out, a copied session cookie is refused by pages and the API", async ({ page, browser }) => {
  const editor = await createUser("editor");
  await signIn(page, editor);
  const articleId = await demoArticleId();
  const copied = await page.context().cookies();

  const thief = await browser.newContext();
  await thief.addCookies(copied);
  expect((await thief.request.get(`/api/articles/${articleId}`)).status()).toBe(200);

  await page.goto("/");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);

  expect((await thief.request.get(`/api/articles/${articleId}`)).status()).toBe(401);
  const thiefPage = await thief.newPage();
  await thiefPage.goto("/");
  await expect(thiefPage).toHaveURL(/\/login/);
  await thief.close();
});

test("a user ends another of their sessions from Your sessions", async ({ page, browser }) => {
  const editor = await createUser("editor");
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, editor);
  await signIn(page, editor);

  await page.goto("/account/sessions");
  await expect(page.getByRole("heading", { name: "Your sessions" })).toBeVisible();
  await expect(page.getByText("This browser")).toHaveCount(1);
  await expect(page.getByRole("button", { name: /^End session on/ })).toHaveCount(2);
  await page.getByRole("button", { name: "End all other sessions" }).click();
  await expect(page.getByRole("status")).toHaveText("Ended 1 other session.");

  await otherPage.goto("/");
  await expect(otherPage).toHaveURL(/\/login/);
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
  await other.close();
});

test("five wrong passwords lock the account: the right one is refused with the wait, and the API says 429", async ({ page }) => {
  const editor = await createUser("editor");
  await page.goto("/login");
  await page.getByLabel("Email").fill(editor.email);
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel("Password").fill(`wrong password ${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(loginAlert(page)).toHaveText("That email and password do not match an active account.");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(loginAlert(page)).toHaveText("Too many attempts; try again in 15 minutes.");
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);

  const csrf = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken: csrf.csrfToken, email: editor.email, password: E2E_PASSWORD, json: "true" },
  });
  expect(response.status()).toBe(429);
  expect(Number(response.headers()["retry-after"])).toBeGreaterThan(800);
});
