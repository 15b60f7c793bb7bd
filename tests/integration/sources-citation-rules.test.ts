// Citations and the verdict rule "verified and corrected claims cite at least
// one source", enforced when a source is removed, including under concurrency.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Verdict } from "@/lib/domain/verdicts";
import { setClaimVerdict } from "@/lib/server/claims/set-claim-verdict";
import { linkSource } from "@/lib/server/sources/link-source";
import { unlinkSource } from "@/lib/server/sources/unlink-source";
import { makeCitation, makeSource, makeSourcedClaim, readClaim } from "../support/claim-factories";
import { snapshotDatabase } from "../support/db-snapshot";
import { makeUser } from "../support/factories";

describe("removing the last source", () => {
  it.each<[Verdict, object]>([
    ["verified", {}],
    ["corrected", { correction: "owns 15% of Renault", rationale: "Not a majority." }],
  ])("is refused on a %s claim, and nothing changes", async (verdict, fields) => {
    const editor = await makeUser("editor");
    const { claim, citation } = await makeSourcedClaim(editor, { verdict, ...fields });
    const before = await snapshotDatabase();
    await expect(unlinkSource({ actor: editor, input: { claimSourceId: citation.id } })).rejects.toMatchObject({
      code: "RULE_VIOLATION",
    });
    expect(await snapshotDatabase()).toEqual(before);
    expect(await db.claimSource.count({ where: { claimId: claim.id } })).toBe(1);
  });

  it("is allowed on a pending or disputed claim", async () => {
    const editor = await makeUser("editor");
    for (const [verdict, fields] of [["pending", {}], ["disputed", { rationale: "Sources disagree." }]] as const) {
      const { claim, citation } = await makeSourcedClaim(editor, { verdict, ...fields });
      await unlinkSource({ actor: editor, input: { claimSourceId: citation.id } });
      expect(await db.claimSource.count({ where: { claimId: claim.id } })).toBe(0);
      expect(await readClaim(claim.id)).toMatchObject({ verdict, version: claim.version + 1 });
    }
  });

  it("is allowed on a verified claim while another source remains", async () => {
    const editor = await makeUser("editor");
    const { claim, citation } = await makeSourcedClaim(editor, { verdict: "verified" });
    const second = await makeSource(editor);
    await makeCitation(editor, claim.id, second.id);
    await unlinkSource({ actor: editor, input: { claimSourceId: citation.id } });
    expect(await db.claimSource.findMany({ where: { claimId: claim.id }, select: { sourceId: true } })).toEqual([
      { sourceId: second.id },
    ]);
  });

  it("two concurrent unlinks of a verified claim's two sources: exactly one succeeds", async () => {
    const editor = await makeUser("editor");
    const reviewer = await makeUser("reviewer");
    for (let round = 0; round < 5; round++) {
      const { claim, citation } = await makeSourcedClaim(editor, { verdict: "verified" });
      const second = await makeCitation(editor, claim.id, (await makeSource(editor)).id);
      const results = await Promise.allSettled([
        unlinkSource({ actor: editor, input: { claimSourceId: citation.id } }),
        unlinkSource({ actor: reviewer, input: { claimSourceId: second.id } }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "RULE_VIOLATION" } });
      expect(await db.claimSource.count({ where: { claimId: claim.id } })).toBe(1);
    }
  });

  it("racing 'verify' against removing the only source never leaves a verified claim without a source", async () => {
    const editor = await makeUser("editor");
    const other = await makeUser("editor");
    for (let round = 0; round < 20; round++) {
      const { claim, citation } = await makeSourcedClaim(editor);
      await Promise.allSettled([
        setClaimVerdict({ actor: editor, input: { claimId: claim.id, expectedVersion: claim.version, verdict: "verified" } }),
        unlinkSource({ actor: other, input: { claimSourceId: citation.id } }),
      ]);
      const stored = await readClaim(claim.id);
      const sources = await db.claimSource.count({ where: { claimId: claim.id } });
      expect(stored?.verdict === "verified" && sources === 0, `round ${round}: verified with no source`).toBe(false);
    }
  });
});

describe("removing the same citation twice at once (a double click)", () => {
  it("removes it once; the other request learns it is gone", async () => {
    const editor = await makeUser("editor");
    for (let round = 0; round < 5; round++) {
      const { claim, citation } = await makeSourcedClaim(editor);
      const results = await Promise.allSettled([
        unlinkSource({ actor: editor, input: { claimSourceId: citation.id } }),
        unlinkSource({ actor: editor, input: { claimSourceId: citation.id } }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "NOT_FOUND" } });
      expect(await readClaim(claim.id)).toMatchObject({ version: claim.version + 1 });
      expect(await db.auditEvent.count({ where: { entityId: citation.id } })).toBe(1);
    }
  });
});

describe("citing a source", () => {
  it("refuses the same source twice on one claim", async () => {
    const editor = await makeUser("editor");
    const { claim, source } = await makeSourcedClaim(editor);
    const before = await snapshotDatabase();
    await expect(
      linkSource({ actor: editor, input: { claimId: claim.id, sourceId: source.id, stance: "supports" } }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { sourceId: [expect.any(String)] } });
    expect(await snapshotDatabase()).toEqual(before);
  });

  it("citing the same source twice at once (a double click) cites it once and says so", async () => {
    const editor = await makeUser("editor");
    for (let round = 0; round < 5; round++) {
      const { claim } = await makeSourcedClaim(editor);
      const source = await makeSource(editor);
      const input = { claimId: claim.id, sourceId: source.id, stance: "supports" } as const;
      const results = await Promise.allSettled([
        linkSource({ actor: editor, input }),
        linkSource({ actor: editor, input }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled"), `round ${round}`).toHaveLength(1);
      expect(results.find((r) => r.status === "rejected")).toMatchObject({
        reason: { code: "VALIDATION", fieldErrors: { sourceId: [expect.any(String)] } },
      });
      expect(await db.claimSource.count({ where: { claimId: claim.id, sourceId: source.id } })).toBe(1);
      expect(await readClaim(claim.id)).toMatchObject({ version: claim.version + 1 });
    }
  });

  it("refuses an unknown claim or source with NOT_FOUND", async () => {
    const editor = await makeUser("editor");
    const { claim, source } = await makeSourcedClaim(editor);
    const unknown = "00000000-0000-4000-8000-000000000000";
    await expect(
      linkSource({ actor: editor, input: { claimId: unknown, sourceId: source.id, stance: "supports" } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      linkSource({ actor: editor, input: { claimId: claim.id, sourceId: unknown, stance: "supports" } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
