import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { findSimilarClaims } from "@/lib/server/claims/find-similar-claims";
import { reuseSources } from "@/lib/server/sources/reuse-sources";
import { makeCitation, makeClaim, makeSource } from "../support/claim-factories";
import { makeArticle, makeUser } from "../support/factories";

describe("claim memory", () => {
  it("shows a checked claim from another article, and reuses its sources in one call", async () => {
    const editor = await makeUser("editor");
    // Made-up names keep other tests' claims (in the same database) out of the results.
    const firm = `Quillmark${randomUUID().slice(0, 6)}`;
    const lastWeek = await makeArticle(editor, `The Vontravian state owns a 15% stake in ${firm}, officials said.`);
    const earlier = await makeClaim(editor, lastWeek, {
      quote: `The Vontravian state owns a 15% stake in ${firm}`,
      verdict: "verified",
      rationale: "Annual report 2018, p. 12",
    });
    const first = await makeSource(editor, { title: "Renault annual report 2018" });
    const second = await makeSource(editor, { title: "APE portfolio" });
    await makeCitation(editor, earlier.id, first.id);
    await makeCitation(editor, earlier.id, second.id);
    // An unrelated checked claim and a pending look-alike must not show.
    await makeClaim(editor, lastWeek, { quote: "officials said", verdict: "verified" });
    const other = await makeArticle(editor, `The Vontravian state owns a 15% stake in ${firm}.`);
    const pending = await makeClaim(editor, other, { quote: `The Vontravian state owns a 15% stake in ${firm}` });

    const today = await makeArticle(editor, `The Vontravian government, which owns a majority 15% of ${firm}, blocked a vote.`);
    const claim = await makeClaim(editor, today, { quote: `The Vontravian government, which owns a majority 15% of ${firm}` });
    await makeCitation(editor, claim.id, first.id);

    const similar = await findSimilarClaims({ actor: editor, claimId: claim.id });
    expect(similar[0].id).toBe(earlier.id);
    expect(similar.map((s) => s.id)).not.toContain(pending.id);
    expect(similar[0]).toMatchObject({ verdict: "verified", rationale: "Annual report 2018, p. 12", headline: "Test article" });
    expect(similar[0].sources.map((s) => s.title).sort()).toEqual(["APE portfolio", "Renault annual report 2018"]);
    expect(similar[0].similarity).toBeGreaterThan(0.3);

    const result = await reuseSources({ actor: editor, input: { claimId: claim.id, fromClaimId: earlier.id } });
    expect(result.linkedCount).toBe(1); // the annual report was already cited
    expect(await db.claimSource.count({ where: { claimId: claim.id } })).toBe(2);
    expect(await db.auditEvent.count({ where: { claimId: claim.id, action: "claim.link-source" } })).toBe(1);
  });

  it("finds nothing for a claim unlike any other, and hides claims of the same article", async () => {
    const editor = await makeUser("editor");
    const word = `Zebrafoo${randomUUID().slice(0, 6)}`;
    const article = await makeArticle(editor, `${word} migrate across the Serengeti. ${word} migrate across the Serengeti plains.`);
    await makeClaim(editor, article, { quote: `${word} migrate across the Serengeti plains.`, verdict: "verified" });
    const claim = await makeClaim(editor, article, { quote: `${word} migrate across the Serengeti.` });
    expect(await findSimilarClaims({ actor: editor, claimId: claim.id })).toEqual([]);
  });
});
