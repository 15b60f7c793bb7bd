// The OpenAPI description cannot drift from the API: every route is called
// with its route handler, and each real answer (status, headers, body) is
// checked against /api/openapi.json's description; every described
// operation must be exercised here, and every route file must be described.
import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GET as exportRoute } from "@/app/api/articles/[id]/export/route";
import { GET as articleRoute } from "@/app/api/articles/[id]/route";
import { GET as listRoute, POST as postRoute } from "@/app/api/articles/route";
import { GET as claimRoute, PATCH as patchClaimRoute } from "@/app/api/claims/[id]/route";
import { GET as deskMembersRoute } from "@/app/api/desk-members/route";
import { GET as evidenceRoute } from "@/app/api/evidence/[id]/route";
import { GET as healthRoute } from "@/app/api/health/route";
import { addEvidence } from "@/lib/server/sources/add-evidence";
import { GET as unreadCountRoute } from "@/app/api/inbox/unread-count/route";
import { GET as liveRoute } from "@/app/api/live/route";
import { POST as presenceRoute } from "@/app/api/live/presence/route";
import { GET as openApiRoute } from "@/app/api/openapi.json/route";
import { db } from "@/lib/db";
import { EXPORT_FORMATS } from "@/lib/schemas/export";
import { makeApiToken } from "../support/api-requests";
import { CMS_ARTICLE } from "../support/cms-article";
import { checkResponse, DESCRIBED_OPERATIONS } from "../support/openapi-validator";
import { makeComment, makeSourcedClaim } from "../support/claim-factories";
import { makeArticle, makeUser } from "../support/factories";
import { makeSignedOffArticle } from "../support/sign-off-factories";

const root = path.join(import.meta.dirname, "../..");
const BASE = "http://desk.example";
// next-auth's catch-all needs Next's request scope (cookies()), which a route
// handler called from a test does not have; the browser tests sign in through it.
const CALLED_ELSEWHERE = new Set(["GET /api/auth/{nextauth}", "POST /api/auth/{nextauth}"]);

const called = new Set<string>();
const failures: string[] = [];

async function expectDescribed(operation: string, response: Response, expectedStatus: number) {
  const [method, pathTemplate] = operation.split(" ");
  called.add(operation);
  expect(response.status, `${operation}: ${await response.clone().text().then((t) => t.slice(0, 300))}`).toBe(expectedStatus);
  const problems = await checkResponse(pathTemplate, method, response);
  if (problems.length) failures.push(`${operation} ${expectedStatus}: ${problems.join("; ")}`);
  expect(problems, `${operation} ${expectedStatus}`).toEqual([]);
}

const auth = (token: string) => ({ authorization: `Bearer ${token}` });
const params = (id: string) => ({ params: Promise.resolve({ id }) });

afterAll(() => {
  if (failures.length) console.error(failures.join("\n"));
});

