// `npm run webhook:add -- --url U --events E1,E2` prints the secret once and registers the endpoint.
import { spawnSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { openWebhookSecret } from "@/lib/server/webhooks/webhook-secret";

const runCli = (args: string[], env: Record<string, string> = {}) =>
  spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/webhook-add.ts", ...args], { encoding: "utf8", env: { ...process.env, ...env } });

afterAll(() => db.webhookEndpoint.deleteMany({}));

describe("npm run webhook:add", () => {
  it("registers the endpoint and prints only its secret, once, on standard output", async () => {
    const url = "http://127.0.0.1:4999/hooks/factdesk";
    const result = runCli(["--url", url, "--events", "article.signed_off,article.sign_off_voided"], { FACTDESK_WEBHOOKS_ALLOW_PRIVATE: "1" });
    expect(result.status, result.stderr).toBe(0);
    const secret = result.stdout.trim();
    expect(result.stdout).toBe(`${secret}\n`);
    expect(secret).toMatch(/^whsec_[\w-]{40,}$/);
    expect(result.stderr).toContain(`Registered ${url} for article.signed_off, article.sign_off_voided.`);
    const endpoint = await db.webhookEndpoint.findFirstOrThrow({ where: { url } });
    expect(endpoint.events).toEqual(["article.signed_off", "article.sign_off_voided"]);
    // Sealed, and the app (same AUTH_SECRET) can open it to sign.
    expect(endpoint.sealedSecret).not.toContain(secret.slice(6));
    expect(openWebhookSecret(endpoint.sealedSecret, endpoint.id)).toBe(secret);
    expect(await db.auditEvent.count({ where: { action: "webhook.create", entityId: endpoint.id, actorLabel: "system" } })).toBe(1);
  });

  it.each([
    [["--url", "ftp://cms.example/x", "--events", "article.signed_off"], /http:\/\/ or https:\/\//],
    [["--url", "http://127.0.0.1:4999/x", "--events", "article.signed_off"], /private or loopback/],
    [["--url", "http://127.0.0.1:4999/x", "--events", "article.published"], /Choose events among/],
    [["--url", "http://127.0.0.1:4999/x"], /Usage: npm run webhook:add/],
  ])("refuses %j in one sentence with exit code 1, registering nothing", async (args, message) => {
    const before = await db.webhookEndpoint.count();
    const result = runCli(args);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(message);
    expect(await db.webhookEndpoint.count()).toBe(before);
  });
});
