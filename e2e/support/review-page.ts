// Helpers for driving the review page in specs.
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

/** Opens a review page and waits until it is hydrated (before that, keys and clicks go nowhere). */
export async function openReview(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator("html[data-review-ready]")).toHaveCount(1);
}

export const claimPanel = (page: Page) => page.getByTestId("claim-panel");

/** Sets a verdict through the claim panel of the open claim and waits for "Verdict saved." */
export async function setVerdictInPanel(
  page: Page,
  verdict: "Verified" | "Disputed" | "Corrected",
  fields: { correction?: string; rationale?: string } = {},
): Promise<void> {
  const panel = claimPanel(page);
  await panel.getByRole("radio", { name: verdict }).check();
  if (fields.correction !== undefined) await panel.getByLabel("Corrected wording").fill(fields.correction);
  if (fields.rationale !== undefined) await panel.getByLabel(/^Rationale/).fill(fields.rationale);
  await panel.getByRole("button", { name: "Save verdict" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Verdict saved." })).toBeVisible();
}
