// The live-desk specs' data and second browser (e2e/live-desk.spec.ts, database-outage.spec.ts).
import type { Browser, Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { createAnchor } from "../../lib/domain/anchoring/create-anchor";
import { sha256Hex } from "../../lib/domain/hashing";
import { getTestDb } from "./database";
import { signIn, test, type TestUser } from "./fixtures";
import { openReview } from "./review-page";

const TEXT = "The bridge cost 40 million euros.\n\nIt opened in 2019 after four years of work.";
const QUOTE = "The bridge cost 40 million euros.";
const SECOND = `http://localhost:${process.env.E2E_SECOND_PORT}`;

export async function makeArticle(author: TestUser) {
  const db = await getTestDb();
  const article = await db.article.create({
    data: { slug: `e2e-live-${randomUUID()}`, headline: `Bridge ${randomUUID().slice(0, 6)}`, createdById: author.id },
  });
  const revision = await db.articleRevision.create({
    data: { articleId: article.id, number: 1, text: TEXT, sha256: sha256Hex(TEXT), createdById: author.id },
  });
  await db.article.update({ where: { id: article.id }, data: { currentRevisionId: revision.id } });
  const start = TEXT.indexOf(QUOTE);
  const claim = await db.claim.create({
    data: { articleId: article.id, revisionId: revision.id, ...createAnchor(TEXT, start, start + QUOTE.length), restated: QUOTE, createdById: author.id },
  });
  return { url: `/articles/${article.id}?claim=${claim.id}`, articleId: article.id, revisionId: revision.id };
}

/** A second person: signed in on instance A, then working on instance B with that same session. */
export async function openOnSecondInstance(browser: Browser, user: TestUser, url: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await signIn(page, user);
  await openReview(page, `${SECOND}${url}`);
  return page;
}

