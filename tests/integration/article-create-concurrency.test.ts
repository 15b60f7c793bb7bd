// Issue 11, item C: ten parallel creates that clash on the slug (same headline)
// or on the CMS's externalId all succeed, none with a 500.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/articles/route";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { createArticle } from "@/lib/server/articles/create-article";
import { makeUser } from "../support/factories";

const PARALLEL = 10;
const TEXT = "Renault holds 43% of Nissan.\n\nThe state owns 15% of Renault.";
let editor: Actor;
let token: string;

beforeAll(async () => {
  editor = await makeUser("editor");
  const admin = await makeUser("admin");
  token = (await createApiToken({ actor: admin, input: { name: "cms", userId: editor.id } })).token;
});

const post = (body: unknown) =>
  POST(
    new Request("http://desk.example/api/articles", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    }),
  );

const times = <T>(work: (i: number) => Promise<T>) => Promise.all(Array.from({ length: PARALLEL }, (_, i) => work(i)));

describe("parallel article creates", () => {
  it("give ten articles with ten different slugs when the headlines clash", async () => {
    const headline = `Same headline ${randomUUID().slice(0, 8)}`;
    const created = await times(() => createArticle({ actor: editor, input: { headline, text: TEXT } }));
    const slugs = created.map((article) => article.slug);
    expect(new Set(slugs).size).toBe(PARALLEL);
    const rows = await db.article.findMany({ where: { headline }, select: { slug: true, currentRevisionId: true } });
    expect(rows).toHaveLength(PARALLEL);
    expect(rows.every((row) => row.currentRevisionId)).toBe(true);
    expect(await db.auditEvent.count({ where: { action: "article.create", articleId: { in: created.map((a) => a.id) } } })).toBe(PARALLEL);
  });

  it("retries with the next slug when another create takes its slug under its feet", async () => {
    // "X 2" can take "x-2" while "X" counts up to it: different headlines, so
    // they do not wait for each other. Hold such a row uncommitted, let the
    // create block on it, then commit: the create's insert clashes and retries.
    const headline = `Clash ${randomUUID().slice(0, 8)}`;
    const first = await createArticle({ actor: editor, input: { headline, text: TEXT } });
    let release!: () => void;
    let markInserted!: () => void;
    const inserted = new Promise<void>((resolve) => (markInserted = resolve));
    const blocker = db.$transaction(
      async (tx) => {
        await tx.article.create({ data: { slug: `${first.slug}-2`, headline: `${headline} 2`, createdById: editor.id } });
        markInserted();
        await new Promise<void>((resolve) => (release = resolve));
      },
      { timeout: 20_000 },
    );
    await inserted;
    const second = createArticle({ actor: editor, input: { headline, text: TEXT } });
    await expect.poll(async () => (await db.$queryRaw<{ n: number }[]>`select count(*)::int as n from pg_locks where not granted`)[0].n).toBeGreaterThan(0);
    release();
    await blocker;
    expect((await second).slug).toBe(`${first.slug}-3`);
  });

  it("give one article when ten CMS posts share a new externalId with the same text", async () => {
    const externalId = `cms-${randomUUID()}`;
    const responses = await times(() => post({ externalId, headline: "Renault", text: TEXT }));
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    const bodies = await Promise.all(responses.map((response) => response.json()));
    expect(new Set(bodies.map((body) => body.articleId)).size).toBe(1);
    const article = await db.article.findUniqueOrThrow({ where: { externalId }, select: { id: true, _count: { select: { revisions: true } } } });
    expect(article._count.revisions).toBe(1);
    expect(bodies.filter((body) => !body.isCreated).every((body) => body.isUnchanged && body.revisionNumber === 1)).toBe(true);
  });

  it("give one article and a revision per different text when ten CMS posts share a new externalId", async () => {
    const externalId = `cms-${randomUUID()}`;
    const responses = await times((i) => post({ externalId, headline: "Renault", text: `${TEXT}\n\nUpdate ${i}.` }));
    expect(responses.map((response) => response.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    const article = await db.article.findUniqueOrThrow({ where: { externalId }, select: { _count: { select: { revisions: true } } } });
    expect(article._count.revisions).toBe(PARALLEL);
    expect(await db.article.count({ where: { externalId } })).toBe(1);
  });
});
