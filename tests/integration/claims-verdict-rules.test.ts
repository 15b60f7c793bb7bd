// Verdict rules enforced by the server, whatever the form sends: verified and
// corrected cite a source, corrected needs the corrected wording and a
// rationale, disputed needs a rationale. A refused move writes nothing.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Verdict } from "@/lib/domain/verdicts";
import { setClaimVerdict } from "@/lib/server/claims/set-claim-verdict";
import { auditEventsSince, markAuditEvents } from "../support/audit-events";
import { makeArticleWithClaim, makeSourcedClaim, readClaim } from "../support/claim-factories";
import { expectRefusedWithoutWrites } from "../support/expect-no-writes";
import { makeUser } from "../support/factories";

// The default article's second sentence, which contradicts nothing.
const CLEAN_QUOTE = "Nissan refused to study the merger.";

describe("verdicts that need a source", () => {
  it.each<[Verdict, { correction?: string; rationale?: string }]>([
    ["verified", {}],
    ["verified", { rationale: "Checked against the annual report." }],
    ["corrected", { correction: "a 15% stake in", rationale: "15% is not a majority." }],
  ])("refuses %s without a source (%j)", async (verdict, fields) => {
    const editor = await makeUser("editor");
    const { claim } = await makeArticleWithClaim(editor);
    await expectRefusedWithoutWrites(
      () => setClaimVerdict({ actor: editor, input: { claimId: claim.id, expectedVersion: claim.version, verdict, ...fields } }),
      { code: "VALIDATION", fieldErrors: { sources: [expect.stringMatching(/source/)] } },
    );
    expect(await readClaim(claim.id)).toMatchObject({ verdict: "pending", version: claim.version });
  });

  it("accepts verified once a source is cited", async () => {
    const editor = await makeUser("editor");
    // A claim without a consistency warning (those need a reason: verdict-warning-override.test.ts).
    const { claim } = await makeSourcedClaim(editor, { quote: CLEAN_QUOTE });
    const after = await setClaimVerdict({
      actor: editor,
      input: { claimId: claim.id, expectedVersion: claim.version, verdict: "verified" },
    });
    expect(after).toMatchObject({ verdict: "verified", correction: null, version: claim.version + 1 });
    expect(await readClaim(claim.id)).toMatchObject({ verdict: "verified", verdictSetById: editor.id });
  });
});

describe("fields a verdict needs", () => {
  it.each<[string, { correction?: string; rationale?: string }, string[]]>([
    ["no correction, no rationale", {}, ["correction", "rationale"]],
    ["a rationale but no correction", { rationale: "15% is not a majority." }, ["correction"]],
    ["a correction but no rationale", { correction: "a 15% stake in" }, ["rationale"]],
    ["whitespace only", { correction: "   ", rationale: "\n\t " }, ["correction", "rationale"]],
  ])("refuses corrected with %s", async (_label, fields, missing) => {
    const editor = await makeUser("editor");
    const { claim } = await makeSourcedClaim(editor);
    const error = await setClaimVerdict({
      actor: editor,
      input: { claimId: claim.id, expectedVersion: claim.version, verdict: "corrected", ...fields },
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "VALIDATION" });
    expect(Object.keys((error as { fieldErrors: object }).fieldErrors).sort()).toEqual([...missing].sort());
    expect(await readClaim(claim.id)).toMatchObject({ verdict: "pending", version: claim.version, correction: null });
  });

  it.each([[{}], [{ rationale: "" }], [{ rationale: "    " }]])("refuses disputed without a rationale (%j)", async (fields) => {
    const editor = await makeUser("editor");
    const { claim } = await makeArticleWithClaim(editor);
    await expectRefusedWithoutWrites(
      () => setClaimVerdict({ actor: editor, input: { claimId: claim.id, expectedVersion: claim.version, verdict: "disputed", ...fields } }),
      { code: "VALIDATION", fieldErrors: { rationale: [expect.any(String)] } },
    );
  });

  it("accepts disputed with a rationale and no source", async () => {
    const editor = await makeUser("editor");
    const { claim } = await makeArticleWithClaim(editor);
    const after = await setClaimVerdict({
      actor: editor,
      input: { claimId: claim.id, expectedVersion: claim.version, verdict: "disputed", rationale: "  Not a majority.  " },
    });
    expect(after).toMatchObject({ verdict: "disputed", rationale: "Not a majority.", correction: null });
  });

  it("accepts corrected with a source, the corrected wording and a rationale", async () => {
    const editor = await makeUser("editor");
    const { claim } = await makeSourcedClaim(editor);
    const after = await setClaimVerdict({
      actor: editor,
      input: {
        claimId: claim.id,
        expectedVersion: claim.version,
        verdict: "corrected",
        correction: "The French government, which owns 15% of Renault, blocked a vote.",
        rationale: "The state holds 15%, not a majority.",
      },
    });
    expect(after).toMatchObject({
      verdict: "corrected",
      correction: "The French government, which owns 15% of Renault, blocked a vote.",
      rationale: "The state holds 15%, not a majority.",
    });
  });
});

describe("moving between verdicts", () => {
  it("clears the correction when a corrected claim becomes verified", async () => {
    const editor = await makeUser("editor");
    const { claim } = await makeSourcedClaim(editor, {
      quote: CLEAN_QUOTE,
      verdict: "corrected",
      correction: "owns 15% of Renault",
      rationale: "Not a majority.",
    });
    const mark = await markAuditEvents();
    const after = await setClaimVerdict({
      actor: editor,
      // A stale form might still send the old correction: it must not survive.
      input: { claimId: claim.id, expectedVersion: claim.version, verdict: "verified", correction: "owns 15% of Renault" },
    });
    expect(after).toMatchObject({ verdict: "verified", correction: null });
    expect(await readClaim(claim.id)).toMatchObject({ verdict: "verified", correction: null });
    const [event] = await auditEventsSince(mark);
    expect(event.before).toMatchObject({ verdict: "corrected", correction: "owns 15% of Renault" });
    expect(event.after).toMatchObject({ verdict: "verified", correction: null });
  });

  it("clears the correction when a corrected claim becomes disputed", async () => {
    const editor = await makeUser("editor");
    const { claim } = await makeSourcedClaim(editor, { verdict: "corrected", correction: "owns 15%", rationale: "Not a majority." });
    const after = await setClaimVerdict({
      actor: editor,
      input: { claimId: claim.id, expectedVersion: claim.version, verdict: "disputed", rationale: "Sources disagree." },
    });
    expect(after).toMatchObject({ verdict: "disputed", correction: null, rationale: "Sources disagree." });
  });

  it("allows going back to pending, which forgets who set the verdict", async () => {
    const editor = await makeUser("editor");
    const { claim } = await makeSourcedClaim(editor, { verdict: "verified" });
    const after = await setClaimVerdict({
      actor: editor,
      input: { claimId: claim.id, expectedVersion: claim.version, verdict: "pending" },
    });
    expect(after.verdict).toBe("pending");
    const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(stored).toMatchObject({ verdictSetById: null, verdictSetAt: null, correction: null });
  });
});
