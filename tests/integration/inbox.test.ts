// The inbox: each kind of notification is made in the transaction of the change
// that causes it (from its audit event), nobody is notified of their own action,
// a rolled-back change leaves none, and a user sees and marks only their own.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { assignClaim } from "@/lib/server/claims/assign-claim";
import { addComment } from "@/lib/server/comments/add-comment";
import { countUnreadNotifications } from "@/lib/server/inbox/count-unread-notifications";
import { listNotifications } from "@/lib/server/inbox/list-notifications";
import { markAllNotificationsRead } from "@/lib/server/inbox/mark-all-notifications-read";
import { markNotificationRead } from "@/lib/server/inbox/mark-notification-read";
import { sendBackArticle } from "@/lib/server/sign-offs/send-back-article";
import { setClaimVerdict } from "@/lib/server/claims/set-claim-verdict";
import { makeArticleWithClaim } from "../support/claim-factories";
import { makeUser } from "../support/factories";
import { makeSignedOffArticle, versionOf, writerOf } from "../support/sign-off-factories";

async function notificationsOf(userId: string) {
  return db.notification.findMany({ where: { recipientId: userId }, orderBy: { createdAt: "asc" } });
}

/** The transaction that wrote a notification, to compare with its audit event's. */
async function notificationWriter(id: string): Promise<string> {
  const rows = await db.$queryRaw<{ xmin: string }[]>`select xmin::text as xmin from "Notification" where id = ${id}::uuid`;
  return rows[0].xmin;
}

