import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createClaim } from "@/lib/server/claims/create-claim";
import { dismissSuggestion } from "@/lib/server/suggestions/dismiss-suggestion";
import { listSuggestions } from "@/lib/server/suggestions/list-suggestions";
import { makeArticle, makeUser } from "../support/factories";

const TEXT =
  "The French government, which owns a majority 15% of Renault, blocked a vote.\n\n" +
  "Nissan refused to study the merger in 2019.\n\nThe priority now is to make the alliance strong.";

describe("claim suggestions", () => {
  it("suggests check-worthy sentences with consistency warnings, minus claims and dismissals", async () => {
    const editor = await makeUser("editor");
    const article = await makeArticle(editor, TEXT);
    const first = await listSuggestions({ actor: editor, articleId: article.id });
    expect(first.suggestions.map((s) => s.exact)).toEqual([
      "The French government, which owns a majority 15% of Renault, blocked a vote",
      "Nissan refused to study the merger in 2019",
    ]);
    expect(first.suggestions[0].findings.map((f) => f.ruleId)).toEqual(["majority-under-half"]);

    const [stake, nissan] = first.suggestions;
    await createClaim({ actor: editor, input: { articleId: article.id, start: stake.start, end: stake.end } });
    await dismissSuggestion({ actor: editor, input: { revisionId: first.revisionId, start: nissan.start, end: nissan.end } });
    await dismissSuggestion({ actor: editor, input: { revisionId: first.revisionId, start: nissan.start, end: nissan.end } });
    expect((await listSuggestions({ actor: editor, articleId: article.id })).suggestions).toEqual([]);
    expect(await db.auditEvent.count({ where: { articleId: article.id, action: "suggestion.dismiss" } })).toBe(1);
  });

  it("refuses a dismissal outside the text, and viewers", async () => {
    const editor = await makeUser("editor");
    const viewer = await makeUser("viewer");
    const article = await makeArticle(editor, TEXT);
    await expect(
      dismissSuggestion({ actor: editor, input: { revisionId: article.revision.id, start: 5, end: 100000 } }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(
      dismissSuggestion({ actor: viewer, input: { revisionId: article.revision.id, start: 0, end: 5 } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
