import "server-only";
import { db } from "@/lib/db";
import { CAPABILITIES, can, type Actor } from "@/lib/domain/capabilities";
import { computeSignOffHash } from "@/lib/domain/sign-off/sign-off-hash";
import type { SignOffBlocker } from "@/lib/domain/sign-off/sign-off-blockers";
import { articleIdSchema } from "@/lib/schemas/article";
import { authorize } from "@/lib/server/authorize";
import { getDeskSettings } from "@/lib/server/settings/get-desk-settings";
import { findBlockersFor } from "./find-blockers-for";
import { loadSignOffState, toSignOffHashInput, type SignOffState } from "./load-sign-off-state";
import { parseIdOrNotFound } from "@/lib/server/parse-input";

export type SignOffStatus = {
  articleId: string;
  state: "in_review" | "signed_off" | "sent_back";
  revisionNumber: number;
  /** The hash of the state as it is now: the reviewer signs exactly this. */
  currentSha256: string;
  /**
   * What blocks sign-off for the one who would sign: the actor when they may
   * sign off, else the active reviewer closest to signing (fewest blockers).
   */
  blockers: SignOffBlocker[];
  /** Whose blockers those are: the actor's own, a named reviewer's, or nobody's (no reviewer on the desk). */
  blockersFor: { kind: "you" } | { kind: "reviewer"; name: string } | { kind: "no-reviewer" };
  allowSelfSignOff: boolean;
  disputedClaims: { id: string; exact: string; rationale: string | null; version: number; isAcknowledged: boolean }[];
  history: {
    id: string;
    decision: "signed_off" | "sent_back";
    reviewerName: string;
    note: string | null;
    sha256: string | null;
    /** The audit chain head the sign-off recorded (null for send-backs and older sign-offs). */
    auditChainSeq: number | null;
    auditChainHash: string | null;
    revisionNumber: number;
    createdAt: Date;
    voidedAt: Date | null;
    voidReason: string | null;
  }[];
};

/**
 * Where the article stands for sign-off. The blockers are computed for someone
 * who could sign (issue 14): for a reviewer, themselves; for an editor or viewer,
 * the desk's active reviewer closest to signing — never the viewer, whose own
 * verdicts and acknowledgements say nothing about whether the article can be signed.
 */
export async function getSignOffStatus(options: { actor: Actor | null; articleId: string }): Promise<SignOffStatus> {
  const actor = authorize(options.actor, "article:read");
  const articleId = parseIdOrNotFound(articleIdSchema, options.articleId, "The article");
  const state = await loadSignOffState(db, articleId);
  const settings = await getDeskSettings();
  const reviews = await db.signOff.findMany({
    where: { articleId: state.id },
    orderBy: { createdAt: "desc" },
    select: {
      id: true, decision: true, note: true, sha256: true, createdAt: true, voidedAt: true, voidReason: true,
      auditChainSeq: true, auditChainHash: true,
      reviewer: { select: { name: true } },
      revision: { select: { number: true } },
    },
  });
  return {
    articleId: state.id,
    state: state.state,
    revisionNumber: state.revision.number,
    currentSha256: computeSignOffHash(toSignOffHashInput(state)),
    ...(await blockersForSigner(state, actor, settings.allowSelfSignOff)),
    allowSelfSignOff: settings.allowSelfSignOff,
    disputedClaims: state.claims
      .filter((claim) => claim.verdict === "disputed" && !claim.isOrphaned)
      .map((claim) => ({
        id: claim.id,
        exact: claim.exact,
        rationale: claim.rationale,
        version: claim.version,
        isAcknowledged: claim.disputeAckedById === actor.id && claim.disputeAckedVersion === claim.version,
      })),
    history: reviews.map(({ reviewer, revision, ...review }) => ({
      ...review,
      reviewerName: reviewer.name,
      revisionNumber: revision.number,
    })),
  };
}

async function blockersForSigner(state: SignOffState, actor: Actor, allowSelfSignOff: boolean): Promise<Pick<SignOffStatus, "blockers" | "blockersFor">> {
  if (can(actor, "article:sign-off")) return { blockers: findBlockersFor(state, actor, allowSelfSignOff), blockersFor: { kind: "you" } };
  const reviewers = await db.user.findMany({
    where: { disabledAt: null, role: { in: [...CAPABILITIES["article:sign-off"]] } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, email: true, role: true },
  });
  let best: Pick<SignOffStatus, "blockers" | "blockersFor"> | null = null;
  for (const reviewer of reviewers) {
    const blockers = findBlockersFor(state, reviewer, allowSelfSignOff);
    if (!best || blockers.length < best.blockers.length) best = { blockers, blockersFor: { kind: "reviewer", name: reviewer.name } };
  }
  return best ?? { blockers: [], blockersFor: { kind: "no-reviewer" } };
}
