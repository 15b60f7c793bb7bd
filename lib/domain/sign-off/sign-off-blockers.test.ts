import { describe, expect, it } from "vitest";
import { findSignOffBlockers, type SignOffClaim } from "./sign-off-blockers";

const REVIEWER = "reviewer-1";

function claim(overrides: Partial<SignOffClaim>): SignOffClaim {
  return {
    id: "c",
    start: 0,
    exact: "owns a majority 15% of Renault",
    verdict: "verified",
    isOrphaned: false,
    version: 2,
    disputeAckedVersion: null,
    verdictSetById: "editor-1",
    ...overrides,
  };
}

function kinds(claims: SignOffClaim[], allowSelfSignOff = false) {
  return findSignOffBlockers({ claims, reviewerId: REVIEWER, allowSelfSignOff }).map((b) => [b.claimId, b.kind]);
}

describe("findSignOffBlockers", () => {
  it("finds nothing when every claim is checked by someone else and disputes are acknowledged", () => {
    expect(
      kinds([
        claim({ id: "a" }),
        claim({ id: "b", verdict: "corrected" }),
        claim({ id: "c", verdict: "disputed", disputeAckedVersion: 2 }),
      ]),
    ).toEqual([]);
  });

  it("blocks on pending claims", () => {
    const blockers = findSignOffBlockers({ claims: [claim({ verdict: "pending", verdictSetById: null })], reviewerId: REVIEWER, allowSelfSignOff: false });
    expect(blockers).toEqual([{ claimId: "c", kind: "pending", reason: "“owns a majority 15% of Renault” is still pending" }]);
  });

  it("blocks on orphaned claims, whatever their verdict, with one blocker each", () => {
    expect(kinds([claim({ isOrphaned: true, verdict: "pending" }), claim({ id: "d", start: 5, isOrphaned: true, verdictSetById: REVIEWER })])).toEqual([
      ["c", "orphaned"],
      ["d", "orphaned"],
    ]);
  });

  it("blocks on disputed claims not acknowledged at their current version", () => {
    const [never] = findSignOffBlockers({ claims: [claim({ verdict: "disputed" })], reviewerId: REVIEWER, allowSelfSignOff: false });
    expect(never).toMatchObject({ kind: "dispute-not-acknowledged" });
    expect(never.reason).toMatch(/has not been acknowledged$/);
    const [stale] = findSignOffBlockers({
      claims: [claim({ verdict: "disputed", disputeAckedVersion: 1 })],
      reviewerId: REVIEWER,
      allowSelfSignOff: false,
    });
    expect(stale).toMatchObject({ kind: "dispute-not-acknowledged" });
    expect(stale.reason).toMatch(/changed since its dispute was acknowledged/);
  });

  it("blocks on verdicts the reviewer set, unless self sign-off is allowed", () => {
    const own = [claim({ id: "a", verdictSetById: REVIEWER }), claim({ id: "b", verdict: "disputed", verdictSetById: REVIEWER, disputeAckedVersion: 2 })];
    expect(kinds(own)).toEqual([
      ["a", "own-verdict"],
      ["b", "own-verdict"],
    ]);
    expect(kinds(own, true)).toEqual([]);
  });

  it("reports every rule a claim breaks, in reading order, with short quotes", () => {
    const long = "x".repeat(100);
    const blockers = findSignOffBlockers({
      claims: [claim({ id: "late", start: 50, verdict: "disputed", verdictSetById: REVIEWER }), claim({ id: "early", start: 1, verdict: "pending", exact: long })],
      reviewerId: REVIEWER,
      allowSelfSignOff: false,
    });
    expect(blockers.map((b) => [b.claimId, b.kind])).toEqual([
      ["early", "pending"],
      ["late", "dispute-not-acknowledged"],
      ["late", "own-verdict"],
    ]);
    expect(blockers[0].reason).toBe(`“${"x".repeat(59)}…” is still pending`);
  });
});
