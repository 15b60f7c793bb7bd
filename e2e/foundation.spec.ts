import { getTestDb } from "./support/database";
import { createUser, expect, signIn, test } from "./support/fixtures";

test("the demo editor signs in with the form and sees the demo article and its claims", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel("Email").fill("editor@factdesk.test");
  await page.getByLabel("Password").fill("factdesk-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
  await page
    .getByRole("link", { name: "Renault turns to repairing its Nissan alliance after the FCA merger collapses", exact: true })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Renault turns to repairing");
  const claims = page.getByRole("complementary", { name: "Claims" });
  await expect(claims.getByText("“The French government, which owns a majority 15% of Renault”")).toBeVisible();
  await expect(page.getByTestId("claim-card")).toHaveCount(5);
  await expect(page.locator("mark").filter({ hasText: "owns a majority 15% of Renault" })).toBeVisible();
});

test("a wrong password and an unknown email get the same generic error and no session", async ({ page }) => {
  const user = await createUser("editor");
  const message = "That email and password do not match an active account.";
  for (const email of [user.email, "nobody-here@e2e.factdesk"]) {
    await page.goto("/login");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /./ })).toHaveText(message);
    // What the user typed survives the failed attempt.
    await expect(page.getByLabel("Email")).toHaveValue(email);
  }
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
});

test("an editor cannot reach the admin pages", async ({ page }) => {
  const editor = await createUser("editor");
  await signIn(page, editor);
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Users" })).toHaveCount(0);
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Users" })).toHaveCount(0);
});

test("a disabled user's open session stops working on the next request", async ({ browser }) => {
  const admin = await createUser("admin");
  const editor = await createUser("editor");
  const editorContext = await browser.newContext();
  const editorPage = await editorContext.newPage();
  await signIn(editorPage, editor);
  await editorPage.goto("/");
  await expect(editorPage.getByRole("heading", { name: "Articles" })).toBeVisible();

  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await signIn(adminPage, admin);
  await adminPage.goto("/admin/users");
  await adminPage.getByRole("button", { name: `Disable ${editor.email}` }).click();
  await expect(adminPage.getByRole("status")).toHaveText("Disabled.");
  const db = await getTestDb();
  await expect.poll(async () => (await db.user.findUniqueOrThrow({ where: { id: editor.id } })).disabledAt).not.toBeNull();

  await editorPage.goto("/");
  await expect(editorPage).toHaveURL(/\/login/);
  await editorContext.close();
  await adminContext.close();
});
