// The database's half of voiding by construction (migration
// 20261201200000_sign_off_guard): a write to anything a sign-off covers that
// does not void the standing sign-off in the same transaction is refused at
// commit, so code that skips changeArticle fails loudly instead of leaving a
// stale approval. Writes outside what the hash covers still go through.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sha256Hex } from "@/lib/domain/hashing";
import { voidStandingSignOff } from "@/lib/server/sign-offs/void-standing-sign-off";
import { makeArticleWithClaim, readClaim } from "../support/claim-factories";
import { makeUser } from "../support/factories";
import { makeArticleReadyForSignOff, makeSignedOffArticle } from "../support/sign-off-factories";

const REFUSED = /standing sign-off/;

async function expectSignOffStanding(signOffId: string) {
  expect((await db.signOff.findUniqueOrThrow({ where: { id: signOffId } })).voidedAt).toBeNull();
}

describe("a write under a standing sign-off that skips the voiding path", () => {
  it("is refused at commit for a claim edit in a transaction, and nothing of it is kept", async () => {
    const { verified, signOff } = await makeSignedOffArticle();
    await expect(
      db.$transaction(async (tx) => {
        await tx.claim.update({ where: { id: verified.id }, data: { restated: "Quietly changed", version: { increment: 1 } } });
        await tx.auditEvent.create({ data: { actorLabel: "test", action: "claim.edit", entityType: "claim", entityId: verified.id } });
      }),
    ).rejects.toThrow(REFUSED);
    expect(await readClaim(verified.id)).toMatchObject({ restated: verified.restated, version: verified.version });
    expect(await db.auditEvent.count({ where: { entityId: verified.id, actorLabel: "test" } })).toBe(0);
    await expectSignOffStanding(signOff.id);
  });

  it("is refused for a single statement too: a verdict, a new claim, a deleted claim", async () => {
    const { editor, article, verified, disputed, signOff } = await makeSignedOffArticle();
    await expect(db.claim.update({ where: { id: verified.id }, data: { verdict: "pending" } })).rejects.toThrow(REFUSED);
    await expect(
      db.claim.create({
        data: { articleId: article.id, revisionId: article.revision.id, exact: "Renault", start: 0, end: 7, createdById: editor.id },
      }),
    ).rejects.toThrow(REFUSED);
    await expect(db.claim.delete({ where: { id: disputed.id } })).rejects.toThrow(REFUSED);
    expect(await db.claim.count({ where: { articleId: article.id } })).toBe(2);
    await expectSignOffStanding(signOff.id);
  });

  it("is refused for citing or removing a source", async () => {
    const { editor, verified, citation, spareSource, signOff } = await makeSignedOffArticle();
    await expect(
      db.claimSource.create({ data: { claimId: verified.id, sourceId: spareSource.id, createdById: editor.id } }),
    ).rejects.toThrow(REFUSED);
    await expect(db.claimSource.delete({ where: { id: citation.id } })).rejects.toThrow(REFUSED);
    await expect(db.claimSource.update({ where: { id: citation.id }, data: { stance: "contradicts" } })).rejects.toThrow(REFUSED);
    await expectSignOffStanding(signOff.id);
  });

  it("is refused for a new current revision", async () => {
    const { editor, article, signOff } = await makeSignedOffArticle();
    const text = "Another text.";
    await expect(
      db.$transaction(async (tx) => {
        const revision = await tx.articleRevision.create({
          data: { articleId: article.id, number: 2, text, sha256: sha256Hex(text), createdById: editor.id },
        });
        await tx.article.update({ where: { id: article.id }, data: { currentRevisionId: revision.id } });
      }),
    ).rejects.toThrow(REFUSED);
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).currentRevisionId).toBe(article.revision.id);
    await expectSignOffStanding(signOff.id);
  });
});

