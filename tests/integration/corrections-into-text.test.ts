// Corrections into the text (product.md, "Revisions"): a new revision that puts
// a corrected claim's correction into the text keeps the claim corrected, on
// the new words; "Apply corrections" makes that revision in one step.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { applyCorrections } from "@/lib/server/articles/apply-corrections";
import { saveRevision } from "@/lib/server/articles/save-revision";
import { makeClaim } from "../support/claim-factories";
import { makeArticle, makeUser } from "../support/factories";

const TEXT = "Acme Rail, which carried 900 million riders in 2018, raised fares.\n\nThe depot, which employs 4,000 welders at Dunmore, closed.\n\nThe line is twenty years old.";

async function makeCorrectedArticle() {
  const editor = await makeUser("editor");
  const reviewer = await makeUser("reviewer");
  const article = await makeArticle(editor, TEXT);
  const french = await makeClaim(editor, article, {
    quote: "Acme Rail, which carried 900 million riders in 2018",
    verdict: "corrected", correction: "Acme Rail, which carried 90 million riders in 2018", rationale: "90 million, per the annual report.",
  });
  const stake = await makeClaim(editor, article, {
    quote: "The depot, which employs 4,000 welders", verdict: "corrected", correction: "The depot, which employs 400 welders", rationale: "400, per the union.",
  });
  const disputed = await makeClaim(editor, article, { quote: "twenty years old", verdict: "disputed", rationale: "Formed in 1999." });
  await db.claim.update({
    where: { id: disputed.id },
    data: { disputeAckedById: reviewer.id, disputeAckedAt: new Date(), disputeAckedVersion: disputed.version },
  });
  return { editor, article, french, stake, disputed };
}

const read = (id: string) => db.claim.findUniqueOrThrow({ where: { id } });

describe("a revision that writes a correction into the text", () => {
  it("keeps the claim corrected on the new words, with 'correction applied in revision N'", async () => {
    const { editor, article, french, stake } = await makeCorrectedArticle();
    const text = `Editor's note: updated.\n\n${TEXT.replace("carried 900 million", "carried 90 million")}`;
    const saved = await saveRevision({ actor: editor, input: { articleId: article.id, text } });
    expect(saved.outcomes.find((outcome) => outcome.claimId === french.id)).toMatchObject({ status: "correction-applied" });
    const after = await read(french.id);
    expect(after).toMatchObject({ verdict: "corrected", exact: "Acme Rail, which carried 90 million riders in 2018", isOrphaned: false, rationale: "90 million, per the annual report." });
    expect(text.slice(after.start, after.end)).toBe(after.exact);
    const [event] = await db.auditEvent.findMany({ where: { claimId: french.id, action: "claim.correction-applied" } });
    expect(event.reason).toBe("correction applied in revision 2");
    // The other corrected claim's words did not change: it just moved, still corrected.
    expect(await read(stake.id)).toMatchObject({ verdict: "corrected", exact: stake.exact });
  });

  it("still sends a claim back to pending when its words changed some other way", async () => {
    const { editor, article, french } = await makeCorrectedArticle();
    await saveRevision({ actor: editor, input: { articleId: article.id, text: TEXT.replace("carried 900 million", "carried about a billion") } });
    expect(await read(french.id)).toMatchObject({ verdict: "pending", correction: null });
  });
});

describe("Apply corrections", () => {
  it("makes one revision with every correction in the text; claims stay corrected; an acknowledged dispute stays acknowledged", async () => {
    const { editor, article, french, stake, disputed } = await makeCorrectedArticle();
    const saved = await applyCorrections({ actor: editor, input: { articleId: article.id, expectedVersion: 0 } });
    expect(saved.number).toBe(2);
    const revision = await db.articleRevision.findUniqueOrThrow({ where: { id: saved.revisionId } });
    expect(revision.text).toBe(
      "Acme Rail, which carried 90 million riders in 2018, raised fares.\n\nThe depot, which employs 400 welders at Dunmore, closed.\n\nThe line is twenty years old.",
    );
    for (const claim of [french, stake]) {
      const after = await read(claim.id);
      expect(after).toMatchObject({ verdict: "corrected", exact: claim.correction, revisionId: revision.id });
    }
    const dispute = await read(disputed.id);
    expect(dispute).toMatchObject({ verdict: "disputed", revisionId: revision.id });
    expect(dispute.disputeAckedVersion).toBe(dispute.version);
    const actions = (await db.auditEvent.findMany({ where: { articleId: article.id }, select: { action: true } })).map((event) => event.action);
    expect(actions).toEqual(expect.arrayContaining(["article.revise", "article.apply-corrections", "claim.correction-applied"]));
  });

  it("refuses when no claim is corrected, and a stale version, writing nothing", async () => {
    const editor = await makeUser("editor");
    const article = await makeArticle(editor, TEXT);
    await expect(applyCorrections({ actor: editor, input: { articleId: article.id } })).rejects.toMatchObject({ code: "RULE_VIOLATION" });
    const { article: corrected } = await makeCorrectedArticle();
    await expect(applyCorrections({ actor: editor, input: { articleId: corrected.id, expectedVersion: 7 } })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.articleRevision.count({ where: { articleId: corrected.id } })).toBe(1);
  });
});
