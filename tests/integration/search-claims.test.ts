import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { searchClaims } from "@/lib/server/claims/search-claims";
import { makeClaim } from "../support/claim-factories";
import { makeArticle, makeUser } from "../support/factories";

describe("searching claims across articles", () => {
  it("finds claims by their words in any article, and lists my assigned queue", async () => {
    const editor = await makeUser("editor");
    const word = `Zorvex${randomUUID().slice(0, 6)}`;
    const first = await makeArticle(editor, `${word} owns 15% of Renault.`);
    const second = await makeArticle(editor, `Nissan bought ${word.toLowerCase()} shares.`);
    await makeClaim(editor, first, { quote: `${word} owns 15% of Renault.` });
    const assigned = await makeClaim(editor, second, { quote: `Nissan bought ${word.toLowerCase()} shares.`, assigneeId: editor.id });
    const found = await searchClaims({ actor: editor, input: { query: word } });
    expect(found.map((claim) => claim.articleId).sort()).toEqual([first.id, second.id].sort());
    const queue = await searchClaims({ actor: editor, input: { isAssignedToMe: true } });
    expect(queue.map((claim) => claim.id)).toEqual([assigned.id]);
    expect(await searchClaims({ actor: editor, input: { query: "" } })).toEqual([]);
  });
});
