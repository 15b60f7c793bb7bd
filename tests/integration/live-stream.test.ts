// Live updates (issue 12, item 1; docs/decisions/018): the NOTIFY published by
// the audit trigger at commit, the instance's listener, and the stream a browser
// reads: what reaches whom, catch-up from the audit trail, and the listener
// coming back after its connection is killed.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { LiveHub } from "@/lib/server/live/live-hub";
import { LiveListener } from "@/lib/server/live/live-listener";
import { announcePresence } from "@/lib/server/live/announce-presence";
import { openLiveStream } from "@/lib/server/live/open-live-stream";
import { readLiveCursor } from "@/lib/server/live/read-missed-changes";
import { addComment } from "@/lib/server/comments/add-comment";
import { setClaimVerdict } from "@/lib/server/claims/set-claim-verdict";
import { makeArticleWithClaim } from "../support/claim-factories";
import { makeUser } from "../support/factories";
import { makeSignedOffArticle } from "../support/sign-off-factories";
import { listServerFiles } from "../support/use-case-files";
import { VOIDING_USE_CASES } from "../support/voiding-use-cases";
import { readStream, type StreamReader } from "../support/sse-reader";

let hub: LiveHub;
let editor: Actor;
let viewer: Actor;

beforeAll(async () => {
  // minBackoff 1 s: after a killed connection there is a window to commit in while nobody listens.
  hub = new LiveHub(new LiveListener(inject("databaseUrl"), { minBackoffMs: 1_000 }));
  await waitFor(() => hub.listener.isConnected);
  editor = await makeUser("editor");
  viewer = await makeUser("viewer");
});

afterAll(async () => {
  await hub.close();
});

async function open(actor: Actor | null, options: { lastEventId?: string; recheckActor?: () => Promise<Actor | null>; recheckMs?: number } = {}) {
  const stream = await openLiveStream({ actor, hub, recheckActor: options.recheckActor ?? (async () => actor), ...options });
  return readStream(stream);
}

async function comment(claimId: string, body = "Checked the annual report.") {
  await addComment({ actor: editor, input: { claimId, body } });
}

