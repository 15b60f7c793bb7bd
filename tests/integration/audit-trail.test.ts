// Item 7: every mutation writes exactly one audit event, in the same
// transaction, saying who, when (UTC), what, on which entity, and the
// before/after of the fields that changed. No-op saves write nothing.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { createArticle } from "@/lib/server/articles/create-article";
import { listAuditEvents } from "@/lib/server/audit/list-audit-events";
import { assignClaim } from "@/lib/server/claims/assign-claim";
import { createClaim } from "@/lib/server/claims/create-claim";
import { deleteClaim } from "@/lib/server/claims/delete-claim";
import { setClaimVerdict } from "@/lib/server/claims/set-claim-verdict";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { addComment } from "@/lib/server/comments/add-comment";
import { resolveComment } from "@/lib/server/comments/resolve-comment";
import { createSource } from "@/lib/server/sources/create-source";
import { linkSource } from "@/lib/server/sources/link-source";
import { unlinkSource } from "@/lib/server/sources/unlink-source";
import { createUser } from "@/lib/server/users/create-user";
import { setUserDisabled } from "@/lib/server/users/set-user-disabled";
import { setUserRole } from "@/lib/server/users/set-user-role";
import { signOutEverywhere } from "@/lib/server/users/sign-out-everywhere";
import { auditEventsSince, markAuditEvents } from "../support/audit-events";
import { makeArticleWithClaim, makeComment, makeSource, makeSourcedClaim, readClaim } from "../support/claim-factories";
import { snapshotDatabase } from "../support/db-snapshot";
import { DEFAULT_TEXT, makeUser } from "../support/factories";

type ExpectedEvent = {
  action: string;
  entityType: string;
  entityId: string;
  articleId?: string | null;
  claimId?: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
};

/** Runs `work` and returns the one audit event it wrote, checked against `expected`. */
async function expectOneEvent<T>(actor: Actor, work: () => Promise<T>, expected: (result: T) => ExpectedEvent) {
  const mark = await markAuditEvents();
  const startedAt = Date.now();
  const result = await work();
  const finishedAt = Date.now();
  const events = await auditEventsSince(mark);
  expect(events.map((e) => e.action)).toHaveLength(1);
  const [event] = events;
  const want = expected(result);
  expect(event).toEqual({
    id: expect.any(BigInt),
    at: expect.any(Date),
    actorId: actor.id,
    actorLabel: actor.email,
    action: want.action,
    entityType: want.entityType,
    entityId: want.entityId,
    articleId: want.articleId ?? null,
    claimId: want.claimId ?? null,
    before: want.before ?? null,
    after: want.after ?? null,
    reason: want.reason ?? null,
    // Filled by the database's chain trigger (tests/integration/audit-chain.test.ts).
    chain: want.articleId ?? "desk",
    chainSeq: expect.any(Number),
    prevHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    hash: expect.stringMatching(/^[0-9a-f]{64}$/),
  });
  // The time is an absolute instant (timestamptz): a time-zone slip would be hours off.
  expect(event.at.getTime()).toBeGreaterThanOrEqual(startedAt - 1000);
  expect(event.at.getTime()).toBeLessThanOrEqual(finishedAt + 1000);
  return { result, event };
}

async function expectNoWrites(work: () => Promise<unknown>) {
  const before = await snapshotDatabase();
  await work();
  expect(await snapshotDatabase()).toEqual(before);
}

describe("article events", () => {
  it("article.create records the metadata, the revision hash and the size", async () => {
    const editor = await makeUser("editor");
    const { result, event } = await expectOneEvent(
      editor,
      () =>
        createArticle({
          actor: editor,
          input: {
            headline: "Renault and Nissan",
            byline: "A. Reporter",
            publication: "The Daily",
            originalUrl: "https://example.org/story",
            publishedAt: "2019-06-04T00:00:00Z",
            text: DEFAULT_TEXT,
          },
        }),
      (article) => ({
        action: "article.create",
        entityType: "article",
        entityId: article.id,
        articleId: article.id,
        after: {
          headline: "Renault and Nissan",
          byline: "A. Reporter",
          publication: "The Daily",
          originalUrl: "https://example.org/story",
          publishedAt: "2019-06-04T00:00:00.000Z",
          revision: 1,
          sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
          characters: DEFAULT_TEXT.length,
        },
      }),
    );
    const revision = await db.articleRevision.findUniqueOrThrow({ where: { id: result.revisionId } });
    expect((event.after as { sha256: string }).sha256).toBe(revision.sha256);
  });
});

