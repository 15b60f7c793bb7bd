import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { sourceIdSchema } from "@/lib/schemas/source";
import { authorize, notFound } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";
import { EVIDENCE_VIEW_SELECT, type EvidenceView } from "./add-evidence";
import { SOURCE_VIEW_SELECT, type SourceView } from "./source-view";

export type SourceDetail = SourceView & { evidence: EvidenceView[]; citationCount: number };

/** One library source with its evidence (newest capture first) and how many claims cite it. */
export async function getSource(options: { actor: Actor | null; input: unknown }): Promise<SourceDetail> {
  authorize(options.actor, "article:read");
  const { sourceId } = parseInput(sourceIdSchema, options.input);
  const source = await db.source.findUnique({
    where: { id: sourceId },
    select: {
      ...SOURCE_VIEW_SELECT,
      evidence: { orderBy: { capturedAt: "desc" }, select: EVIDENCE_VIEW_SELECT },
      _count: { select: { claims: true } },
    },
  });
  if (!source) throw notFound("The source");
  const { _count, ...rest } = source;
  return { ...rest, citationCount: _count.claims };
}
