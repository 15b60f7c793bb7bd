import "server-only";
import type { Actor } from "@/lib/domain/capabilities";
import { findSignOffBlockers, type SignOffBlocker } from "@/lib/domain/sign-off/sign-off-blockers";
import type { SignOffState } from "./load-sign-off-state";

/**
 * What stops `actor` from signing off: a dispute counts as acknowledged only when
 * this reviewer acknowledged it at the claim's current version.
 */
export function findBlockersFor(state: SignOffState, actor: Actor, allowSelfSignOff: boolean): SignOffBlocker[] {
  return findSignOffBlockers({
    claims: state.claims.map((claim) => ({
      ...claim,
      disputeAckedVersion: claim.disputeAckedById === actor.id ? claim.disputeAckedVersion : null,
    })),
    reviewerId: actor.id,
    allowSelfSignOff,
  });
}