describe("every API answer is as /api/openapi.json describes it", () => {
  it("GET /api/health and GET /api/openapi.json", async () => {
    await expectDescribed("GET /api/health", await healthRoute(), 200);
    const document = await openApiRoute();
    await expectDescribed("GET /api/openapi.json", document, 200);
    expect((await document.json()).openapi).toBe("3.1.0");
  });

  it("POST /api/articles: created, revised, replayed, in progress, invalid, forbidden, unauthenticated", async () => {
    const { token } = await makeApiToken("editor");
    const body = { ...CMS_ARTICLE, externalId: `drift-${randomUUID()}` };
    const post = (payload: unknown, headers: Record<string, string> = {}, bearer = token) =>
      postRoute(new Request(`${BASE}/api/articles`, { method: "POST", headers: { "content-type": "application/json", ...auth(bearer), ...headers }, body: JSON.stringify(payload) }));
    const key = randomUUID();
    await expectDescribed("POST /api/articles", await post(body, { "idempotency-key": key }), 201);
    await expectDescribed("POST /api/articles", await post(body, { "idempotency-key": key }), 201);
    await expectDescribed("POST /api/articles", await post({ ...body, text: `${body.text} Nissan refused.` }), 200);
    await expectDescribed("POST /api/articles", await post({ ...body, text: "Other." }, { "idempotency-key": key }), 422);
    await expectDescribed("POST /api/articles", await post({ headline: "" }), 422);
    // A first request with this key still running (its row taken, no response yet).
    const running = randomUUID();
    const tokenId = (await db.apiToken.findFirstOrThrow({ where: { name: "cms-editor" }, orderBy: { createdAt: "desc" } })).id;
    await db.idempotencyKey.create({ data: { scope: `token:${tokenId}`, key: running, requestHash: "0".repeat(64) } });
    const conflict = await post(body, { "idempotency-key": running });
    // Another body than the running one: 422; make the hash match to see the 409.
    expect(conflict.status).toBe(422);
    const hash = (await import("node:crypto")).createHash("sha256").update(`POST /api/articles\n`).update(JSON.stringify(body)).digest("hex");
    await db.idempotencyKey.update({ where: { scope_key: { scope: `token:${tokenId}`, key: running } }, data: { requestHash: hash } });
    await expectDescribed("POST /api/articles", await post(body, { "idempotency-key": running }), 409);
    await expectDescribed("POST /api/articles", await post(body, {}, (await makeApiToken("viewer")).token), 403);
    await expectDescribed("POST /api/articles", await post(body, {}, "fdk_unknown"), 401);
  });

  it("GET /api/articles and GET /api/articles/{id}", async () => {
    const { token } = await makeApiToken("viewer");
    const signed = await makeSignedOffArticle();
    const list = (query: string, bearer = token) => listRoute(new Request(`${BASE}/api/articles?${query}`, { headers: auth(bearer) }));
    await expectDescribed("GET /api/articles", await list(`externalId=${signed.article.externalId}`), 200);
    await expectDescribed("GET /api/articles", await list("limit=1"), 200);
    await expectDescribed("GET /api/articles", await list("state=published"), 422);
    await expectDescribed("GET /api/articles", await list("", "fdk_unknown"), 401);
    const get = (id: string) => articleRoute(new Request(`${BASE}/api/articles/${id}`, { headers: auth(token) }), params(id));
    await expectDescribed("GET /api/articles/{id}", await get(signed.article.id), 200);
    await expectDescribed("GET /api/articles/{id}", await get(randomUUID()), 404);
  });

  it("GET /api/articles/{id}/export in every format", async () => {
    const { token } = await makeApiToken("viewer");
    const signed = await makeSignedOffArticle();
    // ClaimReview needs the desk's public addresses (docs/product.md, "Exports").
    await db.deskSettings.upsert({
      where: { id: 1 },
      create: { id: 1, organisationUrl: "https://news.example", publicFactCheckUrl: "https://news.example/fact-checks" },
      update: { organisationUrl: "https://news.example", publicFactCheckUrl: "https://news.example/fact-checks" },
    });
    const exportAs = (id: string, query: string) =>
      exportRoute(new Request(`${BASE}/api/articles/${id}/export?${query}`, { headers: auth(token) }), params(id));
    for (const format of EXPORT_FORMATS) {
      await expectDescribed("GET /api/articles/{id}/export", await exportAs(signed.article.id, `format=${format}`), 200);
    }
    await expectDescribed("GET /api/articles/{id}/export", await exportAs(signed.article.id, "format=docx&mode=tracked"), 200);
    await expectDescribed("GET /api/articles/{id}/export", await exportAs(signed.article.id, "format=pdf"), 422);
    await expectDescribed("GET /api/articles/{id}/export", await exportAs(randomUUID(), "format=txt"), 404);
    const unsigned = await makeArticle(await makeUser("editor"));
    await expectDescribed("GET /api/articles/{id}/export", await exportAs(unsigned.id, "format=claimreview"), 409);
  });

  it("GET and PATCH /api/claims/{id}: read, changed, replayed, stale, invalid, forbidden, missing", async () => {
    const { token, user } = await makeApiToken("editor");
    const { claim } = await makeSourcedClaim(user);
    await makeComment(user, claim.id);
    const get = (id: string, bearer = token) => claimRoute(new Request(`${BASE}/api/claims/${id}`, { headers: auth(bearer) }), params(id));
    const patch = (id: string, payload: unknown, headers: Record<string, string> = {}, bearer = token) =>
      patchClaimRoute(
        new Request(`${BASE}/api/claims/${id}`, { method: "PATCH", headers: { "content-type": "application/json", ...auth(bearer), ...headers }, body: JSON.stringify(payload) }),
        params(id),
      );
    await expectDescribed("GET /api/claims/{id}", await get(claim.id), 200);
    await expectDescribed("GET /api/claims/{id}", await get(randomUUID()), 404);
    await expectDescribed("GET /api/claims/{id}", await get(claim.id, "fdk_unknown"), 401);
    const key = randomUUID();
    const change = { version: claim.version, verdict: "disputed", rationale: "The filing says otherwise." };
    await expectDescribed("PATCH /api/claims/{id}", await patch(claim.id, change, { "idempotency-key": key }), 200);
    const replay = await patch(claim.id, change, { "idempotency-key": key });
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    await expectDescribed("PATCH /api/claims/{id}", replay, 200);
    await expectDescribed("PATCH /api/claims/{id}", await patch(claim.id, change), 409);
    await expectDescribed("PATCH /api/claims/{id}", await patch(claim.id, { ...change, verdict: "unknown" }), 422);
    await expectDescribed("PATCH /api/claims/{id}", await patch(randomUUID(), change), 404);
    await expectDescribed("PATCH /api/claims/{id}", await patch(claim.id, change, {}, (await makeApiToken("viewer")).token), 403);
  });

  it("GET /api/evidence/{id}: the bytes as a download, or 404", async () => {
    const { token, user } = await makeApiToken("editor");
    const { source } = await makeSourcedClaim(user);
    const evidence = await addEvidence({ actor: user, input: { sourceId: source.id, excerpt: "Revenue fell 4% in 2018.", capturedAt: "" }, file: null });
    const get = (id: string) => evidenceRoute(new Request(`${BASE}/api/evidence/${id}`, { headers: auth(token) }), params(id));
    await expectDescribed("GET /api/evidence/{id}", await get(evidence.id), 200);
    await expectDescribed("GET /api/evidence/{id}", await get(randomUUID()), 404);
  });

  it("GET /api/inbox/unread-count and GET /api/desk-members", async () => {
    const { token } = await makeApiToken("editor");
    await expectDescribed("GET /api/inbox/unread-count", await unreadCountRoute(new Request(`${BASE}/api/inbox/unread-count`, { headers: auth(token) })), 200);
    await expectDescribed("GET /api/inbox/unread-count", await unreadCountRoute(new Request(`${BASE}/api/inbox/unread-count`, { headers: auth("fdk_unknown") })), 401);
    await expectDescribed("GET /api/desk-members", await deskMembersRoute(new Request(`${BASE}/api/desk-members`, { headers: auth(token) })), 200);
    await expectDescribed("GET /api/desk-members", await deskMembersRoute(new Request(`${BASE}/api/desk-members`, { headers: auth("fdk_unknown") })), 401);
  });

  it("GET /api/live: an open event stream, or 401", async () => {
    const { token } = await makeApiToken("viewer");
    const controller = new AbortController();
    const stream = await liveRoute(new Request(`${BASE}/api/live`, { headers: auth(token), signal: controller.signal }));
    // Not through expectDescribed, which reads the whole body: a stream never ends.
    called.add("GET /api/live");
    expect(stream.status).toBe(200);
    expect(await checkResponse("/api/live", "GET", new Response(null, { status: stream.status, headers: stream.headers }))).toEqual([]);
    controller.abort();
    await stream.body?.cancel();
    await expectDescribed("GET /api/live", await liveRoute(new Request(`${BASE}/api/live`, { headers: auth("fdk_unknown") })), 401);
  });

  it("POST /api/live/presence: 204, 404 for an unknown article, 422 for a bad beat, 401", async () => {
    const { token } = await makeApiToken("viewer");
    const article = await makeArticle(await makeUser("editor"));
    const beat = { tabId: "drift-test-tab", articleId: article.id, claimId: null, isEditing: false, isHere: true };
    const post = (body: unknown, authToken = token) =>
      presenceRoute(new Request(`${BASE}/api/live/presence`, { method: "POST", headers: { ...auth(authToken), "content-type": "application/json" }, body: JSON.stringify(body) }));
    await expectDescribed("POST /api/live/presence", await post(beat), 204);
    await expectDescribed("POST /api/live/presence", await post({ ...beat, isHere: false }), 204);
    await expectDescribed("POST /api/live/presence", await post({ ...beat, articleId: randomUUID() }), 404);
    await expectDescribed("POST /api/live/presence", await post({ ...beat, tabId: "<script>" }), 422);
    await expectDescribed("POST /api/live/presence", await post(beat, "fdk_unknown"), 401);
  });

  it("exercised every described operation", () => {
    expect(DESCRIBED_OPERATIONS.filter((operation) => !called.has(operation) && !CALLED_ELSEWHERE.has(operation))).toEqual([]);
  });
});

