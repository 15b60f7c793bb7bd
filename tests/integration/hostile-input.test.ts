// Issue 11, item B: text PostgreSQL cannot store (NUL, lone surrogates), text
// that only looks like text (invisible characters) and dates outside what
// Prisma and PostgreSQL store are refused with a 4xx on the right field, and
// nothing is written: through the JSON API and through the use cases the
// server actions call.
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/articles/route";
import type { Actor } from "@/lib/domain/capabilities";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { MAX_JSON_BODY_BYTES } from "@/lib/http/read-json-body";
import { makeLyingZip } from "../support/lying-zip";
import { createArticle } from "@/lib/server/articles/create-article";
import { importArticle } from "@/lib/server/articles/import-article";
import { saveRevision } from "@/lib/server/articles/save-revision";
import { searchClaims } from "@/lib/server/claims/search-claims";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { addComment } from "@/lib/server/comments/add-comment";
import { updateDeskSettings } from "@/lib/server/settings/update-desk-settings";
import { sendBackArticle } from "@/lib/server/sign-offs/send-back-article";
import { createSource } from "@/lib/server/sources/create-source";
import { linkSource } from "@/lib/server/sources/link-source";
import { createUser } from "@/lib/server/users/create-user";
import { makeArticleWithClaim, makeSource } from "../support/claim-factories";
import { snapshotDatabase } from "../support/db-snapshot";
import { expectValidationWithoutWrites } from "../support/expect-no-writes";
import { makeUser } from "../support/factories";
import { CMS_ARTICLE } from "../support/cms-article";

const BAD_TEXT: [string, string][] = [
  ["a NUL byte", "Renault\u0000Nissan"],
  ["a lone high surrogate", "Renault \uD800"],
  ["a lone low surrogate", "\uDC00 Nissan"],
  ["zero-width spaces only", "\u200B\u200B\u200B"],
  ["a BOM, bidi marks and spaces only", "\uFEFF \u200E\u200F\u202E \u2066"],
];
const BAD_DATES = ["-271821-04-20", "+275760-09-13", "10000-01-01", "0999-12-31"];

const ARTICLE = CMS_ARTICLE;

let admin: Actor;
let editor: Actor;
let token: string;
let claim: { id: string; version: number };
let articleId: string;

beforeAll(async () => {
  admin = await makeUser("admin");
  editor = await makeUser("editor");
  token = (await createApiToken({ actor: admin, input: { name: "cms", userId: editor.id } })).token;
  const made = await makeArticleWithClaim(editor);
  claim = made.claim;
  articleId = made.article.id;
});

// The API call itself counts against the token's rate limit and marks the
// token used; everything else must be exactly as before.
const WRITTEN_BY_ANY_CALL = new Set(["RateLimitWindow", "ApiToken"]);
const contentSnapshot = async () =>
  Object.fromEntries(Object.entries(await snapshotDatabase()).filter(([table]) => !WRITTEN_BY_ANY_CALL.has(table)));

async function postArticle(body: Record<string, unknown>) {
  const before = await contentSnapshot();
  const response = await POST(
    new Request("http://desk.example/api/articles", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    }),
  );
  const json = await response.json();
  expect(await contentSnapshot()).toEqual(before);
  return { status: response.status, fieldErrors: Object.keys(json.error?.fieldErrors ?? {}) };
}

describe("POST /api/articles", () => {
  const fields: [string, string][] = [
    ["headline", "headline"],
    ["byline", "byline"],
    ["publication", "publication"],
    ["url", "originalUrl"],
    ["externalId", "externalId"],
    ["text", "text"],
  ];
  const cases = fields.flatMap(([field, path]) => BAD_TEXT.map(([label, value]) => [field, label, value, path] as const));
  it.each(cases)("refuses %s with %s: 422 on the field, nothing written", async (field, _label, value, path) => {
    const bad = field === "url" ? `https://paper.example/${value}` : value;
    expect(await postArticle({ ...ARTICLE, externalId: `cms-${field}`, [field]: bad })).toEqual({ status: 422, fieldErrors: [path] });
  });

  it.each(BAD_DATES)("refuses publishedAt %j: 422 on the field, nothing written", async (publishedAt) => {
    expect(await postArticle({ ...ARTICLE, publishedAt })).toEqual({ status: 422, fieldErrors: ["publishedAt"] });
  });

  it("still accepts the same article with clean fields", async () => {
    const response = await POST(
      new Request("http://desk.example/api/articles", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ ...ARTICLE, publishedAt: "1000-01-01", headline: "Renault 👍 Nissan" }),
      }),
    );
    expect(response.status).toBe(201);
  });
});

