import { describe, expect, it } from "vitest";
import { GET as getArticle } from "@/app/api/articles/[id]/route";
import { POST } from "@/app/api/articles/route";
import { db } from "@/lib/db";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { API_RATE_LIMIT_PER_MINUTE } from "@/lib/server/rate-limit/consume-rate-limit";
import { makeUser } from "../support/factories";
import { CMS_ARTICLE } from "../support/cms-article";

async function makeToken(role: "editor" | "viewer" = "editor") {
  const admin = await makeUser("admin");
  const user = await makeUser(role);
  return (await createApiToken({ actor: admin, input: { name: `cms-${role}`, userId: user.id } })).token;
}

const post = (token: string | null, body: unknown) =>
  POST(
    new Request("http://desk.example/api/articles", {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    }),
  );

const get = (token: string, id: string) =>
  getArticle(new Request(`http://desk.example/api/articles/${id}`, { headers: { authorization: `Bearer ${token}` } }), {
    params: Promise.resolve({ id }),
  });

const ARTICLE = { externalId: `cms-${Date.now()}`, ...CMS_ARTICLE };

describe("the CMS API", () => {
  it("creates an article, then makes a new revision for the same external id", async () => {
    const token = await makeToken();
    const created = await post(token, ARTICLE);
    expect(created.status).toBe(201);
    const { articleId } = await created.json();
    const again = await post(token, { ...ARTICLE, text: `${ARTICLE.text} Nissan refused.` });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ isCreated: false, articleId, revisionNumber: 2 });
    const fetched = await get(token, articleId);
    expect(fetched.status).toBe(200);
    const body = await fetched.json();
    expect(body).toMatchObject({ headline: "Renault and Nissan", originalUrl: ARTICLE.url, revision: { number: 2 } });
    expect(body.revision.text).toContain("Nissan refused.");
    expect(await db.auditEvent.count({ where: { articleId, action: { in: ["article.create", "article.revise"] } } })).toBe(2);
  });

  it("answers validation errors as JSON with field paths and a 4xx status, creating nothing", async () => {
    const token = await makeToken();
    const before = await db.article.count();
    const response = await post(token, { headline: "", url: "javascript:alert(1)", text: 42, extra: true });
    expect(response.status).toBe(422);
    const { error } = await response.json();
    expect(Object.keys(error.fieldErrors)).toEqual(expect.arrayContaining(["headline", "originalUrl", "text"]));
    expect(await db.article.count()).toBe(before);
  });

  // (A request with no credentials at all reads the session, which needs Next's
  // request scope: e2e/api.spec.ts covers it against the running server.)
  it("refuses an unknown token, and a viewer's token for writing", async () => {
    const unknown = await post("fdk_wrong", ARTICLE);
    expect(unknown.status).toBe(401);
    expect((await unknown.json()).error.message).toMatch(/^Invalid token/);
    expect((await post(await makeToken("viewer"), ARTICLE)).status).toBe(403);
  });

  it("rate-limits each token per minute, counted in Postgres", async () => {
    const token = await makeToken();
    const created = await (await post(token, { ...ARTICLE, externalId: `rl-${Date.now()}` })).json();
    const statuses: number[] = [];
    for (let i = 0; i < API_RATE_LIMIT_PER_MINUTE + 1; i++) statuses.push((await get(token, created.articleId)).status);
    // One request already went to the POST above, so the limit is hit one earlier.
    expect(statuses.filter((s) => s === 200)).toHaveLength(API_RATE_LIMIT_PER_MINUTE - 1);
    const limited = await get(token, created.articleId);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    // Another token has its own budget.
    expect((await get(await makeToken(), created.articleId)).status).toBe(200);
  });
});
