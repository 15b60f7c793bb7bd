// Item 6: no lost updates. Two people saving the same claim from the same
// starting version: the first wins, every other save is told the claim changed
// and gets its current value; nothing is silently overwritten.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { AppError } from "@/lib/errors";
import { assignClaim } from "@/lib/server/claims/assign-claim";
import type { ClaimView } from "@/lib/server/claims/claim-view";
import { deleteClaim } from "@/lib/server/claims/delete-claim";
import { setClaimVerdict } from "@/lib/server/claims/set-claim-verdict";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { linkSource } from "@/lib/server/sources/link-source";
import { auditEventsSince, markAuditEvents } from "../support/audit-events";
import { makeArticleWithClaim, makeSource, makeSourcedClaim, readClaim } from "../support/claim-factories";
import { makeUser } from "../support/factories";

const WRITERS = 20;

async function makeEditors(count: number): Promise<Actor[]> {
  return Promise.all(Array.from({ length: count }, () => makeUser("editor")));
}

function splitSettled<T>(results: PromiseSettledResult<T>[]) {
  const fulfilled = results.filter((r): r is PromiseFulfilledResult<T> => r.status === "fulfilled").map((r) => r.value);
  const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => r.reason as unknown);
  return { fulfilled, rejected };
}

function currentOf(error: unknown): ClaimView {
  expect(error).toBeInstanceOf(AppError);
  expect(error).toMatchObject({ code: "CONFLICT" });
  const current = ((error as AppError).details as { current?: ClaimView } | undefined)?.current;
  expect(current).toBeDefined();
  return current!;
}

describe("concurrent saves of one claim from the same version", () => {
  it(`lets exactly one of ${WRITERS} verdicts win; the others conflict and see the winner`, async () => {
    const editors = await makeEditors(WRITERS);
    const { claim } = await makeArticleWithClaim(editors[0]);
    const startVersion = claim.version;
    const mark = await markAuditEvents();

    const results = await Promise.allSettled(
      editors.map((editor, i) =>
        setClaimVerdict({
          actor: editor,
          input: {
            claimId: claim.id,
            expectedVersion: startVersion,
            verdict: "disputed",
            rationale: `Rationale number ${i} from ${editor.name}`,
          },
        }),
      ),
    );

    const { fulfilled, rejected } = splitSettled(results);
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(WRITERS - 1);
    const winner = fulfilled[0];
    expect(winner.version).toBe(startVersion + 1);
    for (const error of rejected) {
      const current = currentOf(error);
      expect(current).toMatchObject({
        id: claim.id,
        version: startVersion + 1,
        verdict: "disputed",
        rationale: winner.rationale,
      });
    }

    const stored = await readClaim(claim.id);
    expect(stored).toMatchObject({ version: startVersion + 1, verdict: "disputed", rationale: winner.rationale });
    const winnerIndex = results.findIndex((r) => r.status === "fulfilled");
    expect(stored?.verdictSetById).toBe(editors[winnerIndex].id);

    const events = (await auditEventsSince(mark)).filter((e) => e.claimId === claim.id);
    expect(events.map((e) => e.action)).toEqual(["claim.set-verdict"]);
    expect(events[0].actorId).toBe(editors[winnerIndex].id);
    expect(events[0].after).toMatchObject({ verdict: "disputed", rationale: winner.rationale });
  });

  it(`lets exactly one of ${WRITERS} restatements win`, async () => {
    const editors = await makeEditors(WRITERS);
    const { claim } = await makeArticleWithClaim(editors[0]);
    const mark = await markAuditEvents();
    const results = await Promise.allSettled(
      editors.map((editor, i) =>
        updateClaim({ actor: editor, input: { claimId: claim.id, expectedVersion: claim.version, restated: `Restated ${i}` } }),
      ),
    );
    const { fulfilled, rejected } = splitSettled(results);
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(WRITERS - 1);
    for (const error of rejected) expect(currentOf(error)).toMatchObject({ restated: fulfilled[0].restated, version: claim.version + 1 });
    expect(await readClaim(claim.id)).toMatchObject({ restated: fulfilled[0].restated, version: claim.version + 1 });
    expect((await auditEventsSince(mark)).map((e) => e.action)).toEqual(["claim.edit"]);
  });

  it(`lets exactly one of ${WRITERS} assignments win`, async () => {
    const editors = await makeEditors(WRITERS);
    const { claim } = await makeArticleWithClaim(editors[0]);
    const mark = await markAuditEvents();
    // Each editor assigns the claim to themselves.
    const results = await Promise.allSettled(
      editors.map((editor) =>
        assignClaim({ actor: editor, input: { claimId: claim.id, expectedVersion: claim.version, assigneeId: editor.id } }),
      ),
    );
    const { fulfilled, rejected } = splitSettled(results);
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(WRITERS - 1);
    for (const error of rejected) expect(currentOf(error)).toMatchObject({ assigneeId: fulfilled[0].assigneeId });
    expect(await readClaim(claim.id)).toMatchObject({ assigneeId: fulfilled[0].assigneeId, version: claim.version + 1 });
    expect((await auditEventsSince(mark)).map((e) => e.action)).toEqual(["claim.assign"]);
  });

  it("lets exactly one of several deletes win; the others learn the claim is gone", async () => {
    const editors = await makeEditors(10);
    const { claim } = await makeArticleWithClaim(editors[0]);
    const mark = await markAuditEvents();
    const results = await Promise.allSettled(
      editors.map((editor) => deleteClaim({ actor: editor, input: { claimId: claim.id, expectedVersion: claim.version } })),
    );
    const { fulfilled, rejected } = splitSettled(results);
    expect(fulfilled).toHaveLength(1);
    for (const error of rejected) {
      expect(error).toBeInstanceOf(AppError);
      expect(["NOT_FOUND", "CONFLICT"]).toContain((error as AppError).code);
    }
    expect(await readClaim(claim.id)).toBeNull();
    expect((await auditEventsSince(mark)).map((e) => e.action)).toEqual(["claim.delete"]);
  });

  it("never lets a verdict and an edit from the same version both land", async () => {
    const [a, b] = await makeEditors(2);
    const { claim } = await makeArticleWithClaim(a);
    const results = await Promise.allSettled([
      setClaimVerdict({
        actor: a,
        input: { claimId: claim.id, expectedVersion: claim.version, verdict: "disputed", rationale: "Not a majority." },
      }),
      updateClaim({ actor: b, input: { claimId: claim.id, expectedVersion: claim.version, restated: "The state owns 15%." } }),
    ]);
    const { fulfilled, rejected } = splitSettled(results);
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    currentOf(rejected[0]);
    expect((await readClaim(claim.id))?.version).toBe(claim.version + 1);
  });
});

