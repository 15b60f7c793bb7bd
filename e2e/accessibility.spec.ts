import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { getTestDb } from "./support/database";
import { createUser, expect, signIn, test } from "./support/fixtures";

// Every page a desk uses, checked with axe-core against WCAG 2.1 A and AA.
// Serious and critical findings fail the test; the rest are printed.
// The same visit checks the Content-Security-Policy: sent with a nonce, and
// nothing on the page (Next's own scripts included) refused by it.
async function expectNoSeriousViolations(page: Page, path: string) {
  const refused: string[] = [];
  const onConsole = (message: { type(): string; text(): string }) => {
    if (message.type() === "error" && message.text().includes("Content Security Policy")) refused.push(message.text());
  };
  page.on("console", onConsole);
  const response = await page.goto(path);
  // Not "networkidle": pages with the live desk keep their event stream open.
  // "load" has run every script; then wait for the stream, where the page opens one.
  await page.waitForLoadState("load");
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.live ?? "none")).not.toBe("connecting");
  page.off("console", onConsole);
  expect(response?.headers()["content-security-policy"], `CSP on ${path}`).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(refused, `CSP refusals on ${path}`).toEqual([]);
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  const describe = (list: typeof violations) =>
    list.map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join(", ")}`);
  if (violations.length > serious.length) console.log(`${path}: minor findings\n  ${describe(violations.filter((v) => !serious.includes(v))).join("\n  ")}`);
  expect(describe(serious), `axe findings on ${path}`).toEqual([]);
}

test("the sign-in page has no serious accessibility findings", async ({ page }) => {
  await expectNoSeriousViolations(page, "/login");
});

test("every desk page has no serious accessibility findings", async ({ page }) => {
  // 17 pages, each loaded, hydrated and scanned; the suite now serves two instances on two cores.
  test.setTimeout(180_000);
  const admin = await createUser("admin");
  await signIn(page, admin);
  const db = await getTestDb();
  const demo = await db.article.findFirstOrThrow({ orderBy: { createdAt: "asc" }, select: { id: true, claims: { select: { id: true }, take: 1 } } });
  const source = await db.source.create({
    data: { url: `https://a11y.example/${Date.now()}`, title: "Accessibility source", kind: "dataset", accessedAt: new Date(), createdById: admin.id },
  });
  for (const path of [
    "/",
    "/articles/new",
    `/articles/${demo.id}`,
    `/articles/${demo.id}?claim=${demo.claims[0].id}`,
    `/articles/${demo.id}/edit`,
    `/articles/${demo.id}/revisions`,
    `/articles/${demo.id}/sign-off`,
    `/articles/${demo.id}/audit`,
    "/claims",
    "/claims?assigned=me",
    "/sources",
    `/sources/${source.id}`,
    "/account/sessions",
    "/inbox",
    "/admin/users",
    `/admin/users/${admin.id}/sessions`,
    "/admin/tokens",
    "/admin/webhooks",
    "/admin/settings",
    "/admin/audit-trail?verify=1",
    "/docs/api",
  ]) {
    await expectNoSeriousViolations(page, path);
  }
});

test("the check fails on a page with a serious finding (an unlabelled field)", async ({ page }) => {
  await page.setContent(`<!doctype html><html lang="en"><head><title>t</title></head><body><main><input type="text"></main></body></html>`);
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical").map((v) => v.id)).toContain("label");
});
