import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveRevision } from "@/lib/server/articles/save-revision";
import { signOffArticle } from "@/lib/server/sign-offs/sign-off-article";
import { getSignOffStatus } from "@/lib/server/sign-offs/get-sign-off-status";
import { makeCitation, makeClaim, makeSource } from "../support/claim-factories";
import { makeArticle, makeUser } from "../support/factories";

const TEXT =
  "The French government, which owns a majority 15% of Renault, blocked a vote.\n\n" +
  "Nissan refused to study the merger.\n\nSenard succeeded Ghosn as chairman.";

describe("saving a new revision", () => {
  it("moves, resets or orphans each claim, keeps sources, and audits every step", async () => {
    const editor = await makeUser("editor");
    const article = await makeArticle(editor, TEXT);
    const moved = await makeClaim(editor, article, { quote: "Nissan refused to study the merger." , verdict: "disputed", rationale: "No source" });
    const changed = await makeClaim(editor, article, {
      quote: "which owns a majority 15% of Renault",
      verdict: "corrected",
      correction: "which owns 15% of Renault",
      rationale: "15% is a minority",
    });
    await makeCitation(editor, changed.id, (await makeSource(editor)).id);
    const gone = await makeClaim(editor, article, { quote: "Senard succeeded Ghosn as chairman." });

    const newText =
      "A new opening paragraph.\n\nThe French government, which owns 15% of Renault, blocked a vote.\n\n" +
      "Nissan refused to study the merger.";
    const saved = await saveRevision({ actor: editor, input: { articleId: article.id, expectedVersion: 0, text: newText } });
    expect(saved.number).toBe(2);
    const byId = new Map(saved.outcomes.map((o) => [o.claimId, o]));
    expect(byId.get(moved.id)?.status).toBe("moved");
    // The new words are the claim's correction: it follows them and stays corrected
    // (corrections-into-text.test.ts has the words changed some other way: back to pending).
    expect(byId.get(changed.id)?.status).toBe("correction-applied");
    expect(byId.get(gone.id)?.status).toBe("orphaned");

    const after = await db.claim.findMany({ where: { articleId: article.id }, include: { sources: true } });
    const find = (id: string) => after.find((c) => c.id === id)!;
    expect(newText.slice(find(moved.id).start, find(moved.id).end)).toBe("Nissan refused to study the merger.");
    expect(find(moved.id).verdict).toBe("disputed");
    expect(find(changed.id)).toMatchObject({ verdict: "corrected", correction: "which owns 15% of Renault", isOrphaned: false });
    expect(find(changed.id).exact).toBe("which owns 15% of Renault");
    expect(find(changed.id).sources).toHaveLength(1);
    expect(find(gone.id).isOrphaned).toBe(true);

    const actions = (await db.auditEvent.findMany({ where: { articleId: article.id } })).map((e) => e.action).sort();
    expect(actions).toEqual(["article.revise", "claim.correction-applied", "claim.orphan", "claim.re-anchor"]);
    const revisions = await db.articleRevision.findMany({ where: { articleId: article.id }, orderBy: { number: "asc" } });
    expect(revisions.map((r) => r.text)).toEqual([TEXT, newText]);
  });

  it("writes nothing for unchanged text, and refuses a stale version", async () => {
    const editor = await makeUser("editor");
    const article = await makeArticle(editor, TEXT);
    const same = await saveRevision({ actor: editor, input: { articleId: article.id, text: TEXT } });
    expect(same.isUnchanged).toBe(true);
    await saveRevision({ actor: editor, input: { articleId: article.id, expectedVersion: 0, text: TEXT + " More." } });
    await expect(
      saveRevision({ actor: editor, input: { articleId: article.id, expectedVersion: 0, text: TEXT + " Other." } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.articleRevision.count({ where: { articleId: article.id } })).toBe(2);
  });

  it("voids a standing sign-off", async () => {
    const editor = await makeUser("editor");
    const reviewer = await makeUser("reviewer");
    const article = await makeArticle(editor, TEXT);
    const status = await getSignOffStatus({ actor: reviewer, articleId: article.id });
    await signOffArticle({ actor: reviewer, input: { articleId: article.id, expectedSha256: status.currentSha256 } });
    await saveRevision({ actor: editor, input: { articleId: article.id, text: TEXT + " Added." } });
    const signOff = await db.signOff.findFirstOrThrow({ where: { articleId: article.id } });
    expect(signOff.voidedAt).not.toBeNull();
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).state).toBe("in_review");
  });

  it("is refused to viewers and validates the text", async () => {
    const viewer = await makeUser("viewer");
    const editor = await makeUser("editor");
    const article = await makeArticle(editor, TEXT);
    await expect(saveRevision({ actor: viewer, input: { articleId: article.id, text: "x" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(saveRevision({ actor: editor, input: { articleId: article.id, text: "   " } })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { text: expect.any(Array) },
    });
  });
});

describe("revision history", () => {
  it("lists revisions newest first and diffs any two by words", async () => {
    const { listRevisions } = await import("@/lib/server/articles/list-revisions");
    const editor = await makeUser("editor");
    const article = await makeArticle(editor, "The state owns a majority 15% of Renault.");
    await saveRevision({ actor: editor, input: { articleId: article.id, text: "The state owns 15% of Renault." } });
    const history = await listRevisions({ actor: editor, articleId: article.id });
    expect(history.revisions.map((r) => r.number)).toEqual([2, 1]);
    expect([history.from, history.to]).toEqual([1, 2]);
    expect(history.diff?.filter((part) => part.kind === "removed").map((part) => part.text.trim())).toEqual(["a majority"]);
  });

  it("pages a long history by revision number and compares any two, past the first page too", async () => {
    const { listRevisions, REVISIONS_PAGE_SIZE } = await import("@/lib/server/articles/list-revisions");
    const editor = await makeUser("editor");
    const article = await makeArticle(editor, "Version 1.");
    const count = REVISIONS_PAGE_SIZE + 5;
    await db.articleRevision.createMany({
      data: Array.from({ length: count - 1 }, (_, n) => ({
        articleId: article.id, number: n + 2, text: `Version ${n + 2}.`, sha256: "0".repeat(64), createdById: editor.id,
      })),
    });
    const first = await listRevisions({ actor: editor, articleId: article.id });
    expect(first.total).toBe(count);
    expect(first.revisions.map((r) => r.number)).toEqual(Array.from({ length: REVISIONS_PAGE_SIZE }, (_, n) => count - n));
    expect(first.revisions[0]).toMatchObject({ characters: `Version ${count}.`.length, authorName: editor.name });
    const older = await listRevisions({ actor: editor, articleId: article.id, before: first.nextBefore, compare: { from: 1, to: 2 } });
    expect(older.revisions.map((r) => r.number)).toEqual([5, 4, 3, 2, 1]);
    expect(older.nextBefore).toBeNull();
    expect(older.diff?.filter((part) => part.kind !== "same").map((part) => part.text.trim())).toEqual(["1", "2"]);
    const outOfRange = await listRevisions({ actor: editor, articleId: article.id, compare: { from: 0, to: 9999 } });
    expect([outOfRange.from, outOfRange.to]).toEqual([count - 1, count]);
  });
});
