// The review page's SQL budget (issue 13, item 4): at most 5 statements per
// request whatever the article's claim count, counted at the driver. A request
// runs the session check (get-actor), the header's unread count (site-header)
// and the page's data (loadReviewPage): this test runs exactly those.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { findSessionActor } from "@/lib/server/auth/find-session-actor";
import { loadReviewPage } from "@/lib/server/articles/load-review-page";
import { getClaimDetail } from "@/lib/server/claims/get-claim-detail";
import { countUnreadNotifications } from "@/lib/server/inbox/count-unread-notifications";
import { makeClaim, makeComment, makeSource } from "../support/claim-factories";
import { recordStatements } from "../support/count-statements";
import { makeArticle, makeUser } from "../support/factories";
import { signInSession } from "../support/session-factories";

const BUDGET = 5;
// What it takes today: the session, the unread count, and the page's one statement. Pinned
// exactly, so that a new statement on the review path turns this red and is a choice made here.
const TODAY = 3;
const sentence = (n: number) => `In ${1990 + (n % 30)} the council said spending on item ${n} rose by ${(n % 17) + 2} percent.`;

async function articleWithClaims(author: Awaited<ReturnType<typeof makeUser>>, claimCount: number) {
  const sentences = Array.from({ length: claimCount + 5 }, (_, n) => sentence(n));
  const article = await makeArticle(author, sentences.join(" "));
  for (let n = 0; n < claimCount; n++) await makeClaim(author, article, { quote: sentences[n], assigneeId: n % 2 ? author.id : null });
  return article;
}

/** One review request's statements, after a first view has stored the revision's suggestions. */
async function statementsOfReviewRequest(user: { email: string }, articleId: string, openClaimId: string | null = null) {
  const session = await signInSession(user);
  const request = async () => {
    const actor = await findSessionActor(session);
    await countUnreadNotifications({ actor });
    // ?claim= : the page reads the open claim's panel alongside its own data.
    const [page] = await Promise.all([loadReviewPage({ actor, articleId }), openClaimId && getClaimDetail({ actor, claimId: openClaimId })]);
    return page;
  };
  await request();
  return recordStatements(request);
}

describe("the review page's SQL", () => {
  it(`takes at most ${BUDGET} statements a request, the same at 3 and 120 claims`, async () => {
    const editor = await makeUser("editor");
    const counts: number[] = [];
    for (const claimCount of [3, 120]) {
      const article = await articleWithClaims(editor, claimCount);
      const { result, statements } = await statementsOfReviewRequest(editor, article.id);
      expect(result.article.claims).toHaveLength(claimCount);
      expect(statements.length, statements.join("\n---\n")).toBeLessThanOrEqual(BUDGET);
      expect(statements.length, statements.join("\n---\n")).toBe(TODAY);
      counts.push(statements.length);
    }
    expect(counts[0]).toBe(counts[1]);
  });

  it("takes one statement more with a claim open, however many sources, comments and events it has", async () => {
    const editor = await makeUser("editor");
    const article = await articleWithClaims(editor, 3);
    const claimId = (await db.claim.findFirstOrThrow({ where: { articleId: article.id }, orderBy: { start: "asc" } })).id;
    const sourced = async () => {
      const source = await makeSource(editor);
      await db.claimSource.create({ data: { claimId, sourceId: source.id, createdById: editor.id } });
      await makeComment(editor, claimId);
    };
    await sourced();
    const few = await statementsOfReviewRequest(editor, article.id, claimId);
    for (let n = 0; n < 5; n++) await sourced();
    const many = await statementsOfReviewRequest(editor, article.id, claimId);
    expect(many.statements.length, many.statements.join("\n---\n")).toBeLessThanOrEqual(BUDGET);
    expect(many.statements.length).toBe(TODAY + 1);
    expect(few.statements.length).toBe(many.statements.length);
    const detail = await getClaimDetail({ actor: editor, claimId });
    expect(detail.sources).toHaveLength(6);
    expect(detail.comments).toHaveLength(6);
    expect(detail.comments[0].createdAt).toBeInstanceOf(Date);
  });

  it("reads what the page shows: claims in reading order with assignees, people to assign, suggestions, status, cursor", async () => {
    const editor = await makeUser("editor");
    const article = await articleWithClaims(editor, 3);
    const { result } = await statementsOfReviewRequest(editor, article.id);
    expect(result.article.claims.map((claim) => claim.exact)).toEqual([sentence(0), sentence(1), sentence(2)]);
    expect(result.article.claims[1].assignee).toEqual({ id: editor.id, name: editor.name });
    expect(result.article.claims[0].updatedAt).toBeInstanceOf(Date);
    expect(result.users.map((user) => user.id)).toContain(editor.id);
    // The unclaimed sentences are suggested; the claimed ones are not.
    const suggested = result.suggestions.map((s) => s.start);
    for (const claim of result.article.claims) expect(suggested).not.toContain(claim.start);
    expect(result.status).toMatchObject({ articleId: article.id, state: "in_review", signOff: null, voided: null });
    const [{ max }] = await db.$queryRaw<{ max: string }[]>`select max("id")::text as max from "AuditEvent"`;
    expect(result.liveCursor).toBe(max ?? "0");
  });

  it("gives a viewer no one to assign to, and an unknown article is not found", async () => {
    const editor = await makeUser("editor");
    const viewer = await makeUser("viewer");
    const article = await articleWithClaims(editor, 1);
    expect((await loadReviewPage({ actor: viewer, articleId: article.id })).users).toEqual([]);
    await expect(loadReviewPage({ actor: editor, articleId: "00000000-0000-4000-8000-00000000dead" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(loadReviewPage({ actor: null, articleId: article.id })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