describe("claim events", () => {
  it("claim.create records the anchored words and the pending verdict", async () => {
    const editor = await makeUser("editor");
    const { article } = await makeArticleWithClaim(editor);
    const start = DEFAULT_TEXT.indexOf("a majority 15%");
    await expectOneEvent(
      editor,
      () => createClaim({ actor: editor, input: { articleId: article.id, start, end: start + 14, restated: "The state owns a majority." } }),
      (claim) => ({
        action: "claim.create",
        entityType: "claim",
        entityId: claim.id,
        articleId: article.id,
        claimId: claim.id,
        after: { exact: "a majority 15%", start, end: start + 14, restated: "The state owns a majority.", verdict: "pending" },
      }),
    );
  });

  it("claim.edit records the old and new restatement only", async () => {
    const editor = await makeUser("editor");
    const { article, claim } = await makeArticleWithClaim(editor);
    await expectOneEvent(
      editor,
      () => updateClaim({ actor: editor, input: { claimId: claim.id, expectedVersion: claim.version, restated: "France holds 15%." } }),
      () => ({
        action: "claim.edit",
        entityType: "claim",
        entityId: claim.id,
        articleId: article.id,
        claimId: claim.id,
        before: { restated: claim.restated },
        after: { restated: "France holds 15%." },
      }),
    );
  });

  it("claim.set-verdict records from, to and why", async () => {
    const editor = await makeUser("editor");
    const { article, claim } = await makeArticleWithClaim(editor);
    await expectOneEvent(
      editor,
      () =>
        setClaimVerdict({
          actor: editor,
          input: { claimId: claim.id, expectedVersion: claim.version, verdict: "disputed", rationale: "15% is not a majority." },
        }),
      () => ({
        action: "claim.set-verdict",
        entityType: "claim",
        entityId: claim.id,
        articleId: article.id,
        claimId: claim.id,
        before: { verdict: "pending", rationale: null },
        after: { verdict: "disputed", rationale: "15% is not a majority." },
        reason: "15% is not a majority.",
      }),
    );
  });

  it("claim.set-verdict from corrected to verified records the cleared correction", async () => {
    const editor = await makeUser("editor");
    const { article, claim } = await makeSourcedClaim(editor, {
      quote: "Nissan refused to study the merger.", // no consistency warning to override
      verdict: "corrected",
      correction: "owns 15% of Renault",
      rationale: "Not a majority.",
    });
    await expectOneEvent(
      editor,
      () =>
        setClaimVerdict({
          actor: editor,
          input: { claimId: claim.id, expectedVersion: claim.version, verdict: "verified", rationale: "Not a majority." },
        }),
      () => ({
        action: "claim.set-verdict",
        entityType: "claim",
        entityId: claim.id,
        articleId: article.id,
        claimId: claim.id,
        before: { verdict: "corrected", correction: "owns 15% of Renault" },
        after: { verdict: "verified", correction: null },
        reason: "Not a majority.",
      }),
    );
  });

  it("claim.assign records the old and new assignee", async () => {
    const editor = await makeUser("editor");
    const reviewer = await makeUser("reviewer");
    const { article, claim } = await makeArticleWithClaim(editor);
    await expectOneEvent(
      editor,
      () => assignClaim({ actor: editor, input: { claimId: claim.id, expectedVersion: claim.version, assigneeId: reviewer.id } }),
      () => ({
        action: "claim.assign",
        entityType: "claim",
        entityId: claim.id,
        articleId: article.id,
        claimId: claim.id,
        before: { assigneeId: null },
        after: { assigneeId: reviewer.id },
      }),
    );
  });

  it("claim.delete keeps the claim's last state", async () => {
    const editor = await makeUser("editor");
    const { article, claim } = await makeArticleWithClaim(editor, { verdict: "disputed", rationale: "Not a majority." });
    await expectOneEvent(
      editor,
      () => deleteClaim({ actor: editor, input: { claimId: claim.id, expectedVersion: claim.version } }),
      () => ({
        action: "claim.delete",
        entityType: "claim",
        entityId: claim.id,
        articleId: article.id,
        claimId: claim.id,
        before: {
          exact: claim.exact,
          start: claim.start,
          end: claim.end,
          restated: claim.restated,
          verdict: "disputed",
          correction: null,
          rationale: "Not a majority.",
          assigneeId: null,
        },
      }),
    );
    expect(await readClaim(claim.id)).toBeNull();
  });

  it("saves that change nothing write no event and keep the version", async () => {
    const editor = await makeUser("editor");
    const { claim } = await makeArticleWithClaim(editor);
    await expectNoWrites(() =>
      updateClaim({ actor: editor, input: { claimId: claim.id, expectedVersion: claim.version, restated: claim.restated } }),
    );
    await expectNoWrites(() =>
      assignClaim({ actor: editor, input: { claimId: claim.id, expectedVersion: claim.version, assigneeId: null } }),
    );
  });
});