describe("the inbox", () => {
  it("notifies the assignee of a claim, in the assignment's transaction, and not someone assigning themselves", async () => {
    const editor = await makeUser("editor");
    const checker = await makeUser("editor", { name: "Bea Checker" });
    const { claim } = await makeArticleWithClaim(editor);
    await assignClaim({ actor: editor, input: { claimId: claim.id, expectedVersion: 0, assigneeId: checker.id } });
    const [notification] = await notificationsOf(checker.id);
    expect(notification).toMatchObject({ kind: "claim_assigned", claimId: claim.id, readAt: null });
    expect(notification.message).toContain(`${editor.name} assigned you a claim`);
    const event = await db.auditEvent.findFirstOrThrow({ where: { claimId: claim.id, action: "claim.assign" } });
    expect(notification.auditEventId).toBe(event.id);
    expect(await notificationWriter(notification.id)).toBe(await writerOf("AuditEvent", event.id));
    await assignClaim({ actor: editor, input: { claimId: claim.id, expectedVersion: 1, assigneeId: editor.id } });
    expect(await notificationsOf(editor.id)).toEqual([]);
  });

  it("notifies each active member @mentioned in a comment, once, and nobody for a plain comment", async () => {
    const editor = await makeUser("editor");
    const rita = await makeUser("reviewer", { name: `Rita Reviewer ${Date.now()}` });
    const { claim } = await makeArticleWithClaim(editor);
    await addComment({ actor: editor, input: { claimId: claim.id, body: `@${rita.name} can you look? Thanks @${rita.name}` } });
    await addComment({ actor: editor, input: { claimId: claim.id, body: "No mention here, rita." } });
    const mine = await notificationsOf(rita.id);
    expect(mine.map((notification) => notification.kind)).toEqual(["mention"]);
    expect(mine[0].message).toContain("mentioned you in a comment");
  });

  it("notifies the article's editors when a reviewer sends it back, and the reviewer when their sign-off is voided", async () => {
    const signed = await makeSignedOffArticle();
    await setClaimVerdict({
      actor: signed.editor,
      input: { claimId: signed.disputed.id, expectedVersion: await versionOf(signed.disputed.id), verdict: "disputed", rationale: "Formed in March 1999." },
    });
    const voided = await notificationsOf(signed.reviewer.id);
    expect(voided.map((notification) => notification.kind)).toEqual(["sign_off_voided"]);
    expect(voided[0].articleId).toBe(signed.article.id);
    await sendBackArticle({ actor: signed.reviewer, input: { articleId: signed.article.id, note: "Check the dates again." } });
    const sentBack = await notificationsOf(signed.editor.id);
    expect(sentBack.map((notification) => notification.kind)).toEqual(["article_sent_back"]);
    expect(await notificationsOf(signed.reviewer.id)).toHaveLength(1); // not notified of their own send-back
  });

  it("leaves no notification when the change rolls back", async () => {
    const editor = await makeUser("editor");
    const checker = await makeUser("editor");
    const { claim } = await makeArticleWithClaim(editor);
    await expect(assignClaim({ actor: editor, input: { claimId: claim.id, expectedVersion: 7, assigneeId: checker.id } })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await notificationsOf(checker.id)).toEqual([]);
  });

  it("shows users only their own notifications, and marks only their own read", async () => {
    const editor = await makeUser("editor");
    const ann = await makeUser("editor");
    const bob = await makeUser("editor");
    const { claim } = await makeArticleWithClaim(editor);
    await assignClaim({ actor: editor, input: { claimId: claim.id, expectedVersion: 0, assigneeId: ann.id } });
    const { claim: other } = await makeArticleWithClaim(editor);
    await assignClaim({ actor: editor, input: { claimId: other.id, expectedVersion: 0, assigneeId: bob.id } });
    const annPage = await listNotifications({ actor: ann });
    expect(annPage.items.map((item) => item.claimId)).toEqual([claim.id]);
    expect(annPage.unread).toBe(1);
    const bobsId = (await notificationsOf(bob.id))[0].id;
    expect(await markNotificationRead({ actor: ann, input: { notificationId: bobsId } })).toEqual({ isMarked: false });
    expect(await markAllNotificationsRead({ actor: ann })).toEqual({ marked: 1 });
    expect(await countUnreadNotifications({ actor: bob })).toBe(1);
    expect(await countUnreadNotifications({ actor: ann })).toBe(0);
    expect(await markNotificationRead({ actor: bob, input: { notificationId: bobsId } })).toEqual({ isMarked: true });
    expect(await countUnreadNotifications({ actor: bob })).toBe(0);
    await expect(listNotifications({ actor: null })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("pages by keyset, newest first, with no gaps or repeats", async () => {
    const editor = await makeUser("editor");
    const ann = await makeUser("editor");
    const { claim } = await makeArticleWithClaim(editor);
    for (let version = 0; version < 7; version++) {
      await assignClaim({ actor: editor, input: { claimId: claim.id, expectedVersion: version, assigneeId: version % 2 ? null : ann.id } });
    }
    const all = await notificationsOf(ann.id);
    expect(all).toHaveLength(4);
    const first = await listNotifications({ actor: ann, limit: 3 });
    const second = await listNotifications({ actor: ann, limit: 3, after: first.next });
    expect(second.next).toBeNull();
    expect([...first.items, ...second.items].map((item) => item.id)).toEqual(all.map((item) => item.id).reverse());
  });

  it("announces each new notification on factdesk_inbox with its recipient, at commit", async () => {
    const editor = await makeUser("editor");
    const ann = await makeUser("editor");
    const { claim } = await makeArticleWithClaim(editor);
    const pg = await import("pg");
    const listener = new pg.default.Client({ connectionString: process.env.DATABASE_URL });
    await listener.connect();
    try {
      const received: string[] = [];
      listener.on("notification", (message) => { if (message.channel === "factdesk_inbox") received.push(message.payload ?? ""); });
      await listener.query("listen factdesk_inbox");
      await assignClaim({ actor: editor, input: { claimId: claim.id, expectedVersion: 0, assigneeId: ann.id } });
      await expect.poll(() => received.map((payload) => JSON.parse(payload).userId)).toContain(ann.id);
    } finally {
      await listener.end();
    }
  });
});
