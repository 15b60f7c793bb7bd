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
    expect(first.suggestions.map((s) => s.exact).sort()).toEqual([
      "Nissan refused to study the merger in 2019",
      "The French government, which owns a majority 15% of Renault, blocked a vote",
    ]);
    const stake = first.suggestions.find((s) => s.exact.startsWith("The French"))!;
    const nissan = first.suggestions.find((s) => s.exact.startsWith("Nissan"))!;
    expect(stake.findings.map((f) => f.ruleId)).toEqual(["majority-under-half"]);

    await createClaim({ actor: editor, input: { articleId: article.id, start: stake.start, end: stake.end } });
    await dismissSuggestion({ actor: editor, input: { revisionId: first.revisionId, start: nissan.start, end: nissan.end } });
    await dismissSuggestion({ actor: editor, input: { revisionId: first.revisionId, start: nissan.start, end: nissan.end } });
    expect((await listSuggestions({ actor: editor, articleId: article.id })).suggestions).toEqual([]);
    expect(await db.auditEvent.count({ where: { articleId: article.id, action: "suggestion.dismiss" } })).toBe(1);
  });

  it("ranks the most check-worthy first, and runs the spotter once per revision: later views read what it stored", async () => {
    const editor = await makeUser("editor");
    const article = await makeArticle(editor, TEXT);
    const first = await listSuggestions({ actor: editor, articleId: article.id });
    const scores = first.suggestions.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const stored = await db.revisionSuggestions.findMany({ where: { revisionId: article.revision.id } });
    expect(stored).toHaveLength(1);
    // Proof that the next view reads the stored list rather than spotting again.
    const marked = (stored[0].suggestions as { exact: string }[]).map((s) => ({ ...s, exact: `stored: ${s.exact}` }));
    await db.revisionSuggestions.update({
      where: { revisionId_modelVersion: { revisionId: article.revision.id, modelVersion: stored[0].modelVersion } },
      data: { suggestions: marked },
    });
    const again = await listSuggestions({ actor: editor, articleId: article.id });
    expect(again.suggestions.map((s) => s.exact)).toEqual(first.suggestions.map((s) => `stored: ${s.exact}`));
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
