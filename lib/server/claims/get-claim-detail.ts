import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { claimIdSchema } from "@/lib/schemas/claim";
import { authorize, notFound } from "@/lib/server/authorize";
import { SOURCE_VIEW_SELECT, type SourceView } from "@/lib/server/sources/source-view";
import { EVIDENCE_VIEW_SELECT, type EvidenceView } from "@/lib/server/sources/add-evidence";
import { CLAIM_VIEW_SELECT, type ClaimView } from "./claim-view";
import { parseIdOrNotFound } from "@/lib/server/parse-input";

export type ClaimDetail = ClaimView & {
  assignee: { id: string; name: string } | null;
  verdictSetBy: { id: string; name: string } | null;
  verdictSetAt: Date | null;
  sources: { id: string; excerpt: string; stance: "supports" | "contradicts" | "context"; source: SourceView & { evidence: EvidenceView[] } }[];
  comments: {
    id: string;
    body: string;
    createdAt: Date;
    author: { id: string; name: string };
    resolvedAt: Date | null;
    resolvedBy: { name: string } | null;
  }[];
  history: {
    id: string;
    at: Date;
    actorLabel: string;
    actorName: string | null;
    action: string;
    before: unknown;
    after: unknown;
    reason: string | null;
  }[];
};

/** Everything the claim panel shows: the claim, its sources, comments and own history. */
export async function getClaimDetail(options: { actor: Actor | null; claimId: string }): Promise<ClaimDetail> {
  authorize(options.actor, "article:read");
  const claimId = parseIdOrNotFound(claimIdSchema, options.claimId, "The claim");
  const claim = await db.claim.findUnique({
    where: { id: claimId },
    select: {
      ...CLAIM_VIEW_SELECT,
      verdictSetAt: true,
      assignee: { select: { id: true, name: true } },
      verdictSetBy: { select: { id: true, name: true } },
      sources: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true, excerpt: true, stance: true,
          source: { select: { ...SOURCE_VIEW_SELECT, evidence: { orderBy: { capturedAt: "desc" }, select: EVIDENCE_VIEW_SELECT } } },
        },
      },
      comments: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true, body: true, createdAt: true, resolvedAt: true,
          author: { select: { id: true, name: true } },
          resolvedBy: { select: { name: true } },
        },
      },
    },
  });
  if (!claim) throw notFound("The claim");
  const events = await db.auditEvent.findMany({
    where: { claimId: claim.id },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: {
      id: true, at: true, actorLabel: true, action: true, before: true, after: true, reason: true,
      actor: { select: { name: true } },
    },
  });
  const history = events.map(({ actor, id, ...event }) => ({ ...event, id: id.toString(), actorName: actor?.name ?? null }));
  return { ...claim, history };
}
