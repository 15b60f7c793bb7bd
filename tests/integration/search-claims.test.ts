import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { CLAIMS_PAGE_SIZE, searchClaims, type ClaimSearchPage } from "@/lib/server/claims/search-claims";
import { makeClaim } from "../support/claim-factories";
import { makeArticle, makeUser } from "../support/factories";

// Words no other test file uses, so each search sees only this file's claims.
const tag = () => `qx${randomUUID().replaceAll("-", "").slice(0, 10)}`;
const ids = (page: ClaimSearchPage) => page.claims.map((claim) => claim.id);

let editor: Actor;
beforeAll(async () => {
  editor = await makeUser("editor");
});

/** `count` claims in one article, straight in the database, each changed a second apart. */
async function makeClaims(count: number, exact: (n: number) => string, extra: { assigneeId?: string } = {}) {
  const article = await makeArticle(editor);
  const base = Date.parse("2026-06-01T00:00:00Z");
  await db.claim.createMany({
    data: Array.from({ length: count }, (_, n) => ({
      articleId: article.id, revisionId: article.revision.id, exact: exact(n), restated: "", start: 0, end: 5,
      createdById: editor.id, assigneeId: extra.assigneeId ?? null, updatedAt: new Date(base + n * 1000),
    })),
  });
  return db.claim.findMany({ where: { articleId: article.id }, orderBy: [{ updatedAt: "desc" }, { id: "desc" }] });
}

describe("searching claims by their words", () => {
  it("finds claims by their words in any article, whatever the word's form (stemmed)", async () => {
    const word = tag();
    const first = await makeArticle(editor, `The ${word} councils own 15% of Renault.`);
    const second = await makeArticle(editor, `Nissan bought shares, said the ${word} council.`);
    await makeClaim(editor, first, { quote: `The ${word} councils own 15% of Renault.` });
    await makeClaim(editor, second, { quote: `Nissan bought shares, said the ${word} council.` });
    const page = await searchClaims({ actor: editor, input: { query: `${word} council` } });
    expect(page.mode).toBe("ranked");
    expect(page.claims.map((claim) => claim.articleId).sort()).toEqual([first.id, second.id].sort());
    expect(page.total).toEqual({ count: 2, isMore: false });
    expect(page.claims[0]).toMatchObject({ headline: "Test article", assigneeName: null });
  });

  it("ranks a match in the restated claim above one only in the quoted words", async () => {
    const word = tag();
    const article = await makeArticle(editor, `Alpha ${word} here. Beta there.`);
    const quoted = await makeClaim(editor, article, { quote: `Alpha ${word} here.` });
    const restated = await makeClaim(editor, article, { quote: "Beta there." });
    await db.claim.update({ where: { id: quoted.id }, data: { restated: "Alpha restated without the word." } });
    await db.claim.update({ where: { id: restated.id }, data: { restated: `Beta restated as ${word}.` } });
    expect(ids(await searchClaims({ actor: editor, input: { query: word } }))).toEqual([restated.id, quoted.id]);
  });

  it("reads phrases, exclusions and a prefix for the last word", async () => {
    const word = tag();
    const claims = await makeClaims(3, (n) => [`${word} city council budget`, `${word} council of the city`, `${word} budget hospital`][n]);
    const [hospital, councilOfCity, cityCouncil] = claims; // newest first
    const search = async (query: string) => ids(await searchClaims({ actor: editor, input: { query } })).sort();
    expect(await search(`${word} "city council"`)).toEqual([cityCouncil.id]);
    expect(await search(`${word} council -budget`)).toEqual([councilOfCity.id]);
    expect(await search(`${word} hosp`)).toEqual([hospital.id]);
    expect(await search(`${word.slice(0, 8)}`)).toEqual([cityCouncil.id, councilOfCity.id, hospital.id].sort());
  });

  it("falls back to claims whose words look like the query (trigram) when none has them", async () => {
    const word = tag();
    const [claim] = await makeClaims(1, () => `Zeppelinwerft${word} builds airships`);
    const page = await searchClaims({ actor: editor, input: { query: `Zepelinwerft${word}` } });
    expect(page.mode).toBe("looks-like");
    expect(ids(page)).toEqual([claim.id]);
  });

  it("finds nothing, without an error, for stop words, punctuation and tsquery syntax", async () => {
    for (const query of ["the of and", "!!! & |", "a:* & !b", "'", '"']) {
      const page = await searchClaims({ actor: editor, input: { query } });
      expect(page.claims.every((claim) => typeof claim.id === "string")).toBe(true);
    }
  });

  it("pages a ranked search by offset, every match once", async () => {
    const word = tag();
    const claims = await makeClaims(CLAIMS_PAGE_SIZE + 7, (n) => `${word} claim number ${n}`);
    const first = await searchClaims({ actor: editor, input: { query: word } });
    expect(first).toMatchObject({ mode: "ranked", total: { count: CLAIMS_PAGE_SIZE + 7, isMore: false } });
    expect(first.claims).toHaveLength(CLAIMS_PAGE_SIZE);
    const second = await searchClaims({ actor: editor, input: { query: word, after: first.next } });
    expect(second.next).toBeNull();
    expect([...ids(first), ...ids(second)].sort()).toEqual(claims.map((claim) => claim.id).sort());
  });
});

describe("the queue of claims assigned to me", () => {
  it("lists only my claims, newest first, a keyset page at a time, with the real total", async () => {
    const me = await makeUser("editor");
    const word = tag();
    const mine = await makeClaims(CLAIMS_PAGE_SIZE + 3, (n) => `${word} mine ${n}`, { assigneeId: me.id });
    await makeClaims(2, (n) => `${word} not mine ${n}`, { assigneeId: editor.id });
    const first = await searchClaims({ actor: me, input: { isAssignedToMe: true } });
    expect(first).toMatchObject({ mode: "recent", total: { count: CLAIMS_PAGE_SIZE + 3, isMore: false } });
    const second = await searchClaims({ actor: me, input: { isAssignedToMe: true, after: first.next } });
    expect([...ids(first), ...ids(second)]).toEqual(mine.map((claim) => claim.id));
    expect(second.next).toBeNull();
    const withWords = await searchClaims({ actor: me, input: { isAssignedToMe: true, query: `${word} mine 3` } });
    expect(ids(withWords)).toEqual([mine.find((claim) => claim.exact === `${word} mine 3`)!.id]);
  });
});

describe("no words: the desk's recent claims", () => {
  it("lists the most recently changed claims first, and a bad cursor is the first page", async () => {
    const [newest] = await makeClaims(2, (n) => `${tag()} recent ${n}`);
    await db.claim.update({ where: { id: newest.id }, data: { restated: "touched" } });
    const page = await searchClaims({ actor: editor, input: { query: "" } });
    expect(page.mode).toBe("recent");
    expect(page.claims[0].id).toBe(newest.id);
    expect(ids(await searchClaims({ actor: editor, input: { after: "o0; drop table" } }))).toEqual(ids(page));
  });
});
