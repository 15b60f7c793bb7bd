// Issue 11 item 3: enrol through the page, sign in with a code, a wrong code
// refused, a recovery code works once.
import { createUser, expect, signIn, test } from "./support/fixtures";
import { currentCode, nextCode, signInWithCode, submitPassword, wrongCode } from "./support/two-factor";

test("two-factor sign-in: enrol, sign in with a code, wrong code refused, a recovery code works once", async ({ page }) => {
  const user = await createUser("editor");
  await signIn(page, user);
  await page.goto("/");
  await page.getByRole("link", { name: "Two-factor" }).click();
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  const secret = (await page.getByLabel("Setup key").innerText()).replace(/\s+/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);

  // A wrong code does not turn it on; the form stays, keeping what was typed.
  const wrong = await wrongCode(secret);
  await page.getByLabel("Code from the app").fill(wrong);
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  await expect(page.getByText("That code is not right.", { exact: false })).toBeVisible();
  await expect(page.getByLabel("Code from the app")).toHaveValue(wrong);

  await page.getByLabel("Code from the app").fill(await currentCode(secret));
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  const codes = page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
  await expect(codes).toHaveCount(10);
  const recoveryCode = (await codes.first().innerText()).trim();
  await page.getByRole("button", { name: "I have saved them" }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);

  // The password alone no longer signs in: the form asks for the code.
  await submitPassword(page, user.email);
  await expect(page.getByRole("alert").filter({ hasText: /./ })).toContainText("Enter the code from your authenticator app");
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);

  // A wrong code is refused, and the email is still filled in for the retry.
  await submitPassword(page, user.email);
  await page.getByLabel("Two-factor code").fill(await wrongCode(secret));
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /./ })).toContainText("That code is not right");
  await expect(page.getByLabel("Email")).toHaveValue(user.email);

  // The right code signs in (the next step's: enrolment spent the current one).
  await page.getByLabel("Two-factor code").fill(await nextCode(secret));
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);

  // A recovery code signs in once...
  await signInWithCode(page, user.email, recoveryCode.toLowerCase());
  await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  // ...and never again.
  await signInWithCode(page, user.email, recoveryCode);
  await expect(page.getByRole("alert").filter({ hasText: /./ })).toContainText("That code is not right");
  await page.goto("/account/two-factor");
  await expect(page).toHaveURL(/\/login/);
});
