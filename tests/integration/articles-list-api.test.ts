// GET /api/articles: the CMS listing with its filters and keyset cursor.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sendBackArticle } from "@/lib/server/sign-offs/send-back-article";
import { callListArticles, makeApiToken } from "../support/api-requests";
import { makeArticle, makeUser } from "../support/factories";
import { makeSignedOffArticle } from "../support/sign-off-factories";

type Item = { id: string; externalId: string | null; state: string; signOff: null | { reviewer: { email: string }; revision: number; sha256: string; signedOffAt: string }; progress: Record<string, number> };
type Page = { articles: Item[]; nextCursor: string | null };

let token: string;
let since: Date;
const mine: string[] = [];

async function list(query: Record<string, string>): Promise<Page> {
  const response = await callListArticles(token, { updatedSince: since.toISOString(), ...query });
  expect(response.status, await response.clone().text()).toBe(200);
  return response.json();
}

beforeAll(async () => {
  token = (await makeApiToken("viewer")).token;
  // Other files' articles are older than this: only this file's are listed.
  since = new Date(Date.now() - 1);
  const editor = await makeUser("editor");
  for (let i = 0; i < 5; i++) {
    const article = await makeArticle(editor);
    await db.article.update({ where: { id: article.id }, data: { externalId: `list-${i}-${randomUUID()}`, lastActivityAt: new Date(since.getTime() + 1000 + i) } });
    mine.push(article.id);
  }
});

describe("GET /api/articles", () => {
  it("pages through every article exactly once, oldest activity first, with a cursor", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Page = await list({ limit: "2", ...(cursor ? { cursor } : {}) });
      expect(page.articles.length).toBeLessThanOrEqual(2);
      seen.push(...page.articles.map((item) => item.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(seen).toEqual(mine);
    expect(pages).toBe(3);
  });

  it("filters by externalId and state, and shows the standing sign-off and progress", async () => {
    const signed = await makeSignedOffArticle();
    const byExternalId = await list({ externalId: signed.article.externalId });
    expect(byExternalId.articles).toHaveLength(1);
    const [item] = byExternalId.articles;
    expect(item).toMatchObject({
      id: signed.article.id,
      state: "signed_off",
      signOff: { reviewer: { email: signed.reviewer.email }, revision: 1, sha256: signed.signOff.sha256 },
      progress: { total: 2, verified: 1, disputed: 1, pending: 0, corrected: 0, orphaned: 0 },
    });
    const inReview = await list({ state: "in_review" });
    expect(inReview.articles.map((a) => a.id)).toEqual(mine);
    expect((await list({ state: "signed_off" })).articles.map((a) => a.id)).toEqual([signed.article.id]);
  });

  it("filters by signedOffSince: only a standing sign-off made since then counts", async () => {
    const signed = await makeSignedOffArticle();
    const signedAt = (await db.signOff.findUniqueOrThrow({ where: { id: signed.signOff.id } })).createdAt;
    expect((await list({ signedOffSince: signedAt.toISOString() })).articles.map((a) => a.id)).toContain(signed.article.id);
    expect((await list({ signedOffSince: new Date(signedAt.getTime() + 1).toISOString() })).articles.map((a) => a.id)).not.toContain(signed.article.id);
    await sendBackArticle({ actor: signed.reviewer, input: { articleId: signed.article.id, note: "Check the date" } });
    const afterSendBack = await list({ signedOffSince: signedAt.toISOString() });
    expect(afterSendBack.articles.map((a) => a.id)).not.toContain(signed.article.id);
    const item = (await list({ externalId: signed.article.externalId })).articles[0];
    expect(item).toMatchObject({ state: "sent_back", signOff: null });
  });

  it("refuses bad filters with 422 and field errors, and callers without a token", async () => {
    const badQueries: Record<string, string>[] = [{ state: "published" }, { cursor: "nonsense" }, { limit: "0" }, { limit: "x" }, { updatedSince: "yesterday" }, { colour: "red" }];
    for (const query of badQueries) {
      const response = await callListArticles(token, query);
      expect(response.status, JSON.stringify(query)).toBe(422);
      const { error } = await response.json();
      expect(Object.keys(error.fieldErrors).length, JSON.stringify(query)).toBeGreaterThan(0);
    }
    expect((await callListArticles("fdk_wrong", {})).status).toBe(401);
  });
});