/** Route files under app/api and the methods they export, as "GET /api/articles/{id}". */
function routeOperations(): string[] {
  const operations: string[] = [];
  const apiDir = path.join(root, "app/api");
  for (const file of readdirSync(apiDir, { recursive: true, encoding: "utf8" })) {
    if (!/(^|\/)route\.tsx?$/.test(file)) continue;
    const routePath = `/api/${path.dirname(file)}`
      .replace(/\/\.$/, "")
      .replace(/\[\.\.\.(\w+)\]/g, "{$1}")
      .replace(/\[(\w+)\]/g, "{$1}");
    const source = readFileSync(path.join(apiDir, file), "utf8");
    for (const [, method] of source.matchAll(/export\s+(?:async\s+)?(?:function|const)\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/g)) {
      operations.push(`${method} ${routePath}`);
    }
    // next-auth exports its handler as GET and POST at once.
    const named = /export\s*\{([^}]*)\}/.exec(source)?.[1] ?? "";
    for (const [, method] of named.matchAll(/\b(GET|POST|PUT|PATCH|DELETE)\s*(?:,|$)/g)) operations.push(`${method} ${routePath}`);
  }
  return [...new Set(operations)].sort();
}

describe("the description covers every route", () => {
  it("every method of every app/api/**/route.ts is described, and nothing else (add it in lib/openapi/paths.ts)", () => {
    const routes = routeOperations();
    expect(routes.length).toBeGreaterThanOrEqual(7);
    expect(routes.filter((operation) => !DESCRIBED_OPERATIONS.includes(operation))).toEqual([]);
    expect(DESCRIBED_OPERATIONS.filter((operation) => !routes.includes(operation))).toEqual([]);
  });
});