describe("source events", () => {
  it("source.create records the library entry", async () => {
    const editor = await makeUser("editor");
    await expectOneEvent(
      editor,
      () =>
        createSource({
          actor: editor,
          input: {
            url: "https://group.renault.com/annual-report-2018.pdf",
            title: "Renault annual report 2018",
            publisher: "Groupe Renault",
            kind: "primary_document",
            accessedAt: "2024-03-01T10:00:00Z",
          },
        }),
      (source) => ({
        action: "source.create",
        entityType: "source",
        entityId: source.id,
        after: {
          url: "https://group.renault.com/annual-report-2018.pdf",
          title: "Renault annual report 2018",
          publisher: "Groupe Renault",
          kind: "primary_document",
          accessedAt: "2024-03-01T10:00:00.000Z",
        },
      }),
    );
  });

  it("claim.link-source and claim.unlink-source record the citation", async () => {
    const editor = await makeUser("editor");
    const { article, claim } = await makeArticleWithClaim(editor);
    const source = await makeSource(editor, { title: "Annual report" });
    const citation = { sourceId: source.id, title: "Annual report", excerpt: "The State holds 15.01%.", stance: "contradicts" };
    const { result: link } = await expectOneEvent(
      editor,
      () =>
        linkSource({
          actor: editor,
          input: { claimId: claim.id, sourceId: source.id, excerpt: "  The State holds 15.01%. ", stance: "contradicts" },
        }),
      (created) => ({
        action: "claim.link-source",
        entityType: "claim-source",
        entityId: created.id,
        articleId: article.id,
        claimId: claim.id,
        after: citation,
      }),
    );
    await expectOneEvent(
      editor,
      () => unlinkSource({ actor: editor, input: { claimSourceId: link.id } }),
      () => ({
        action: "claim.unlink-source",
        entityType: "claim-source",
        entityId: link.id,
        articleId: article.id,
        claimId: claim.id,
        before: citation,
      }),
    );
    expect(await readClaim(claim.id)).toMatchObject({ version: claim.version + 2 });
  });
});

describe("comment events", () => {
  it("comment.add records the text; resolve and reopen record the resolution time", async () => {
    const editor = await makeUser("editor");
    const reviewer = await makeUser("reviewer");
    const { article, claim } = await makeArticleWithClaim(editor);
    const { result: comment } = await expectOneEvent(
      editor,
      () => addComment({ actor: editor, input: { claimId: claim.id, body: "  Is 15% a majority?  " } }),
      (created) => ({
        action: "comment.add",
        entityType: "comment",
        entityId: created.id,
        articleId: article.id,
        claimId: claim.id,
        after: { body: "Is 15% a majority?" },
      }),
    );
    const { event: resolved } = await expectOneEvent(
      reviewer,
      () => resolveComment({ actor: reviewer, input: { commentId: comment.id, isResolved: true } }),
      () => ({
        action: "comment.resolve",
        entityType: "comment",
        entityId: comment.id,
        articleId: article.id,
        claimId: claim.id,
        before: { resolvedAt: null },
        after: { resolvedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/) },
      }),
    );
    const stored = await db.comment.findUniqueOrThrow({ where: { id: comment.id } });
    expect(stored.resolvedById).toBe(reviewer.id);
    expect((resolved.after as { resolvedAt: string }).resolvedAt).toBe(stored.resolvedAt?.toISOString());
    // Resolving again changes nothing.
    await expectNoWrites(() => resolveComment({ actor: reviewer, input: { commentId: comment.id, isResolved: true } }));
    await expectOneEvent(
      editor,
      () => resolveComment({ actor: editor, input: { commentId: comment.id, isResolved: false } }),
      () => ({
        action: "comment.reopen",
        entityType: "comment",
        entityId: comment.id,
        articleId: article.id,
        claimId: claim.id,
        before: { resolvedAt: stored.resolvedAt?.toISOString() },
        after: { resolvedAt: null },
      }),
    );
  });

  it("two people resolving the same comment at once write one event", async () => {
    const editor = await makeUser("editor");
    const reviewer = await makeUser("reviewer");
    for (let round = 0; round < 5; round++) {
      const { claim } = await makeArticleWithClaim(editor);
      const comment = await makeComment(editor, claim.id);
      const mark = await markAuditEvents();
      await Promise.all([
        resolveComment({ actor: editor, input: { commentId: comment.id } }),
        resolveComment({ actor: reviewer, input: { commentId: comment.id } }),
      ]);
      expect((await auditEventsSince(mark)).map((e) => e.action), `round ${round}`).toEqual(["comment.resolve"]);
    }
  });
});

