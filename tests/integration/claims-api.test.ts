// GET and PATCH /api/claims/{id} with an API token: the same use cases as the
// UI (audited, versioned), all-or-nothing, 409 with the current claim on a stale
// version, clear 4xx for bad input, and the API rate limit.
import { describe, expect, it } from "vitest";
import { GET, PATCH } from "@/app/api/claims/[id]/route";
import { db } from "@/lib/db";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { API_RATE_LIMIT_PER_MINUTE, consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { makeSourcedClaim } from "../support/claim-factories";
import { makeUser } from "../support/factories";

async function makeToken(role: "editor" | "viewer" = "editor") {
  const admin = await makeUser("admin");
  const user = await makeUser(role);
  return { user, token: (await createApiToken({ actor: admin, input: { name: `script-${role}`, userId: user.id } })).token };
}

const context = (id: string) => ({ params: Promise.resolve({ id }) });
const get = (token: string, id: string) =>
  GET(new Request(`http://desk.example/api/claims/${id}`, { headers: { authorization: `Bearer ${token}` } }), context(id));
const patch = (token: string, id: string, body: unknown, contentType = "application/json") =>
  PATCH(new Request(`http://desk.example/api/claims/${id}`, {
    method: "PATCH",
    headers: { "content-type": contentType, authorization: `Bearer ${token}` },
    body: typeof body === "string" ? body : JSON.stringify(body),
  }), context(id));

describe("the claims API", () => {
  it("verifies a claim with a consistency warning only with a reason, as the review page does", async () => {
    const { user, token } = await makeToken();
    // The default article opens with "a majority 15%": a consistency warning.
    const { claim } = await makeSourcedClaim(user);
    const refused = await patch(token, claim.id, { version: 0, verdict: "verified", rationale: "Checked." });
    expect(refused.status).toBe(422);
    expect((await refused.json()).error.fieldErrors).toHaveProperty("warningOverride");
    expect(await db.auditEvent.count({ where: { claimId: claim.id } })).toBe(0);
    const verified = await patch(token, claim.id, { version: 0, verdict: "verified", rationale: "Checked.", warningOverride: "The filing calls it the controlling stake." });
    expect(verified.status).toBe(200);
    const event = await db.auditEvent.findFirstOrThrow({ where: { claimId: claim.id, action: "claim.set-verdict" } });
    expect(event.after).toMatchObject({ verdict: "verified", warningOverride: "The filing calls it the controlling stake." });
  });

  it("reads a claim, then changes verdict, rationale, restated and assignee in one audited step", async () => {
    const { user, token } = await makeToken();
    const { claim } = await makeSourcedClaim(user);
    const read = await get(token, claim.id);
    expect(read.status).toBe(200);
    const body = await read.json();
    expect(body).toMatchObject({ id: claim.id, version: 0, verdict: "pending" });
    expect(body.sources).toHaveLength(1);
    const response = await patch(token, claim.id, { version: 0, verdict: "disputed", rationale: "Formed in 1999.", restated: "The alliance is 20 years old.", assigneeId: user.id });
    expect(response.status).toBe(200);
    const changed = await response.json();
    expect(changed).toMatchObject({ verdict: "disputed", rationale: "Formed in 1999.", restated: "The alliance is 20 years old.", assigneeId: user.id, version: 3 });
    const actions = (await db.auditEvent.findMany({ where: { claimId: claim.id }, orderBy: { id: "asc" } })).map((event) => event.action);
    expect(actions).toEqual(["claim.edit", "claim.set-verdict", "claim.assign"]);
    // Only the rationale: the verdict stays.
    const again = await patch(token, claim.id, { version: 3, rationale: "Founded in March 1999." });
    expect(await again.json()).toMatchObject({ verdict: "disputed", rationale: "Founded in March 1999.", version: 4 });
  });

  it("answers a stale version with 409 and the current claim, changing nothing", async () => {
    const { user, token } = await makeToken();
    const { claim } = await makeSourcedClaim(user);
    expect((await patch(token, claim.id, { version: 0, restated: "First." })).status).toBe(200);
    const stale = await patch(token, claim.id, { version: 0, verdict: "verified" });
    expect(stale.status).toBe(409);
    const body = await stale.json();
    expect(body.error.code).toBe("CONFLICT");
    expect(body.current).toMatchObject({ id: claim.id, version: 1, restated: "First.", verdict: "pending" });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).verdict).toBe("pending");
  });

  it("is all or nothing: a verdict its rules refuse leaves the edit sent with it unsaved", async () => {
    const { user, token } = await makeToken();
    const { claim } = await makeSourcedClaim(user);
    const response = await patch(token, claim.id, { version: 0, restated: "Changed.", verdict: "corrected" });
    expect(response.status).toBe(422);
    const row = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(row).toMatchObject({ version: 0, restated: claim.restated, verdict: "pending" });
    expect(await db.auditEvent.count({ where: { claimId: claim.id } })).toBe(0);
  });

  it("answers bad input, unknown claims, viewers and bad tokens with clear 4xx, never a 500", async () => {
    const { user, token } = await makeToken();
    const { claim } = await makeSourcedClaim(user);
    const cases: [Promise<Response>, number][] = [
      [patch(token, claim.id, { version: 0 }), 422],
      [patch(token, claim.id, { version: "0", verdict: "verified" }), 422],
      [patch(token, claim.id, { version: 0, verdict: "maybe" }), 422],
      [patch(token, claim.id, { version: 0, restated: "a\u0000b" }), 422],
      [patch(token, claim.id, { version: 0, verdict: "pending", extra: 1 }), 422],
      [patch(token, claim.id, { version: 0, assigneeId: "not-a-uuid" }), 422],
      [patch(token, claim.id, "[1, 2]"), 422],
      [patch(token, claim.id, "{not json"), 422],
      [patch(token, claim.id, { version: 0, verdict: "pending" }, "text/plain"), 422],
      [patch(token, "not-a-uuid", { version: 0, verdict: "pending" }), 404],
      [patch(token, "00000000-0000-4000-8000-000000000000", { version: 0, verdict: "pending" }), 404],
      [get(token, "00000000-0000-4000-8000-000000000000"), 404],
      [patch("fdk_wrong", claim.id, { version: 0, verdict: "pending" }), 401],
    ];
    for (const [response, status] of cases) {
      const answered = await response;
      expect(answered.status).toBe(status);
      expect((await answered.json()).error.message).toEqual(expect.any(String));
    }
    const viewer = await makeToken("viewer");
    expect((await get(viewer.token, claim.id)).status).toBe(200);
    expect((await patch(viewer.token, claim.id, { version: 0, verdict: "pending" })).status).toBe(403);
    expect(await db.auditEvent.count({ where: { claimId: claim.id } })).toBe(0);
  });

  it("counts against the token's rate limit", async () => {
    const { user, token } = await makeToken();
    const { claim } = await makeSourcedClaim(user);
    const tokenId = (await db.apiToken.findFirstOrThrow({ where: { userId: user.id }, select: { id: true } })).id;
    // All of this must fall in one one-minute window: start a fresh one if this is nearly over.
    const msLeft = 60_000 - (Date.now() % 60_000);
    if (msLeft < 5_000) await new Promise((resolve) => setTimeout(resolve, msLeft + 50));
    expect((await get(token, claim.id)).status).toBe(200);
    // Spend the rest of this minute's allowance the cheap way, as other API calls would.
    for (let index = 1; index < API_RATE_LIMIT_PER_MINUTE; index++) await consumeRateLimit(`token:${tokenId}`);
    const limited = await get(token, claim.id);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("Retry-After")).toMatch(/^\d+$/);
  });
});
