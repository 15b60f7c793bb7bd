// Idempotency-Key on POST /api/articles (lib/http/with-idempotency.ts).
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { callPostArticle, makeApiToken } from "../support/api-requests";
import { CMS_ARTICLE } from "../support/cms-article";

const article = () => ({ ...CMS_ARTICLE, externalId: `idem-${randomUUID()}` });
const revisionsOf = (externalId: string) => db.articleRevision.count({ where: { article: { externalId } } });

describe("Idempotency-Key on POST /api/articles", () => {
  it("a retry gets the first response back and changes nothing", async () => {
    const { token } = await makeApiToken();
    const body = article();
    const key = randomUUID();
    const first = await callPostArticle(token, body, { "idempotency-key": key });
    expect(first.status).toBe(201);
    const firstBody = await first.json();
    const events = await db.auditEvent.count({ where: { articleId: firstBody.articleId } });
    const retry = await callPostArticle(token, body, { "idempotency-key": key });
    expect(retry.status).toBe(201);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(retry.headers.get("content-type")).toContain("application/json");
    expect(await retry.json()).toEqual(firstBody);
    expect(await db.article.count({ where: { externalId: body.externalId } })).toBe(1);
    expect(await db.auditEvent.count({ where: { articleId: firstBody.articleId } })).toBe(events);
    // Without the key, the same body again is a real second request (a revision, unchanged text).
    const again = await callPostArticle(token, { ...body, text: `${body.text} More.` });
    expect(again.status).toBe(200);
    expect(await revisionsOf(body.externalId)).toBe(2);
  });

  it("refuses the same key with a different body (422), and keys are per token", async () => {
    const { token } = await makeApiToken();
    const key = randomUUID();
    const body = article();
    expect((await callPostArticle(token, body, { "idempotency-key": key })).status).toBe(201);
    const other = await callPostArticle(token, { ...body, text: `${body.text} Changed.` }, { "idempotency-key": key });
    expect(other.status).toBe(422);
    expect((await other.json()).error.fieldErrors).toHaveProperty("Idempotency-Key");
    expect(await revisionsOf(body.externalId)).toBe(1);
    // Another token's same key is its own.
    const otherToken = (await makeApiToken()).token;
    const theirs = await callPostArticle(otherToken, article(), { "idempotency-key": key });
    expect(theirs.status).toBe(201);
    expect(theirs.headers.get("idempotent-replayed")).toBeNull();
  });

  it("of concurrent requests with one key, one runs; the others get its response or 409", async () => {
    const { token } = await makeApiToken();
    const body = article();
    const key = randomUUID();
    const responses = await Promise.all(Array.from({ length: 6 }, () => callPostArticle(token, body, { "idempotency-key": key })));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    const replayed = responses.filter((r) => r.status === 201 && r.headers.get("idempotent-replayed") === null);
    expect(replayed).toHaveLength(1);
    const conflict = responses.find((r) => r.status === 409);
    if (conflict) expect(conflict.headers.get("retry-after")).toBe("1");
    expect(await db.article.count({ where: { externalId: body.externalId } })).toBe(1);
    expect(await revisionsOf(body.externalId)).toBe(1);
  });

  it("does not keep a 'try again' answer: after a 409 from the use case the retry runs", async () => {
    const { isReplayable } = await import("@/lib/http/with-idempotency");
    expect([200, 201, 404, 422, 413].map(isReplayable)).toEqual([true, true, true, true, true]);
    expect([408, 409, 429, 500, 503].map(isReplayable)).toEqual([false, false, false, false, false]);
  });

  it("keeps a validation failure (it would fail again) and refuses malformed keys", async () => {
    const { token } = await makeApiToken();
    const key = randomUUID();
    const bad = { ...article(), headline: "" };
    expect((await callPostArticle(token, bad, { "idempotency-key": key })).status).toBe(422);
    const retry = await callPostArticle(token, bad, { "idempotency-key": key });
    expect(retry.status).toBe(422);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    const malformed = await callPostArticle(token, article(), { "idempotency-key": "has spaces in it" });
    expect(malformed.status).toBe(422);
  });

  it("takes over a key whose first request died (still running after a minute)", async () => {
    const { token, user } = await makeApiToken();
    const tokenRow = await db.apiToken.findFirstOrThrow({ where: { userId: user.id } });
    const body = article();
    const key = randomUUID();
    // What a crashed instance leaves: the key taken, no response, long ago.
    const hash = await firstRequestHash(token, body, key);
    await db.idempotencyKey.update({ where: { scope_key: { scope: `token:${tokenRow.id}`, key } }, data: { status: null, body: null, createdAt: new Date(Date.now() - 120_000) } });
    await db.article.deleteMany({ where: { externalId: body.externalId } });
    const retry = await callPostArticle(token, body, { "idempotency-key": key });
    expect(retry.status).toBe(201);
    expect(retry.headers.get("idempotent-replayed")).toBeNull();
    expect((await db.idempotencyKey.findUniqueOrThrow({ where: { scope_key: { scope: `token:${tokenRow.id}`, key } } })).requestHash).toBe(hash);
  });
});

async function firstRequestHash(token: string, body: unknown, key: string): Promise<string> {
  expect((await callPostArticle(token, body, { "idempotency-key": key })).status).toBe(201);
  return (await db.idempotencyKey.findFirstOrThrow({ where: { key } })).requestHash;
}
