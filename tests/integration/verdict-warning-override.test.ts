// Issue 14, item 8: a claim with a consistency warning is verified only with an
// explicit, audited reason; enforced in the use case, whatever the form sends.
import { describe, expect, it } from "vitest";
import { getClaimChecks } from "@/lib/server/claims/get-claim-checks";
import { listVerifiedWithWarnings } from "@/lib/server/claims/list-verified-with-warnings";
import { setClaimVerdict } from "@/lib/server/claims/set-claim-verdict";
import { auditEventsSince, markAuditEvents } from "../support/audit-events";
import { makeCitation, makeClaim, makeSource, makeSourcedClaim, readClaim } from "../support/claim-factories";
import { expectRefusedWithoutWrites } from "../support/expect-no-writes";
import { makeArticle, makeUser } from "../support/factories";

// The default article's first sentence says "a majority 15%".
const verify = (actor: Awaited<ReturnType<typeof makeUser>>, claim: { id: string; version: number }, warningOverride?: string) =>
  setClaimVerdict({ actor, input: { claimId: claim.id, expectedVersion: claim.version, verdict: "verified", warningOverride } });

describe("verifying a claim that carries a consistency warning", () => {
  it.each([[undefined], [""], ["   "]])("is refused without a reason (%j), writing nothing", async (warningOverride) => {
    const editor = await makeUser("editor");
    const { claim } = await makeSourcedClaim(editor);
    const error = await expectRefusedWithoutWrites(() => verify(editor, claim, warningOverride), {
      code: "VALIDATION",
      fieldErrors: { warningOverride: [expect.stringMatching(/why the warning does not apply/)] },
    });
    expect(error.userMessage).toContain("“Majority” with 15%");
    expect(await readClaim(claim.id)).toMatchObject({ verdict: "pending", version: claim.version });
  });

  it("is accepted with a reason, which the audit event records with the warning it overrode", async () => {
    const editor = await makeUser("editor");
    const { claim } = await makeSourcedClaim(editor);
    const mark = await markAuditEvents();
    await verify(editor, claim, "The filing calls it a majority of voting rights.");
    expect(await readClaim(claim.id)).toMatchObject({ verdict: "verified" });
    const [event] = (await auditEventsSince(mark)).filter((e) => e.action === "claim.set-verdict");
    expect(event.after).toMatchObject({
      verdict: "verified",
      warningOverride: "The filing calls it a majority of voting rights.",
      overriddenWarnings: [expect.stringContaining("“Majority” with 15%")],
    });
  });

  it("is refused for a fact the article states otherwise in another claim", async () => {
    const editor = await makeUser("editor");
    const article = await makeArticle(editor, "Renault holds 43% of Nissan.\n\nRenault's 34% stake in Nissan is under review.");
    const first = await makeClaim(editor, article, { quote: "Renault holds 43% of Nissan." });
    await makeClaim(editor, article, { quote: "Renault's 34% stake in Nissan is under review." });
    await makeCitation(editor, first.id, (await makeSource(editor)).id);
    const error = await expectRefusedWithoutWrites(() => verify(editor, first), { code: "VALIDATION" });
    expect(error.userMessage).toContain("Renault’s stake in Nissan is 43% here, but 34%");
  });

  it("needs no reason for a claim without warnings, and stores none given", async () => {
    const editor = await makeUser("editor");
    const { claim } = await makeSourcedClaim(editor, { quote: "Nissan refused to study the merger." });
    const mark = await markAuditEvents();
    await verify(editor, claim, "Not needed.");
    const [event] = (await auditEventsSince(mark)).filter((e) => e.action === "claim.set-verdict");
    expect(event.after).not.toHaveProperty("warningOverride");
  });

  it("does not gate other verdicts", async () => {
    const editor = await makeUser("editor");
    const { claim } = await makeSourcedClaim(editor);
    const after = await setClaimVerdict({
      actor: editor,
      input: { claimId: claim.id, expectedVersion: claim.version, verdict: "corrected", correction: "a 15% stake in", rationale: "Not a majority." },
    });
    expect(after.verdict).toBe("corrected");
  });
});

describe("checks shown on the review and sign-off pages", () => {
  it("lists verified claims that carry a warning, for the sign-off page", async () => {
    const editor = await makeUser("editor");
    const article = await makeArticle(editor);
    const flagged = await makeClaim(editor, article, { verdict: "verified" });
    await makeClaim(editor, article, { quote: "Nissan refused to study the merger.", verdict: "verified" });
    const listed = await listVerifiedWithWarnings({ actor: editor, articleId: article.id });
    expect(listed).toEqual([{ claimId: flagged.id, exact: flagged.exact, warnings: [expect.stringContaining("“Majority” with 15%")] }]);
  });

  it("gives a claim's article findings, linked to the other claim, and an earlier check it contradicts", async () => {
    const editor = await makeUser("editor");
    const earlierArticle = await makeArticle(editor, "The French government owns 15% of Renault, the filing shows.");
    const earlier = await makeClaim(editor, earlierArticle, { quote: "The French government owns 15% of Renault, the filing shows.", verdict: "verified" });
    const article = await makeArticle(editor, "The French government owns 25% of Renault, the filing shows.\n\nThe French government's 15% stake in Renault is old.");
    const claim = await makeClaim(editor, article, { quote: "The French government owns 25% of Renault, the filing shows." });
    const other = await makeClaim(editor, article, { quote: "The French government's 15% stake in Renault is old." });
    const checks = await getClaimChecks({ actor: editor, claimId: claim.id });
    expect(checks.article.map((f) => [f.otherClaimId, f.otherValue])).toEqual([[other.id, "15%"]]);
    // Other tests' verified claims about the same stake may be in the desk's memory too.
    expect(checks.memory.find((warning) => warning.earlierClaimId === earlier.id)).toMatchObject({
      summary: "verified 15% stake",
      message: expect.stringMatching(/^Checked before: verified 15% stake, \d+ \w+ \d{4} \(“Test article”\); this claim says 25%\.$/),
    });
    const agreeing = await makeClaim(editor, await makeArticle(editor, "The French government owns 15% of Renault, the filing says."), { quote: "The French government owns 15% of Renault, the filing says." });
    expect((await getClaimChecks({ actor: editor, claimId: agreeing.id })).memory.find((warning) => warning.earlierClaimId === earlier.id)).toBeUndefined();
  });

  it("refuses an anonymous caller", async () => {
    const editor = await makeUser("editor");
    const { claim, article } = await makeSourcedClaim(editor);
    await expect(getClaimChecks({ actor: null, claimId: claim.id })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(listVerifiedWithWarnings({ actor: null, articleId: article.id })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
