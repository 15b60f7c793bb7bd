import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { searchSources } from "@/lib/server/sources/search-sources";
import { makeUser } from "../support/factories";

const tag = () => `sx${randomUUID().replaceAll("-", "").slice(0, 10)}`;

let editor: Actor;
beforeAll(async () => {
  editor = await makeUser("editor");
});

async function makeSources(rows: { title: string; publisher?: string; url?: string }[]) {
  const base = Date.parse("2026-06-01T00:00:00Z");
  for (const [n, row] of rows.entries()) {
    await db.source.create({
      data: {
        url: row.url ?? `https://example.org/${randomUUID()}`, title: row.title, publisher: row.publisher ?? "",
        kind: "dataset", accessedAt: new Date(base), createdById: editor.id, createdAt: new Date(base + n * 1000),
      },
    });
  }
}

describe("searching the source library", () => {
  it("finds sources by the words of title or publisher, stemmed, title matches first, and by part of the web address", async () => {
    const word = tag();
    await makeSources([
      { title: `Annual reports ${word}` },
      { title: "Budget", publisher: `${word} statistics office` },
      { title: "Unrelated", url: `https://stats.example.org/${word}/table.csv` },
    ]);
    const page = await searchSources({ actor: editor, input: { query: `${word} report` } });
    expect(page.sources.map((source) => source.title)).toEqual([`Annual reports ${word}`]);
    const byWord = await searchSources({ actor: editor, input: { query: word } });
    expect(byWord.mode).toBe("ranked");
    expect(byWord.sources.map((source) => source.title)).toEqual([`Annual reports ${word}`, "Budget", "Unrelated"]);
    expect(byWord.total).toEqual({ count: 3, isMore: false });
    const byUrl = await searchSources({ actor: editor, input: { query: `stats.example.org/${word}` } });
    expect(byUrl.sources.map((source) => source.title)).toEqual(["Unrelated"]);
  });

  it("pages by offset within a ranked search, and by keyset when listing the newest", async () => {
    const word = tag();
    await makeSources(Array.from({ length: 7 }, (_, n) => ({ title: `${word} bulletin ${n}` })));
    const first = await searchSources({ actor: editor, input: { query: word, limit: 5 } });
    const second = await searchSources({ actor: editor, input: { query: word, limit: 5, after: first.next } });
    expect(new Set([...first.sources, ...second.sources].map((source) => source.title)).size).toBe(7);
    expect(second.next).toBeNull();

    const newest = await searchSources({ actor: editor, input: { limit: 3 } });
    expect(newest.mode).toBe("newest");
    const older = await searchSources({ actor: editor, input: { limit: 3, after: newest.next } });
    const all = await db.source.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 6, select: { id: true } });
    expect([...newest.sources, ...older.sources].map((source) => source.id)).toEqual(all.map((source) => source.id));
  });

  it("treats LIKE wildcards in the query as plain characters", async () => {
    const page = await searchSources({ actor: editor, input: { query: "%%%" } });
    expect(page.sources).toEqual([]);
  });
});
