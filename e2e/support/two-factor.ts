// Two-factor helpers for browser tests: the person's authenticator app is
// otplib itself, fed the setup key the enrolment page shows in text.
import { generate } from "otplib";
import { expect, type Page } from "@playwright/test";
import { E2E_PASSWORD } from "./fixtures";

/** The code the app shows now. */
export async function currentCode(secret: string): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) });
}

/**
 * The code one step from now (accepted: the server allows one step of drift).
 * Signing in right after enrolling needs it, because the enrolment spent the
 * current step and a code is good once; no waiting for the clock.
 */
export async function nextCode(secret: string): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });
}

/** A six-digit code that is not valid now (the real one, plus one). */
export async function wrongCode(secret: string): Promise<string> {
  const real = await currentCode(secret);
  return String((Number(real) + 1) % 1_000_000).padStart(6, "0");
}

/** Fills the login form's password step; the caller answers the code step. */
export async function submitPassword(page: Page, email: string): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByLabel("Two-factor code")).toBeVisible();
}

/** Signs in through the form with `code` as the second step (for specs that need a two-factor user). */
export async function signInWithCode(page: Page, email: string, code: string): Promise<void> {
  await submitPassword(page, email);
  await page.getByLabel("Two-factor code").fill(code);
  await page.getByRole("button", { name: "Sign in" }).click();
}
