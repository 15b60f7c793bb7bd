import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signWebhookBody, verifyWebhookSignature } from "./signature";

describe("Factdesk-Signature", () => {
  const secret = "whsec_test";
  const body = '{"event":"article.signed_off"}';
  it("is t=<seconds>,v1=<hex HMAC-SHA256 of '<t>.<body>'>", () => {
    const expected = createHmac("sha256", secret).update(`1700000000.${body}`).digest("hex");
    expect(signWebhookBody(secret, body, 1700000000)).toBe(`t=1700000000,v1=${expected}`);
  });
  it("verifies, and refuses another body, secret, or an old timestamp", () => {
    const header = signWebhookBody(secret, body, 1700000000);
    expect(verifyWebhookSignature({ header, rawBody: body, secret, nowSeconds: 1700000010 })).toBe(true);
    expect(verifyWebhookSignature({ header, rawBody: `${body} `, secret, nowSeconds: 1700000010 })).toBe(false);
    expect(verifyWebhookSignature({ header, rawBody: body, secret: "other", nowSeconds: 1700000010 })).toBe(false);
    expect(verifyWebhookSignature({ header, rawBody: body, secret, nowSeconds: 1700001000 })).toBe(false);
    expect(verifyWebhookSignature({ header: "garbage", rawBody: body, secret })).toBe(false);
  });
});
