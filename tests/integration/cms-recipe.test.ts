// The README's CMS recipe, end to end: scripts/cms-recipe.ts runs as its own
// process against the API over HTTP, receives the signed webhooks the sender
// delivers on loopback, and publishes the corrected copy and the ClaimReview.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getSignOffStatus } from "@/lib/server/sign-offs/get-sign-off-status";
import { signOffArticle } from "@/lib/server/sign-offs/sign-off-article";
import { createWebhookEndpoint } from "@/lib/server/webhooks/create-webhook-endpoint";
import { sendDueWebhooks } from "@/lib/server/webhooks/webhook-sender";
import { findFreePort } from "../../scripts/lib/ports";
import { makeApiToken } from "../support/api-requests";
import { startApiServer } from "../support/api-server";
import { makeClaim, makeSource, makeCitation } from "../support/claim-factories";
import { makeUser } from "../support/factories";
import { EXAMPLE_POST_ARTICLE } from "@/lib/openapi/examples";

let api: Awaited<ReturnType<typeof startApiServer>>;
beforeAll(async () => {
  process.env.FACTDESK_WEBHOOKS_ALLOW_PRIVATE = "1";
  // Only this file's endpoint: others left by earlier files would be sent to as well.
  await db.webhookEndpoint.deleteMany({});
  api = await startApiServer();
});
afterAll(async () => {
  delete process.env.FACTDESK_WEBHOOKS_ALLOW_PRIVATE;
  await api.close();
  await db.webhookEndpoint.deleteMany({});
});

describe("scripts/cms-recipe.ts", () => {
  it("pushes an article, waits for the signed-off webhook, verifies it, fetches the exports and publishes", async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), "cms-recipe-"));
    const externalId = `recipe-${randomUUID()}`;
    const articleFile = path.join(folder, "article.json");
    writeFileSync(articleFile, JSON.stringify({ ...EXAMPLE_POST_ARTICLE, externalId }));
    const port = await findFreePort();
    const admin = await makeUser("admin");
    // Another endpoint with a wrong secret would not reach the script; this one is the CMS's.
    const endpoint = await createWebhookEndpoint({ actor: admin, input: { url: `http://127.0.0.1:${port}/factdesk`, events: ["article.revised", "article.signed_off"] } });
    const { token } = await makeApiToken("editor");
    const out = path.join(folder, "published");
    const child = spawn("npx", ["tsx", "scripts/cms-recipe.ts", "--desk", api.url, "--token", token, "--secret", endpoint.secret,
      "--listen", `127.0.0.1:${port}`, "--article", articleFile, "--out", out, "--timeout-seconds", "60"], { env: process.env });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number>((resolve) => child.on("exit", (code) => resolve(code ?? 1)));

    // The desk: wait for the push, check a claim, sign off; the sender delivers meanwhile.
    let article = null;
    for (let i = 0; i < 300 && !article; i++) {
      article = await db.article.findUnique({ where: { externalId }, include: { currentRevision: true } });
      if (!article) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(article, output).not.toBeNull();
    const editor = await makeUser("editor");
    const reviewer = await makeUser("reviewer");
    const claim = await makeClaim(editor, { ...article!, revision: article!.currentRevision! }, {
      quote: "the two decades old alliance", verdict: "verified",
    });
    await makeCitation(editor, claim.id, (await makeSource(editor)).id);
    // The ClaimReview export needs the desk's public addresses.
    await db.deskSettings.upsert({
      where: { id: 1 },
      create: { id: 1, organisationUrl: "https://news.example", publicFactCheckUrl: "https://news.example/fact-checks" },
      update: { organisationUrl: "https://news.example", publicFactCheckUrl: "https://news.example/fact-checks" },
    });
    const status = await getSignOffStatus({ actor: reviewer, articleId: article!.id });
    await signOffArticle({ actor: reviewer, input: { articleId: article!.id, expectedSha256: status.currentSha256 } });
    let code: number | null = null;
    exited.then((c) => (code = c));
    for (let i = 0; i < 300 && code === null; i++) {
      await sendDueWebhooks();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(code, output).toBe(0);
    expect(output).toContain(`Webhook article.signed_off for article ${article!.id}`);
    expect(output).toMatch(/Published .* \(signed off at revision 1, sha256 [0-9a-f]{64}, audit head \d+ [0-9a-f]{64}\)/);
    const base = path.join(out, externalId);
    const html = readFileSync(`${base}.html`, "utf8");
    expect(html).toContain(EXAMPLE_POST_ARTICLE.headline);
    expect(html).not.toMatch(/not (yet )?signed off/i);
    const claimReview = JSON.parse(readFileSync(`${base}.claimreview.json`, "utf8"));
    expect(claimReview["@context"]).toBe("https://schema.org");
    expect(claimReview["@graph"]).toHaveLength(1);
    expect(claimReview["@graph"][0]).toMatchObject({ "@type": "ClaimReview" });
    // Every delivery to the script was accepted (signature verified): none left pending.
    const deliveries = await db.webhookDelivery.findMany({ where: { endpointId: endpoint.id }, select: { status: true, event: true } });
    expect(deliveries).toEqual([{ status: "delivered", event: "article.signed_off" }]);
  }, 90_000);

  it("refuses a webhook whose signature does not verify", async () => {
    const { verifySignature } = await import("../../scripts/cms-recipe");
    const { signWebhookBody } = await import("@/lib/domain/webhooks/signature");
    const body = '{"event":"article.signed_off"}';
    const header = signWebhookBody("whsec_right", body, Math.floor(Date.now() / 1000));
    expect(verifySignature(header, body, "whsec_right")).toBe(true);
    expect(verifySignature(header, body, "whsec_wrong")).toBe(false);
    expect(verifySignature(header, `${body} `, "whsec_right")).toBe(false);
    expect(verifySignature(signWebhookBody("whsec_right", body, Math.floor(Date.now() / 1000) - 600), body, "whsec_right")).toBe(false);
  });
});