describe("the live stream", () => {
  it("delivers a committed change as a small pointer event, with who made it", async () => {
    const reader = await open(viewer);
    const { article, claim } = await makeArticleWithClaim(editor);
    await setClaimVerdict({ actor: editor, input: { claimId: claim.id, expectedVersion: claim.version, verdict: "disputed", rationale: "Figures differ." } });
    const event = await reader.next((message) => message.event === "change" && message.data.claimId === claim.id);
    expect(event.data).toMatchObject({ articleId: article.id, claimId: claim.id, action: "claim.set-verdict", actorId: editor.id, actorName: editor.name });
    expect(event.id).toBe(event.data.id);
    expect(JSON.stringify(event.data).length).toBeLessThan(400);
    reader.close();
  });

  it("sends nothing of a transaction that rolled back", async () => {
    const reader = await open(viewer);
    const { claim } = await makeArticleWithClaim(editor);
    const stale = setClaimVerdict({ actor: editor, input: { claimId: claim.id, expectedVersion: claim.version + 5, verdict: "verified" } });
    await expect(stale).rejects.toMatchObject({ code: "CONFLICT" });
    await comment(claim.id);
    // The comment after it arrives; the refused verdict never did.
    const events = await reader.collectUntil((message) => message.data?.action === "comment.add" && message.data.claimId === claim.id);
    expect(events.filter((message) => message.data?.claimId === claim.id).map((message) => message.data.action)).toEqual(["comment.add"]);
    reader.close();
  });

  it("refuses a caller who may not read articles", async () => {
    await expect(openLiveStream({ actor: null, hub, recheckActor: async () => null })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    const mustEnrol = { ...(await makeUser("reviewer")), mustEnrolTwoFactor: true };
    await expect(openLiveStream({ actor: mustEnrol, hub, recheckActor: async () => mustEnrol })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("closes, and sends nothing more, once the caller's session ends", async () => {
    let isSignedIn = true;
    const reader = await open(viewer, { recheckActor: async () => (isSignedIn ? viewer : null), recheckMs: 200 });
    const { claim } = await makeArticleWithClaim(editor);
    isSignedIn = false;
    const closing = await reader.next((message) => message.event === "closed");
    expect(closing.data).toEqual({ reason: "signed-out" });
    await comment(claim.id, "Written after the viewer signed out.");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(reader.received().filter((message) => message.data?.claimId === claim.id)).toEqual([]);
    expect(await reader.isDone()).toBe(true);
  });

  it("forwards an inbox notification only to the user it is for", async () => {
    const other = await makeUser("editor");
    const mine = await open(editor);
    const theirs = await open(other);
    await db.$executeRaw`select pg_notify('factdesk_inbox', ${JSON.stringify({ userId: editor.id, kind: "test" })})`;
    await db.$executeRaw`select pg_notify('factdesk_inbox', ${JSON.stringify({ userId: other.id, kind: "for-other" })})`;
    expect((await mine.next((message) => message.event === "inbox")).data).toEqual({ userId: editor.id, kind: "test" });
    await theirs.next((message) => message.event === "inbox");
    expect(mine.received().filter((message) => message.event === "inbox")).toHaveLength(1);
    expect(theirs.received().filter((message) => message.event === "inbox").map((message) => message.data.userId)).toEqual([other.id]);
    mine.close();
    theirs.close();
  });

  it("tells the desk who has an article open, on which claim, under the name of their own session", async () => {
    const reader = await open(viewer);
    const { article, claim } = await makeArticleWithClaim(editor);
    const beat = { tabId: "presence-test-tab", articleId: article.id, claimId: claim.id, isEditing: true, isHere: true };
    await announcePresence({ actor: editor, input: beat });
    const here = await reader.next((message) => message.event === "presence" && message.data.articleId === article.id);
    expect(here.data.viewers).toEqual([{ tabId: beat.tabId, userId: editor.id, name: editor.name, claimId: claim.id, isEditing: true }]);
    await announcePresence({ actor: editor, input: { ...beat, isHere: false } });
    await reader.next((message) => message.event === "presence" && message.data.articleId === article.id && message.data.viewers.length === 0);
    await expect(announcePresence({ actor: null, input: beat })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    reader.close();
  });

  it("replays what a browser missed from its Last-Event-ID", async () => {
    const { claim } = await makeArticleWithClaim(editor);
    const cursor = await readLiveCursor();
    await comment(claim.id, "First, while the tab was closed.");
    await comment(claim.id, "Second, while the tab was closed.");
    const reader = await open(viewer, { lastEventId: cursor });
    await reader.next(() => countFor(reader, claim.id) === 2);
    expect(reader.received().filter((message) => message.data?.claimId === claim.id).map((message) => message.data.action)).toEqual(["comment.add", "comment.add"]);
    reader.close();
  });
});

describe("the listener", () => {
  it("reconnects after its connection is killed, and the streams catch up on what was committed meanwhile", async () => {
    const reader = await open(viewer);
    const { claim } = await makeArticleWithClaim(editor);
    await comment(claim.id, "Before the outage.");
    await reader.next((message) => message.data?.claimId === claim.id);

    // The app role may end its own role's connections, as a restart would.
    const killed = await db.$queryRaw<{ killed: boolean }[]>`
      select pg_terminate_backend(pid) as killed from pg_stat_activity
      where application_name = 'factdesk-live' and datname = current_database() and pid <> pg_backend_pid()`;
    expect(killed.length).toBeGreaterThan(0);
    await waitFor(() => !hub.listener.isConnected);
    // Committed while nothing listens: no NOTIFY can reach this instance.
    await comment(claim.id, "During the outage.");
    await waitFor(() => hub.listener.isConnected, 10_000);
    await reader.next((message) => message.data?.claimId === claim.id && countFor(reader, claim.id) === 2);
    // And live again after it.
    await comment(claim.id, "After the outage.");
    await reader.next((message) => message.data?.claimId === claim.id && countFor(reader, claim.id) === 3);
    reader.close();
  });
});

// Every use case that writes an article (the sign-off voiding table enumerates
// them from lib/server by file) reaches an open stream: a new one that wrote no
// audit event, and so published nothing, fails here by name.
const writers = listServerFiles().flatMap((file) => {
  const entry = VOIDING_USE_CASES[file];
  if (!entry) return [];
  const run = "changesContent" in entry ? entry.changesContent : entry.keepsSignOff;
  return run ? [{ file, run }] : [];
});

describe("every use case that writes an article publishes it", () => {
  it("has writers to run", () => {
    expect(writers.length).toBeGreaterThanOrEqual(15);
  });

  it.each(writers)("$file", async ({ run }) => {
    const signed = await makeSignedOffArticle();
    const reader = await open(viewer);
    await run(signed);
    const event = await reader.next((message) => message.event === "change" && message.data.articleId === signed.article.id);
    expect(event.data.actorId).not.toBeNull();
    reader.close();
  });
});

function countFor(reader: StreamReader, claimId: string): number {
  return reader.received().filter((message) => message.event === "change" && message.data.claimId === claimId).length;
}

async function waitFor(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
