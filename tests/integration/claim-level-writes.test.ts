// Claim-level writes (decision 020): a verdict, an edit or an assignment holds
// its article only FOR KEY SHARE, so writers on different claims of one article
// run side by side, while an article-level change (and a sign-off) still waits
// for them and excludes them. Racing writers void a standing sign-off exactly
// once, never deadlock, and the article's audit chain stays intact.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveRevision } from "@/lib/server/articles/save-revision";
import { setClaimVerdict } from "@/lib/server/claims/set-claim-verdict";
import { getSignOffStatus } from "@/lib/server/sign-offs/get-sign-off-status";
import { signOffArticle } from "@/lib/server/sign-offs/sign-off-article";
import { makeCitation, makeClaim, makeSource } from "../support/claim-factories";
import { makeArticle, makeUser } from "../support/factories";
import { REVISED_TEXT, SIGNED_TEXT } from "../support/sign-off-factories";

const CLAIMS = 8;

async function makeArticleWithVerifiedClaims() {
  const editor = await makeUser("editor");
  const reviewer = await makeUser("reviewer");
  const article = await makeArticle(editor, SIGNED_TEXT);
  const source = await makeSource(editor);
  const claims = [];
  for (let index = 0; index < CLAIMS; index++) {
    const claim = await makeClaim(editor, article, { quote: "Renault holds 43% of Nissan.", verdict: "verified" });
    await makeCitation(editor, claim.id, source.id);
    claims.push(claim);
  }
  return { editor, reviewer, article, claims };
}

const settlesWithin = (promise: Promise<unknown>, ms: number) =>
  Promise.race([promise.then(() => true, () => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms))]);

describe("claim-level writes", () => {
  it("a verdict does not wait for another writer holding the article, an article-level change does", async () => {
    const { editor, article, claims } = await makeArticleWithVerifiedClaims();
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let held!: () => void;
    const isHeld = new Promise<void>((resolve) => (held = resolve));
    // Another claim writer in the middle of its transaction: it holds the article as changeClaim does.
    const holder = db.$transaction(async (tx) => {
      await tx.$queryRaw`select id from "Article" where id = ${article.id}::uuid for key share`;
      held();
      await released;
    }, { timeout: 20_000 });
    await isHeld;
    const verdict = setClaimVerdict({ actor: editor, input: { claimId: claims[0].id, expectedVersion: 0, verdict: "disputed", rationale: "Not 43%." } });
    expect(await settlesWithin(verdict, 5_000)).toBe(true);
    await expect(verdict).resolves.toMatchObject({ verdict: "disputed" });
    const revision = saveRevision({ actor: editor, input: { articleId: article.id, text: REVISED_TEXT } });
    expect(await settlesWithin(revision, 1_000)).toBe(false);
    release();
    await holder;
    await expect(revision).resolves.toBeDefined();
  });

  it(`${CLAIMS} verdicts racing on one signed-off article all save, void the sign-off once, and keep the chain intact`, async () => {
    const { editor, reviewer, article, claims } = await makeArticleWithVerifiedClaims();
    const status = await getSignOffStatus({ actor: reviewer, articleId: article.id });
    const signOff = await signOffArticle({ actor: reviewer, input: { articleId: article.id, expectedSha256: status.currentSha256 } });
    const results = await Promise.allSettled(claims.map((claim) =>
      setClaimVerdict({ actor: editor, input: { claimId: claim.id, expectedVersion: claim.version, verdict: "disputed", rationale: "Not 43%." } })));
    expect(results.filter((result) => result.status === "rejected").map((result) => String((result as PromiseRejectedResult).reason))).toEqual([]);
    const voids = await db.auditEvent.findMany({ where: { articleId: article.id, action: "sign-off.void" } });
    expect(voids).toHaveLength(1);
    const row = await db.signOff.findUniqueOrThrow({ where: { id: signOff.id } });
    expect(row.voidedAt).not.toBeNull();
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).state).toBe("in_review");
    expect(await db.claim.count({ where: { articleId: article.id, verdict: "disputed" } })).toBe(CLAIMS);
    const events = await db.auditEvent.findMany({ where: { chain: article.id }, orderBy: { chainSeq: "asc" }, select: { chainSeq: true } });
    expect(events.map((event) => event.chainSeq)).toEqual(events.map((_, index) => index + 1));
    // This article's chain links up (other tests tamper with other chains on purpose,
    // so the whole-trail verifier is not asked here): each hash recomputes, each
    // event points at the one before it.
    const broken = await db.$queryRaw<{ chainSeq: number }[]>`
      select "chainSeq" from (
        select e."chainSeq", e."hash", e."prevHash", e."contentHash",
               "audit_event_content_hash"(e) as content, lag(e."hash") over (order by e."chainSeq") as previous
        from "AuditEvent" e where e."chain" = ${article.id}
      ) linked
      where "contentHash" <> content or "hash" <> "audit_event_link_hash"("prevHash", content)
         or "prevHash" <> coalesce(previous, repeat('0', 64))`;
    expect(broken).toEqual([]);
  });

  it("two saves of one claim at one version: one wins, the other gets the conflict", async () => {
    const { editor, claims } = await makeArticleWithVerifiedClaims();
    const results = await Promise.allSettled(["disputed", "pending"].map((verdict) =>
      setClaimVerdict({ actor: editor, input: { claimId: claims[0].id, expectedVersion: 0, verdict, rationale: "Not 43%." } })));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.find((result) => result.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
  });

  it("records the activity time, writing the article row at most once a second", async () => {
    const { editor, article, claims } = await makeArticleWithVerifiedClaims();
    const minuteAgo = new Date(Date.now() - 60_000);
    await db.article.update({ where: { id: article.id }, data: { lastActivityAt: minuteAgo } });
    const rowWriter = async () => (await db.$queryRaw<{ xmin: string }[]>`select xmin::text as xmin from "Article" where id = ${article.id}::uuid`)[0].xmin;
    const before = await rowWriter();
    await setClaimVerdict({ actor: editor, input: { claimId: claims[0].id, expectedVersion: 0, verdict: "disputed", rationale: "Not 43%." } });
    const { lastActivityAt } = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(lastActivityAt.getTime()).toBeGreaterThan(minuteAgo.getTime() + 50_000);
    expect(await rowWriter()).not.toBe(before);
    // A save while the time is fresh leaves the article row alone. (The time is set
    // ahead here so the check does not depend on how fast this machine runs two saves.)
    await db.$executeRaw`update "Article" set "lastActivityAt" = now() + interval '10 seconds' where id = ${article.id}::uuid`;
    const fresh = await rowWriter();
    await setClaimVerdict({ actor: editor, input: { claimId: claims[1].id, expectedVersion: 0, verdict: "disputed", rationale: "Not 43%." } });
    expect(await rowWriter()).toBe(fresh);
  });
});
