import { describe, expect, it } from "vitest";
import { buildContentSecurityPolicy, shouldSendHsts } from "./content-security-policy";

describe("buildContentSecurityPolicy", () => {
  it("allows scripts only from this origin or with the nonce, and nothing from elsewhere", () => {
    const policy = buildContentSecurityPolicy("abc123", { isDevelopment: false });
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic';");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toMatch(/https?:/);
  });
  it("adds unsafe-eval for the development server only", () => {
    expect(buildContentSecurityPolicy("n", { isDevelopment: true })).toContain("'unsafe-eval'");
  });
});

describe("shouldSendHsts", () => {
  it("is on for https, directly or behind a proxy, and off for plain http", () => {
    expect(shouldSendHsts(new URL("https://desk.example/"), null)).toBe(true);
    expect(shouldSendHsts(new URL("http://127.0.0.1:3000/"), "https")).toBe(true);
    expect(shouldSendHsts(new URL("http://localhost:3000/"), null)).toBe(false);
    expect(shouldSendHsts(new URL("https://desk.example/"), "http")).toBe(false);
  });
});