describe("a stale save after a successful one", () => {
  async function setUp() {
    const [first, second] = await Promise.all([makeUser("editor"), makeUser("reviewer")]);
    const { claim } = await makeArticleWithClaim(first);
    // The first person saves: the claim moves on to version + 1.
    const saved = await setClaimVerdict({
      actor: first,
      input: { claimId: claim.id, expectedVersion: claim.version, verdict: "disputed", rationale: "15% is not a majority." },
    });
    expect(saved.version).toBe(claim.version + 1);
    const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    return { first, second, claim, saved, stored, staleVersion: claim.version };
  }

  async function expectConflictAndNoChange(
    // A function, not a promise: started after the mark, and never rejected before it is awaited.
    attempt: () => Promise<unknown>,
    { claimId, stored, saved }: { claimId: string; stored: object; saved: ClaimView },
  ) {
    const mark = await markAuditEvents();
    const error = await attempt().then(
      () => null,
      (e: unknown) => e,
    );
    const current = currentOf(error);
    expect(current).toMatchObject({ version: saved.version, verdict: "disputed", rationale: saved.rationale });
    expect(await db.claim.findUnique({ where: { id: claimId } })).toEqual(stored);
    expect(await auditEventsSince(mark)).toEqual([]);
  }

  it("conflicts for setClaimVerdict", async () => {
    const { second, claim, stored, saved, staleVersion } = await setUp();
    await expectConflictAndNoChange(
      () => setClaimVerdict({
        actor: second,
        input: { claimId: claim.id, expectedVersion: staleVersion, verdict: "disputed", rationale: "My older reading." },
      }),
      { claimId: claim.id, stored, saved },
    );
  });

  it("conflicts for updateClaim", async () => {
    const { second, claim, stored, saved, staleVersion } = await setUp();
    await expectConflictAndNoChange(
      () => updateClaim({ actor: second, input: { claimId: claim.id, expectedVersion: staleVersion, restated: "Stale wording" } }),
      { claimId: claim.id, stored, saved },
    );
  });

  it("conflicts for assignClaim", async () => {
    const { second, claim, stored, saved, staleVersion } = await setUp();
    await expectConflictAndNoChange(
      () => assignClaim({ actor: second, input: { claimId: claim.id, expectedVersion: staleVersion, assigneeId: second.id } }),
      { claimId: claim.id, stored, saved },
    );
  });

  it("conflicts for assignClaim even when it would clear an empty assignee", async () => {
    const { second, claim, stored, saved, staleVersion } = await setUp();
    await expectConflictAndNoChange(
      () => assignClaim({ actor: second, input: { claimId: claim.id, expectedVersion: staleVersion, assigneeId: null } }),
      { claimId: claim.id, stored, saved },
    );
  });

  it("conflicts for deleteClaim, and the claim stays", async () => {
    const { second, claim, stored, saved, staleVersion } = await setUp();
    await expectConflictAndNoChange(
      () => deleteClaim({ actor: second, input: { claimId: claim.id, expectedVersion: staleVersion } }),
      { claimId: claim.id, stored, saved },
    );
  });

  it("conflicts after a source was cited in between (citing changes the claim)", async () => {
    const editor = await makeUser("editor");
    const { claim } = await makeSourcedClaim(editor);
    // makeSourcedClaim writes straight to the table; cite through the use case, which bumps the version.
    const other = await makeSource(editor);
    await linkSource({ actor: editor, input: { claimId: claim.id, sourceId: other.id, stance: "supports" } });
    await expect(
      setClaimVerdict({ actor: editor, input: { claimId: claim.id, expectedVersion: claim.version, verdict: "verified" } }),
    ).rejects.toMatchObject({ code: "CONFLICT", details: { current: { version: claim.version + 1 } } });
    expect(await readClaim(claim.id)).toMatchObject({ verdict: "pending", version: claim.version + 1 });
  });
});
