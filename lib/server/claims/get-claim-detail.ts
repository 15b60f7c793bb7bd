import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { claimIdSchema } from "@/lib/schemas/claim";
import { authorize, notFound } from "@/lib/server/authorize";
import type { SourceView } from "@/lib/server/sources/source-view";
import type { EvidenceView } from "@/lib/domain/evidence/evidence-view";
import { claimDetailSql } from "./claim-detail-sql";
import type { ClaimView } from "./claim-view";
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

/** Everything the claim panel shows: the claim, its sources, comments and own history, in one statement. */
export async function getClaimDetail(options: { actor: Actor | null; claimId: string }): Promise<ClaimDetail> {
  authorize(options.actor, "article:read");
  const claimId = parseIdOrNotFound(claimIdSchema, options.claimId, "The claim");
  const [row] = await db.$queryRaw<{ detail: Json<ClaimDetail> }[]>(claimDetailSql(claimId));
  if (!row) throw notFound("The claim");
  return reviveDates(row.detail);
}

// json carries dates as ISO strings: the detail as it comes out of the statement.
type Json<T> = T extends Date ? string : T extends (infer U)[] ? Json<U>[] : T extends object ? { [K in keyof T]: Json<T[K]> } : T;

const date = (value: string) => new Date(value);
const maybeDate = (value: string | null) => (value === null ? null : new Date(value));

function reviveDates(detail: Json<ClaimDetail>): ClaimDetail {
  return {
    ...detail,
    updatedAt: date(detail.updatedAt),
    verdictSetAt: maybeDate(detail.verdictSetAt),
    sources: detail.sources.map((link) => ({
      ...link,
      source: {
        ...link.source,
        accessedAt: date(link.source.accessedAt),
        evidence: link.source.evidence.map((evidence) => ({ ...evidence, capturedAt: date(evidence.capturedAt) })),
      },
    })),
    comments: detail.comments.map((comment) => ({ ...comment, createdAt: date(comment.createdAt), resolvedAt: maybeDate(comment.resolvedAt) })),
    history: detail.history.map((event) => ({ ...event, at: date(event.at) })),
  };
}
