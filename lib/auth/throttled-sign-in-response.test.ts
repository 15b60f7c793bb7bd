import { describe, expect, it } from "vitest";
import { withThrottleStatus } from "./throttled-sign-in-response";

const json = (url: string, status = 401) =>
  new Response(JSON.stringify({ url }), { status, headers: { "Content-Type": "application/json" } });

describe("throttled sign-in responses", () => {
  it("turn next-auth's 401 for a lockout into 429 with Retry-After, keeping the body", async () => {
    const response = await withThrottleStatus(json("http://localhost/api/auth/error?error=TooManyAttempts%3A840"));
    expect(response.status).toBe(429);
    expect(response.headers.get("Retry-After")).toBe("840");
    expect(await response.json()).toEqual({ url: "http://localhost/api/auth/error?error=TooManyAttempts%3A840" });
  });

  it("leave a wrong password's 401 alone", async () => {
    const response = await withThrottleStatus(json("http://localhost/api/auth/error?error=CredentialsSignin"));
    expect(response.status).toBe(401);
    expect(response.headers.get("Retry-After")).toBeNull();
  });

  it("keep a redirect a redirect, with Retry-After", async () => {
    const redirect = new Response(null, { status: 302, headers: { Location: "/api/auth/error?error=SignInBusy%3A5" } });
    const response = await withThrottleStatus(redirect);
    expect(response.status).toBe(302);
    expect(response.headers.get("Retry-After")).toBe("5");
  });
});