describe("writes the guard lets through", () => {
  it("columns the hash does not cover: assignee, acknowledgement, activity time, article state", async () => {
    const { editor, article, disputed, signOff } = await makeSignedOffArticle();
    await db.claim.update({ where: { id: disputed.id }, data: { assigneeId: editor.id } });
    await db.claim.update({ where: { id: disputed.id }, data: { disputeAckedAt: new Date() } });
    await db.article.update({ where: { id: article.id }, data: { lastActivityAt: new Date(), version: { increment: 1 } } });
    await expectSignOffStanding(signOff.id);
  });

  it("a covered change whose transaction voids the sign-off", async () => {
    const { editor, article, verified, signOff } = await makeSignedOffArticle();
    await db.$transaction(async (tx) => {
      await tx.claim.update({ where: { id: verified.id }, data: { restated: "Changed, then voided", version: { increment: 1 } } });
      await voidStandingSignOff(tx, { actor: editor, articleId: article.id, reason: "a test edit" });
    });
    expect((await db.signOff.findUniqueOrThrow({ where: { id: signOff.id } })).voidedAt).not.toBeNull();
  });

  it("a change and a sign-off made in the same transaction (the sign-off covers the change)", async () => {
    const editor = await makeUser("editor");
    const reviewer = await makeUser("reviewer");
    const { article, claim } = await makeArticleWithClaim(editor);
    await db.$transaction(async (tx) => {
      await tx.claim.update({ where: { id: claim.id }, data: { restated: "Then signed", version: { increment: 1 } } });
      await tx.signOff.create({
        data: { articleId: article.id, revisionId: article.revision.id, reviewerId: reviewer.id, decision: "signed_off", sha256: "0".repeat(64) },
      });
    });
    expect(await db.signOff.count({ where: { articleId: article.id, voidedAt: null } })).toBe(1);
  });
});

describe("a write that skips the path while a sign-off is being made", () => {
  it("waits for the sign-off at commit, then is refused: the sign-off never approves a state that is gone", async () => {
    const ready = await makeArticleReadyForSignOff();
    const { article, verified, reviewer } = ready;
    let releaseSignOff = () => {};
    const signOffMayCommit = new Promise<void>((resolve) => (releaseSignOff = resolve));
    let signOffHasRead = () => {};
    const signOffRead = new Promise<void>((resolve) => (signOffHasRead = resolve));
    // What signOffArticle does, paused between reading the state and committing.
    const signing = db.$transaction(async (tx) => {
      await tx.$queryRaw`select id from "Article" where id = ${article.id}::uuid for update`;
      await tx.claim.findMany({ where: { articleId: article.id } });
      signOffHasRead();
      await signOffMayCommit;
      await tx.signOff.create({
        data: { articleId: article.id, revisionId: article.revision.id, reviewerId: reviewer.id, decision: "signed_off", sha256: ready.shownSha256 },
      });
    });
    await signOffRead;
    const sneaking = db.claim.update({ where: { id: verified.id }, data: { restated: "Sneaked in", version: { increment: 1 } } });
    let isSettled = false;
    const outcome = sneaking.then(() => "committed" as const, (error: unknown) => error).finally(() => (isSettled = true));
    // The sneaking write must be waiting on the article lock (without the guard's lock it commits at once).
    expect(await waitForLockWaiter(() => isSettled)).toBe("waiting");
    releaseSignOff();
    await signing;
    expect(String(await outcome)).toMatch(REFUSED);
    expect(await readClaim(verified.id)).toMatchObject({ restated: verified.restated });
  });
});

/** Polls until a session of this database waits on a lock, or `hasSettled()` says it never will. */
async function waitForLockWaiter(hasSettled: () => boolean): Promise<"waiting" | "settled"> {
  for (;;) {
    const [row] = await db.$queryRaw<{ waiting: number }[]>`
      select count(*)::int as waiting from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`;
    if (row.waiting > 0) return "waiting";
    if (hasSettled()) return "settled";
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
