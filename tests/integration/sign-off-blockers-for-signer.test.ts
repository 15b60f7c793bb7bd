// Issue 14, item 2: the sign-off page's blockers are those of someone who could
// sign. An editor whose own verdicts fill the article sees no "got its verdict
// from the signing reviewer" lines (they are not signing), sees what blocks the
// desk's reviewers, and can request review, which is audited and lands in every
// active reviewer's inbox.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getSignOffStatus } from "@/lib/server/sign-offs/get-sign-off-status";
import { requestReview } from "@/lib/server/sign-offs/request-review";
import { makeCitation, makeClaim, makeSource } from "../support/claim-factories";
import { makeArticle, makeUser } from "../support/factories";
import { makeSignedOffArticle } from "../support/sign-off-factories";

describe("blockers for the one who signs", () => {
  it("an editor sees the blockers of the reviewer closest to signing, not their own 'own verdict' lines", async () => {
    const editor = await makeUser("editor");
    const article = await makeArticle(editor, "Renault holds 43% of Nissan. The state owns 15% of Renault.");
    const source = await makeSource(editor);
    for (const quote of ["Renault holds 43% of Nissan.", "The state owns 15% of Renault."]) {
      const claim = await makeClaim(editor, article, { quote, verdict: "verified" });
      await makeCitation(editor, claim.id, source.id);
    }
    const reviewer = await makeUser("reviewer");
    const forEditor = await getSignOffStatus({ actor: editor, articleId: article.id });
    expect(forEditor.blockers.filter((blocker) => blocker.kind === "own-verdict")).toEqual([]);
    expect(forEditor.blockersFor.kind).toBe("reviewer");
    // Had the blockers been the editor's own (as a signer), both claims would block.
    const forReviewer = await getSignOffStatus({ actor: reviewer, articleId: article.id });
    expect(forReviewer).toMatchObject({ blockers: [], blockersFor: { kind: "you" } });
  });

  it("still shows what blocks every reviewer (a pending claim) to an editor", async () => {
    const editor = await makeUser("editor");
    await makeUser("reviewer");
    const article = await makeArticle(editor, "Renault holds 43% of Nissan.");
    await makeClaim(editor, article, { quote: "Renault holds 43% of Nissan." });
    const status = await getSignOffStatus({ actor: editor, articleId: article.id });
    expect(status.blockers.map((blocker) => blocker.kind)).toEqual(["pending"]);
  });
});

describe("requesting review", () => {
  it("is audited and notifies every active reviewer and admin, not the editor or other editors", async () => {
    const editor = await makeUser("editor");
    const otherEditor = await makeUser("editor");
    const article = await makeArticle(editor);
    const reviewers = await db.user.findMany({ where: { disabledAt: null, role: { in: ["reviewer", "admin"] } }, select: { id: true } });
    const newReviewer = await makeUser("reviewer");
    await requestReview({ actor: editor, input: { articleId: article.id, note: "Ready when you are." } });
    const event = await db.auditEvent.findFirstOrThrow({ where: { articleId: article.id, action: "article.request-review" } });
    expect(event.reason).toBe("Ready when you are.");
    const notified = await db.notification.findMany({ where: { auditEventId: event.id }, select: { recipientId: true, kind: true } });
    expect(notified.map((row) => row.recipientId).sort()).toEqual([...reviewers.map((row) => row.id), newReviewer.id].sort());
    expect(new Set(notified.map((row) => row.kind))).toEqual(new Set(["review_requested"]));
    expect(notified.map((row) => row.recipientId)).not.toContain(otherEditor.id);
  });

  it("is refused on a signed-off article, writing nothing", async () => {
    const signed = await makeSignedOffArticle();
    await expect(requestReview({ actor: signed.editor, input: { articleId: signed.article.id } })).rejects.toMatchObject({ code: "RULE_VIOLATION" });
    expect(await db.auditEvent.count({ where: { articleId: signed.article.id, action: "article.request-review" } })).toBe(0);
  });
});