describe("the use cases behind the forms", () => {
  type Attempt = [string, (value: string) => Promise<unknown>, string];
  const attempts: Attempt[] = [
    ["createArticle headline", (v) => createArticle({ actor: editor, input: { headline: v, text: ARTICLE.text } }), "headline"],
    ["createArticle text", (v) => createArticle({ actor: editor, input: { headline: "H", text: v } }), "text"],
    ["saveRevision text", (v) => saveRevision({ actor: editor, input: { articleId, text: v }, via: "editor" }), "text"],
    ["updateClaim restated", (v) => updateClaim({ actor: editor, input: { claimId: claim.id, expectedVersion: claim.version, restated: v } }), "restated"],
    ["addComment body", (v) => addComment({ actor: editor, input: { claimId: claim.id, body: v } }), "body"],
    ["createSource title", (v) => createSource({ actor: editor, input: { url: "https://a.example", title: v, kind: "other", accessedAt: "2024-01-01" } }), "title"],
    ["createSource publisher", (v) => createSource({ actor: editor, input: { url: "https://a.example", title: "T", publisher: v, kind: "other", accessedAt: "2024-01-01" } }), "publisher"],
    ["sendBackArticle note", (v) => sendBackArticle({ actor: admin, input: { articleId, note: v } }), "note"],
    ["createUser name", (v) => createUser({ actor: admin, input: { email: "new@test.factdesk", name: v, role: "editor", password: "long enough password" } }), "name"],
    ["updateDeskSettings organisationName", (v) => updateDeskSettings({ actor: admin, input: { allowSelfSignOff: false, organisationName: v } }), "organisationName"],
    ["createApiToken name", (v) => createApiToken({ actor: admin, input: { name: v, userId: editor.id } }), "name"],
    ["searchClaims query", (v) => searchClaims({ actor: editor, input: { query: v } }), "query"],
  ];
  const cases = attempts.flatMap(([name, run, path]) => BAD_TEXT.map(([label, value]) => [name, label, run, value, path] as const));
  it.each(cases)("%s refuses %s", async (_name, _label, run, value, path) => {
    await expectValidationWithoutWrites(() => run(value), [path]);
  });

  it("linkSource excerpt refuses a NUL byte", async () => {
    const source = await makeSource(editor);
    await expectValidationWithoutWrites(
      () => linkSource({ actor: editor, input: { claimId: claim.id, sourceId: source.id, excerpt: "a\u0000b", stance: "supports" } }),
      ["excerpt"],
    );
  });

  it.each(BAD_DATES)("createSource refuses accessedAt %j", async (accessedAt) => {
    await expectValidationWithoutWrites(
      () => createSource({ actor: editor, input: { url: "https://a.example", title: "T", kind: "other", accessedAt } }),
      ["accessedAt"],
    );
  });
});

describe("oversized and lying uploads", () => {
  const bigText = "Renault holds 43% of Nissan. ".repeat(Math.ceil(MAX_JSON_BODY_BYTES / 29));

  it("answers a JSON body over the limit with 413, whatever Content-Length says", async () => {
    const before = await contentSnapshot();
    const send = (init: RequestInit) =>
      POST(new Request("http://desk.example/api/articles", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}`, ...(init.headers as object) },
        body: init.body,
        duplex: "half",
      } as RequestInit));
    const body = JSON.stringify({ ...ARTICLE, text: bigText });
    const declared = await send({ body });
    expect(declared.status).toBe(413);
    expect((await declared.json()).error.message).toMatch(/over 2 MB/);
    // Streamed without a length: counted while reading.
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(body));
        controller.close();
      },
    });
    expect((await send({ body: stream })).status).toBe(413);
    expect(await contentSnapshot()).toEqual(before);
  });

  it("answers bytes that are not UTF-8 with 422", async () => {
    const response = await POST(new Request("http://desk.example/api/articles", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: new Uint8Array([0x7b, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x3a, 0x31, 0x7d]), // {"<CESU surrogate>":1}
    }));
    expect(response.status).toBe(422);
  });

  it("refuses a .docx that inflates past the limit it declares, on the file field, creating nothing", async () => {
    const bytes = makeLyingZip([{ name: "word/document.xml", data: new Uint8Array(60 * 1024 * 1024).fill(0x20), declaredBytes: 1000 }]);
    const error = await expectValidationWithoutWrites(
      () => importArticle({ actor: editor, file: { fileName: "bomb.docx", bytes }, input: { headline: "Bomb" } }),
      ["file"],
    );
    expect(error.fieldErrors.file).toEqual(["The document unpacks to more than 50 MB, the limit."]);
  });
});
