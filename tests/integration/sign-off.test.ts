import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { setClaimVerdict } from "@/lib/server/claims/set-claim-verdict";
import { updateDeskSettings } from "@/lib/server/settings/update-desk-settings";
import { acknowledgeDispute } from "@/lib/server/sign-offs/acknowledge-dispute";
import { getSignOffStatus } from "@/lib/server/sign-offs/get-sign-off-status";
import { sendBackArticle } from "@/lib/server/sign-offs/send-back-article";
import { signOffArticle } from "@/lib/server/sign-offs/sign-off-article";
import { makeClaim } from "../support/claim-factories";
import { makeArticle, makeUser } from "../support/factories";
import { ackAndSign, makeCheckedArticle, TEXT, versionOf } from "../support/signed-off-article";

describe("sign-off", () => {
  it("is blocked while a claim is pending, listing what blocks it", async () => {
    const editor = await makeUser("editor");
    const reviewer = await makeUser("reviewer");
    const article = await makeArticle(editor, TEXT);
    await makeClaim(editor, article, { quote: "Renault holds 43% of Nissan." });
    const status = await getSignOffStatus({ actor: reviewer, articleId: article.id });
    expect(status.blockers.map((b) => b.kind)).toEqual(["pending"]);
    await expect(
      signOffArticle({ actor: reviewer, input: { articleId: article.id, expectedSha256: status.currentSha256 } }),
    ).rejects.toMatchObject({ code: "RULE_VIOLATION" });
    expect(await db.signOff.count({ where: { articleId: article.id } })).toBe(0);
  });

  it("needs each dispute acknowledged, then records the revision and the hash", async () => {
    const { reviewer, article, disputed } = await makeCheckedArticle();
    const before = await getSignOffStatus({ actor: reviewer, articleId: article.id });
    expect(before.blockers.map((b) => b.kind)).toEqual(["dispute-not-acknowledged"]);
    const signOff = await ackAndSign(reviewer, article.id, disputed.id);
    const stored = await db.signOff.findUniqueOrThrow({ where: { id: signOff.id } });
    expect(stored).toMatchObject({ decision: "signed_off", revisionId: article.revision.id, sha256: signOff.sha256, voidedAt: null });
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).state).toBe("signed_off");
    expect(await db.auditEvent.count({ where: { articleId: article.id, action: "article.sign-off" } })).toBe(1);
  });

  it("refuses editors, and refuses a stale fingerprint without recording anything", async () => {
    const { editor, reviewer, article, disputed } = await makeCheckedArticle();
    await acknowledgeDispute({ actor: reviewer, input: { claimId: disputed.id, expectedVersion: await versionOf(disputed.id) } });
    const { currentSha256 } = await getSignOffStatus({ actor: reviewer, articleId: article.id });
    await expect(signOffArticle({ actor: editor, input: { articleId: article.id, expectedSha256: currentSha256 } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      signOffArticle({ actor: reviewer, input: { articleId: article.id, expectedSha256: "0".repeat(64) } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.signOff.count({ where: { articleId: article.id } })).toBe(0);
  });

  it("keeps a reviewer from signing off a verdict they set, unless an admin relaxes it (audited)", async () => {
    const { reviewer, article, disputed } = await makeCheckedArticle();
    const admin = await makeUser("admin");
    const claim = await db.claim.findFirstOrThrow({ where: { articleId: article.id, verdict: "verified" } });
    await setClaimVerdict({ actor: reviewer, input: { claimId: claim.id, expectedVersion: claim.version, verdict: "verified" } });
    await acknowledgeDispute({ actor: reviewer, input: { claimId: disputed.id, expectedVersion: await versionOf(disputed.id) } });
    const status = await getSignOffStatus({ actor: reviewer, articleId: article.id });
    expect(status.blockers.map((b) => b.kind)).toEqual(["own-verdict"]);
    await updateDeskSettings({ actor: admin, input: { allowSelfSignOff: true, organisationName: "Desk" } });
    try {
      const relaxed = await getSignOffStatus({ actor: reviewer, articleId: article.id });
      expect(relaxed.blockers).toEqual([]);
      await signOffArticle({ actor: reviewer, input: { articleId: article.id, expectedSha256: relaxed.currentSha256 } });
      const event = await db.auditEvent.findFirstOrThrow({ where: { action: "settings.update" }, orderBy: { id: "desc" } });
      expect(event.after).toMatchObject({ allowSelfSignOff: true });
    } finally {
      await updateDeskSettings({ actor: admin, input: { allowSelfSignOff: false, organisationName: "Desk" } });
    }
  });

  it("is voided (and audited) by a later change to a claim", async () => {
    const { editor, reviewer, article, disputed } = await makeCheckedArticle();
    const signOff = await ackAndSign(reviewer, article.id, disputed.id);
    const claim = await db.claim.findUniqueOrThrow({ where: { id: disputed.id } });
    await setClaimVerdict({ actor: editor, input: { claimId: claim.id, expectedVersion: claim.version, verdict: "disputed", rationale: "New evidence" } });
    const stored = await db.signOff.findUniqueOrThrow({ where: { id: signOff.id } });
    expect(stored.voidedAt).not.toBeNull();
    expect(stored.voidReason).toMatch(/verdict/);
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).state).toBe("in_review");
    expect(await db.auditEvent.count({ where: { articleId: article.id, action: "sign-off.void" } })).toBe(1);
    // The changed dispute needs acknowledging again.
    const status = await getSignOffStatus({ actor: reviewer, articleId: article.id });
    expect(status.blockers.map((b) => b.kind)).toEqual(["dispute-not-acknowledged"]);
  });

  it("can send the article back with a note instead", async () => {
    const { reviewer, article } = await makeCheckedArticle();
    await expect(sendBackArticle({ actor: reviewer, input: { articleId: article.id, note: " " } })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await sendBackArticle({ actor: reviewer, input: { articleId: article.id, note: "Check the Nissan stake again." } });
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).state).toBe("sent_back");
    const event = await db.auditEvent.findFirstOrThrow({ where: { articleId: article.id, action: "article.send-back" } });
    expect(event.reason).toBe("Check the Nissan stake again.");
  });
});
