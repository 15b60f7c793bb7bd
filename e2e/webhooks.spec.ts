import { createHmac } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createUser, expect, signIn, test } from "./support/fixtures";

// Against the running app (`npm start`): the API reference page and document,
// and an admin registering a webhook that the sender started with the server
// then delivers, signed, to a receiver on loopback.
test("the API reference is a readable page drawn from /api/openapi.json", async ({ page, request }) => {
  const document = await (await request.get("/api/openapi.json")).json();
  expect(document.openapi).toBe("3.1.0");
  await page.goto("/docs/api");
  await expect(page.getByRole("heading", { level: 1, name: "factdesk API" })).toBeVisible();
  await page.getByRole("link", { name: "GET /api/articles", exact: true }).click();
  await expect(page.getByRole("heading", { name: /GET \/api\/articles List articles for a CMS/ })).toBeInViewport();
  await expect(page.getByRole("region", { name: "Schema ArticleInput" })).toContainText("Renault turns to repairing");
});

test("an admin registers a webhook; the app's sender delivers a signed event to it", async ({ page }) => {
  const received: { signature: string; body: string }[] = [];
  const receiver = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      received.push({ signature: String(request.headers["factdesk-signature"]), body });
      response.end("ok");
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/factdesk`;
  try {
    const admin = await createUser("admin");
    await signIn(page, admin);
    await page.goto("/admin/webhooks");
    await page.getByLabel(/URL/).fill(url);
    await page.getByRole("checkbox", { name: /article\.revised/ }).check();
    await page.getByRole("button", { name: "Register endpoint" }).click();
    const secret = (await page.getByTestId("new-webhook-secret").textContent())!.trim();
    expect(secret).toMatch(/^whsec_/);
    await page.reload();
    await expect(page.getByRole("article", { name: `Endpoint ${url}` })).toBeVisible();
    expect(await page.content()).not.toContain(secret);

    // A CMS pushes an article twice: the second is a revision, article.revised.
    const token = await createTokenThroughAdminPage(page, admin.email);
    const article = { externalId: `e2e-webhook-${Date.now()}`, headline: "Webhook test", text: "Renault holds 43% of Nissan." };
    const headers = { authorization: `Bearer ${token}` };
    expect((await page.request.post("/api/articles", { data: article, headers })).status()).toBe(201);
    expect((await page.request.post("/api/articles", { data: { ...article, text: `${article.text} It said so.` }, headers })).status()).toBe(200);
    await expect.poll(() => received.length, { timeout: 15_000 }).toBeGreaterThan(0);
    const [delivery] = received;
    const [t, v1] = delivery.signature.split(",").map((part) => part.split("=")[1]);
    expect(createHmac("sha256", secret).update(`${t}.${delivery.body}`).digest("hex")).toBe(v1);
    expect(JSON.parse(delivery.body)).toMatchObject({ event: "article.revised", article: { externalId: article.externalId, revision: 2 } });
    // The log row is written just after the receiver answered.
    await expect(async () => {
      await page.goto("/admin/webhooks");
      await expect(page.getByRole("article", { name: `Endpoint ${url}` }).getByRole("cell", { name: "delivered" }).first()).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 15_000 });

    page.once("dialog", (dialog) => dialog.accept());
    await page.getByRole("button", { name: `Remove ${url}` }).click();
    await expect(page.getByRole("article", { name: `Endpoint ${url}` })).toHaveCount(0);
  } finally {
    receiver.close();
  }
});

async function createTokenThroughAdminPage(page: import("@playwright/test").Page, email: string): Promise<string> {
  await page.goto("/admin/tokens");
  await page.getByLabel("Name").fill("E2E CMS");
  await page.getByLabel("Acts as").selectOption({ label: `${email} (admin)` });
  await page.getByRole("button", { name: "Create token" }).click();
  return (await page.getByTestId("new-token").textContent())!.trim();
}