describe("user events", () => {
  it("user.create, user.set-role, user.disable and user.sign-out-everywhere", async () => {
    const admin = await makeUser("admin");
    const email = `audited-${Date.now()}@test.factdesk`;
    const { result: user } = await expectOneEvent(
      admin,
      () => createUser({ actor: admin, input: { email, name: "Audited Person", role: "editor", password: "a long passphrase" } }),
      (created) => ({
        action: "user.create",
        entityType: "user",
        entityId: created.id,
        after: { email, name: "Audited Person", role: "editor" },
      }),
    );
    const { event } = await expectOneEvent(
      admin,
      () => createUser({ actor: admin, input: { email: `x-${email}`, name: "X", role: "viewer", password: "a long passphrase" } }),
      (created) => ({ action: "user.create", entityType: "user", entityId: created.id, after: { email: `x-${email}`, name: "X", role: "viewer" } }),
    );
    expect(JSON.stringify([event.before, event.after])).not.toContain("passphrase");
    await expectOneEvent(
      admin,
      () => setUserRole({ actor: admin, input: { userId: user.id, role: "reviewer" } }),
      () => ({ action: "user.set-role", entityType: "user", entityId: user.id, before: { role: "editor" }, after: { role: "reviewer" } }),
    );
    await expectOneEvent(
      admin,
      () => signOutEverywhere({ actor: admin, userId: user.id }),
      () => ({
        action: "user.sign-out-everywhere",
        entityType: "user",
        entityId: user.id,
        before: { sessionVersion: 0 },
        // Also how many session records it revoked (none: this user never signed in).
        after: { sessionVersion: 1, sessionsEnded: 0 },
      }),
    );
    await expectOneEvent(
      admin,
      () => setUserDisabled({ actor: admin, input: { userId: user.id, isDisabled: true } }),
      () => ({
        action: "user.disable",
        entityType: "user",
        entityId: user.id,
        before: { disabledAt: null },
        after: { disabledAt: expect.any(String) },
      }),
    );
  });
});

describe("reading the trail", () => {
  it("lists an article's events newest first, for the article or one claim", async () => {
    const editor = await makeUser("editor");
    const viewer = await makeUser("viewer");
    const { article, claim } = await makeArticleWithClaim(editor);
    await updateClaim({ actor: editor, input: { claimId: claim.id, expectedVersion: 0, restated: "One" } });
    await setClaimVerdict({
      actor: editor,
      input: { claimId: claim.id, expectedVersion: 1, verdict: "disputed", rationale: "Because." },
    });
    const comment = await addComment({ actor: editor, input: { claimId: claim.id, body: "Note" } });
    const { events, total, olderBefore } = await listAuditEvents({ actor: viewer, input: { articleId: article.id } });
    expect(events.map((e) => e.action)).toEqual(["comment.add", "claim.set-verdict", "claim.edit"]);
    expect(events[0]).toMatchObject({ entityId: comment.id, actorId: editor.id, actorName: editor.name });
    expect({ total, olderBefore }).toEqual({ total: 3, olderBefore: null });
    const forClaim = await listAuditEvents({ actor: viewer, input: { articleId: article.id, claimId: claim.id } });
    expect(forClaim.events).toHaveLength(3);
  });

  it("names the people a page's events mention by id (an assignee), and only those", async () => {
    const editor = await makeUser("editor");
    const reviewer = await makeUser("reviewer");
    const bystander = await makeUser("reviewer");
    const { article, claim } = await makeArticleWithClaim(editor);
    await assignClaim({ actor: editor, input: { claimId: claim.id, expectedVersion: claim.version, assigneeId: reviewer.id } });
    await addComment({ actor: bystander, input: { claimId: claim.id, body: "Seen." } });
    const page = await listAuditEvents({ actor: editor, input: { articleId: article.id } });
    expect(page.namesById).toEqual({ [reviewer.id]: reviewer.name });
    // The assignment on an older page is not this page's to name.
    const newest = await listAuditEvents({ actor: editor, input: { articleId: article.id, limit: 1 } });
    expect(newest.namesById).toEqual({});
  });

  it("pages through the trail by its chain position, with the real total", async () => {
    const editor = await makeUser("editor");
    const { article, claim } = await makeArticleWithClaim(editor);
    for (let index = 0; index < 5; index++) await addComment({ actor: editor, input: { claimId: claim.id, body: `Note ${index}` } });
    const first = await listAuditEvents({ actor: editor, input: { articleId: article.id, limit: 2 } });
    expect(first.events.map((e) => e.after)).toEqual([{ body: "Note 4" }, { body: "Note 3" }]);
    expect(first.total).toBe(5);
    const second = await listAuditEvents({ actor: editor, input: { articleId: article.id, limit: 2, before: first.olderBefore } });
    expect(second.events.map((e) => e.after)).toEqual([{ body: "Note 2" }, { body: "Note 1" }]);
    const last = await listAuditEvents({ actor: editor, input: { articleId: article.id, limit: 2, before: second.olderBefore } });
    expect(last.events.map((e) => e.after)).toEqual([{ body: "Note 0" }]);
    expect(last.olderBefore).toBeNull();
  });
});
