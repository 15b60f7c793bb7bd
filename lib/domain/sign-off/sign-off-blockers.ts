// What stands between an article and its sign-off (product.md, "Sign-off"): no
// claim pending or orphaned, every disputed claim acknowledged by the reviewer at
// its current version, and a second pair of eyes on every verdict unless the desk
// allows self sign-off. The use case refuses while this list is not empty; the UI
// shows the same list, so both always agree.
import type { Verdict } from "../verdicts";
import { shortenQuote } from "../exports/text-format";

export type SignOffBlockerKind = "pending" | "orphaned" | "dispute-not-acknowledged" | "own-verdict";

export type SignOffBlocker = {
  claimId: string;
  kind: SignOffBlockerKind;
  /**
   * Human-readable clause without a final full stop, starting with the quoted
   * claim, so it reads both as a list item and joined with "; " in a sentence.
   */
  reason: string;
};

export type SignOffClaim = {
  id: string;
  start: number;
  exact: string;
  verdict: Verdict;
  isOrphaned: boolean;
  version: number;
  /** The claim version the reviewer acknowledged the dispute at; stale once the claim changes. */
  disputeAckedVersion: number | null;
  verdictSetById: string | null;
};

export type SignOffCheck = {
  claims: readonly SignOffClaim[];
  reviewerId: string;
  allowSelfSignOff: boolean;
};

/** Every blocker, in reading order; empty means the reviewer may sign off. */
export function findSignOffBlockers(check: SignOffCheck): SignOffBlocker[] {
  const ordered = [...check.claims].sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return ordered.flatMap((claim) => findClaimBlockers(claim, check));
}

function findClaimBlockers(claim: SignOffClaim, check: SignOffCheck): SignOffBlocker[] {
  const quote = `“${shortenQuote(claim.exact)}”`;
  // An orphaned claim must be re-anchored or deleted first; its other states are moot.
  if (claim.isOrphaned) {
    return [{ claimId: claim.id, kind: "orphaned", reason: `${quote} is orphaned (its words are gone from this revision; re-anchor or delete it)` }];
  }
  if (claim.verdict === "pending") {
    return [{ claimId: claim.id, kind: "pending", reason: `${quote} is still pending` }];
  }
  const blockers: SignOffBlocker[] = [];
  if (claim.verdict === "disputed" && claim.disputeAckedVersion !== claim.version) {
    const wasAcked = claim.disputeAckedVersion !== null;
    blockers.push({
      claimId: claim.id,
      kind: "dispute-not-acknowledged",
      reason: wasAcked
        ? `${quote} changed since its dispute was acknowledged (acknowledge it again)`
        : `${quote} is disputed and the dispute has not been acknowledged`,
    });
  }
  if (!check.allowSelfSignOff && claim.verdictSetById === check.reviewerId) {
    blockers.push({
      claimId: claim.id,
      kind: "own-verdict",
      reason: `${quote} got its verdict from the signing reviewer (a second pair of eyes must sign off, unless an admin allows self sign-off)`,
    });
  }
  return blockers;
}
