// getClaimDetail reads the claim panel in one hand-written statement
// (docs/decisions/030): the same detail Prisma's relation queries gave, checked
// here against them on a claim with sources, evidence, comments and history.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addComment } from "@/lib/server/comments/add-comment";
import { getClaimDetail } from "@/lib/server/claims/get-claim-detail";
import { setClaimVerdict } from "@/lib/server/claims/set-claim-verdict";
import { makeArticleWithClaim, makeComment, makeSource } from "../support/claim-factories";
import { makeUser } from "../support/factories";

/** The detail as the Prisma relation queries read it before. */
async function readWithPrisma(claimId: string) {
  const claim = await db.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: {
      id: true, articleId: true, exact: true, start: true, end: true, restated: true, verdict: true, correction: true,
      rationale: true, assigneeId: true, isOrphaned: true, version: true, updatedAt: true, verdictSetAt: true,
      assignee: { select: { id: true, name: true } },
      verdictSetBy: { select: { id: true, name: true } },
      sources: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true, excerpt: true, stance: true,
          source: {
            select: {
              id: true, url: true, title: true, publisher: true, kind: true, accessedAt: true,
              evidence: { orderBy: { capturedAt: "desc" }, select: { id: true, kind: true, fileName: true, contentType: true, byteSize: true, sha256: true, capturedAt: true } },
            },
          },
        },
      },
      comments: {
        orderBy: { createdAt: "asc" },
        select: { id: true, body: true, createdAt: true, resolvedAt: true, author: { select: { id: true, name: true } }, resolvedBy: { select: { name: true } } },
      },
    },
  });
  const events = await db.auditEvent.findMany({
    where: { claimId }, orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { id: true, at: true, actorLabel: true, action: true, before: true, after: true, reason: true, actor: { select: { name: true } } },
  });
  return { ...claim, history: events.map(({ actor, id, ...event }) => ({ ...event, id: id.toString(), actorName: actor?.name ?? null })) };
}

describe("the claim detail", () => {
  it("is what Prisma's relation queries read: sources with evidence, comments with authors and resolvers, history", async () => {
    const editor = await makeUser("editor");
    const { claim } = await makeArticleWithClaim(editor, { assigneeId: editor.id });
    for (const title of ["First source", "Second source"]) {
      const source = await makeSource(editor, { title });
      await db.claimSource.create({ data: { claimId: claim.id, sourceId: source.id, excerpt: `From ${title}`, stance: "contradicts", createdById: editor.id } });
      for (const n of [1, 2]) {
        await db.evidenceSnapshot.create({
          data: { sourceId: source.id, kind: "excerpt", contentType: "text/plain", byteSize: n, content: Buffer.from("x"), sha256: "a".repeat(64), capturedAt: new Date(Date.UTC(2024, 0, n)), createdById: editor.id },
        });
      }
    }
    const resolved = await makeComment(editor, claim.id, "Resolved one");
    await db.comment.update({ where: { id: resolved.id }, data: { resolvedAt: new Date(), resolvedById: editor.id } });
    await addComment({ actor: editor, input: { claimId: claim.id, body: "Audited one" } });
    await setClaimVerdict({ actor: editor, input: { claimId: claim.id, verdict: "disputed", rationale: "The report says otherwise.", expectedVersion: claim.version } });

    const detail = await getClaimDetail({ actor: editor, claimId: claim.id });
    expect(detail).toEqual(await readWithPrisma(claim.id));
    expect(detail.sources.map((link) => link.source.evidence.length)).toEqual([2, 2]);
    expect(detail.comments.map((comment) => comment.resolvedBy?.name ?? null)).toEqual([editor.name, null]);
    expect(detail.history.length).toBeGreaterThanOrEqual(2);
    expect(detail.verdictSetBy).toEqual({ id: editor.id, name: editor.name });
  });

  it("is not found for an unknown claim", async () => {
    const editor = await makeUser("editor");
    await expect(getClaimDetail({ actor: editor, claimId: "00000000-0000-4000-8000-00000000beef" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
