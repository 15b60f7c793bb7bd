import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/articles/[id]/export/route";
import { db } from "@/lib/db";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/server/api-tokens/revoke-api-token";
import { exportArticle } from "@/lib/server/exports/export-article";
import { API_RATE_LIMIT_PER_MINUTE, consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { makeCitation, makeClaim, makeSource } from "../support/claim-factories";
import { makeArticle, makeUser } from "../support/factories";

const TEXT = "Café owners say 🚗 The state owns a majority 15% of Renault.\n\nNissan refused.";

async function makeCorrectedArticle() {
  const editor = await makeUser("editor");
  const article = await makeArticle(editor, TEXT);
  const claim = await makeClaim(editor, article, {
    quote: "a majority 15% of Renault",
    verdict: "corrected",
    correction: "a 15% stake in Renault",
    rationale: "15% is not a majority.",
  });
  await makeCitation(editor, claim.id, (await makeSource(editor)).id);
  return { editor, article, claim };
}

const exportAs = (actor: Awaited<ReturnType<typeof makeUser>>, articleRef: string, input: Record<string, string>) =>
  exportArticle({ actor, articleRef, input, baseUrl: "http://desk.example" });

describe("exports", () => {
  it("gives the corrected copy in every clean format, saying it is not signed off", async () => {
    const { editor, article } = await makeCorrectedArticle();
    for (const format of ["txt", "md", "html"]) {
      const file = await exportAs(editor, article.id, { format });
      expect(file.body).toContain("NOT SIGNED OFF");
      expect(file.body).toContain("a 15% stake in Renault");
      expect(file.body).not.toContain("a majority 15%");
      expect(file.body).toContain("🚗");
    }
    const bySlug = await exportAs(editor, article.slug, { format: "txt" });
    expect(bySlug.body).toContain("Nissan refused.");
  });

  it("writes real Word revisions in the tracked DOCX", async () => {
    const { editor, article } = await makeCorrectedArticle();
    const file = await exportAs(editor, article.id, { format: "docx", mode: "tracked" });
    const zip = await JSZip.loadAsync(file.body as Uint8Array);
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toMatch(/<w:del [^>]*w:author=/);
    // Word-level: "majority " and "of " struck, "stake in " inserted, the rest kept as plain text.
    expect(xml).toMatch(/<w:del [^>]*><w:r><w:delText[^>]*>majority <\/w:delText>/);
    expect(xml).toMatch(/<w:ins [^>]*w:date=[^>]*><w:r><w:t[^>]*>stake in <\/w:t>/);
  });

  it("gives the report, ClaimReview and the audit trail", async () => {
    const { editor, article } = await makeCorrectedArticle();
    const csv = await exportAs(editor, article.id, { format: "report-csv" });
    expect(csv.body).toContain("15% is not a majority.");
    // ClaimReview is for publication: refused before sign-off (claim-review-publication.test.ts has the rest).
    await expect(exportAs(editor, article.id, { format: "claimreview" })).rejects.toMatchObject({ code: "CONFLICT" });
    const audit = JSON.parse((await exportAs(editor, article.id, { format: "audit-json" })).body as string);
    expect(Array.isArray(audit.events)).toBe(true);
  });

  it("refuses a tracked plain-text export and an unknown format with field errors", async () => {
    const { editor, article } = await makeCorrectedArticle();
    await expect(exportAs(editor, article.id, { format: "txt", mode: "tracked" })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { mode: expect.any(Array) },
    });
    await expect(exportAs(editor, article.id, { format: "pdf" })).rejects.toMatchObject({ code: "VALIDATION" });
  });
});

describe("GET /api/articles/{id}/export with an API token", () => {
  it("serves the download for a valid token and 401 for a revoked or unknown one", async () => {
    const { article } = await makeCorrectedArticle();
    const admin = await makeUser("admin");
    const viewer = await makeUser("viewer");
    const token = await createApiToken({ actor: admin, input: { name: "CMS", userId: viewer.id } });
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(stored.tokenHash).not.toContain(token.token);
    const call = (bearer: string, query = "format=md") =>
      GET(new Request(`http://desk.example/api/articles/${article.id}/export?${query}`, { headers: { authorization: `Bearer ${bearer}` } }), {
        params: Promise.resolve({ id: article.id }),
      });
    const ok = await call(token.token);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-disposition")).toContain(".md");
    expect(await ok.text()).toContain("a 15% stake in Renault");
    const bad = await call(token.token, "format=nope");
    expect(bad.status).toBe(422);
    expect((await bad.json()).error.fieldErrors.format).toBeDefined();
    await revokeApiToken({ actor: admin, input: { tokenId: token.id } });
    expect((await call(token.token)).status).toBe(401);
    expect((await call("fdk_not-a-token")).status).toBe(401);
  });

  it("counts downloads against the token's API rate limit", async () => {
    const { article } = await makeCorrectedArticle();
    const admin = await makeUser("admin");
    const token = await createApiToken({ actor: admin, input: { name: "CMS", userId: (await makeUser("viewer")).id } });
    const call = () =>
      GET(new Request(`http://desk.example/api/articles/${article.id}/export?format=txt`, { headers: { authorization: `Bearer ${token.token}` } }), {
        params: Promise.resolve({ id: article.id }),
      });
    // All of this must fall in one one-minute window: start a fresh one if this is nearly over.
    const msLeft = 60_000 - (Date.now() % 60_000);
    if (msLeft < 5_000) await new Promise((resolve) => setTimeout(resolve, msLeft + 50));
    expect((await call()).status).toBe(200);
    // Spend the rest of this minute's allowance the cheap way, as other API calls would.
    for (let i = 1; i < API_RATE_LIMIT_PER_MINUTE; i++) await consumeRateLimit(`token:${token.id}`);
    const limited = await call();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
