import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { computeSignOffHash } from "@/lib/domain/sign-off/sign-off-hash";
import type { SignOffBlocker } from "@/lib/domain/sign-off/sign-off-blockers";
import { articleIdSchema } from "@/lib/schemas/article";
import { authorize } from "@/lib/server/authorize";
import { getDeskSettings } from "@/lib/server/settings/get-desk-settings";
import { findBlockersFor } from "./find-blockers-for";
import { loadSignOffState, toSignOffHashInput } from "./load-sign-off-state";
import { parseIdOrNotFound } from "@/lib/server/parse-input";

export type SignOffStatus = {
  articleId: string;
  state: "in_review" | "signed_off" | "sent_back";
  revisionNumber: number;
  /** The hash of the state as it is now: the reviewer signs exactly this. */
  currentSha256: string;
  blockers: SignOffBlocker[];
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

/** Where the article stands for sign-off, as the acting reviewer sees it. */
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
    blockers: findBlockersFor(state, actor, settings.allowSelfSignOff),
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
