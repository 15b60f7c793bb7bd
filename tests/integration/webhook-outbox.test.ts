// Webhooks: the outbox the AuditEvent trigger fills, the sender, and endpoint
// registration (docs/decisions/022). A receiver on loopback stands in for the
// CMS, so private addresses are allowed here except where a test says not.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { WEBHOOK_EVENT_OF_ACTION, WEBHOOK_EVENTS } from "@/lib/domain/webhooks/webhook-events";
import { FIRST_RETRY_MS, RETRY_FOR_MS } from "@/lib/domain/webhooks/retry-schedule";
import { verifyWebhookSignature } from "@/lib/domain/webhooks/signature";
import { saveRevision } from "@/lib/server/articles/save-revision";
import { setClaimVerdict } from "@/lib/server/claims/set-claim-verdict";
import { sendBackArticle } from "@/lib/server/sign-offs/send-back-article";
import { signOffArticle } from "@/lib/server/sign-offs/sign-off-article";
import { createWebhookEndpoint } from "@/lib/server/webhooks/create-webhook-endpoint";
import { deleteWebhookEndpoint } from "@/lib/server/webhooks/delete-webhook-endpoint";
import { listWebhookEndpoints } from "@/lib/server/webhooks/list-webhook-endpoints";
import { redeliverWebhook } from "@/lib/server/webhooks/redeliver-webhook";
import { sendDueWebhooks } from "@/lib/server/webhooks/webhook-sender";
import { makeUser } from "../support/factories";
import { makeArticleReadyForSignOff, makeSignedOffArticle, REVISED_TEXT, versionOf, writerOf } from "../support/sign-off-factories";
import { NOT_WEBHOOK_ACTIONS } from "../support/webhook-actions";
import { startWebhookReceiver } from "../support/webhook-receiver";

const root = path.join(import.meta.dirname, "../..");
let admin: Awaited<ReturnType<typeof makeUser>>;

beforeEach(async () => {
  process.env.FACTDESK_WEBHOOKS_ALLOW_PRIVATE = "1";
  // Endpoints other files left (the authorization matrix's refused calls) would get deliveries too.
  await db.webhookEndpoint.deleteMany({});
  admin ??= await makeUser("admin");
});
afterEach(async () => {
  delete process.env.FACTDESK_WEBHOOKS_ALLOW_PRIVATE;
  // Endpoints left behind would collect deliveries from every later file.
  await db.webhookEndpoint.deleteMany({});
});

const register = (url: string, events: readonly string[] = WEBHOOK_EVENTS) => createWebhookEndpoint({ actor: admin, input: { url, events } });

/** Runs the sender at `now` until nothing is due then. */
async function sendAll(now = new Date()) {
  while ((await sendDueWebhooks({ now })) > 0);
}

/** Every audit action the use cases can record: the string literals after `action:`. */
function auditActionsInCode(): string[] {
  const actions = new Set<string>();
  for (const file of readdirSync(path.join(root, "lib/server"), { recursive: true, encoding: "utf8" })) {
    if (!file.endsWith(".ts")) continue;
    const source = readFileSync(path.join(root, "lib/server", file), "utf8");
    for (const [, expression] of source.matchAll(/\baction:\s*([^,\n]+)/g)) {
      for (const [, literal] of expression.matchAll(/"([a-z][a-z0-9.-]*\.[a-z0-9.-]+)"/g)) actions.add(literal);
    }
  }
  return [...actions].sort();
}

describe("which audit actions are webhook events", () => {
  it("every action in lib/server is either a webhook event or declared as not one", () => {
    const actions = auditActionsInCode();
    expect(actions.length).toBeGreaterThan(30);
    const unclassified = actions.filter((action) => !(action in WEBHOOK_EVENT_OF_ACTION) && !(action in NOT_WEBHOOK_ACTIONS));
    expect(unclassified, "classify these in tests/support/webhook-actions.ts or webhook-events.ts").toEqual([]);
    expect(Object.keys(WEBHOOK_EVENT_OF_ACTION).filter((action) => !actions.includes(action))).toEqual([]);
  });

  it("the database's mapping (webhook_event_for) is the one in webhook-events.ts", async () => {
    for (const action of auditActionsInCode()) {
      for (const verdict of ["corrected", "verified", "disputed", "pending"]) {
        const [{ event }] = await db.$queryRaw<{ event: string | null }[]>`
          select "webhook_event_for"(${action}, ${JSON.stringify({ verdict })}::jsonb) as event`;
        const mapped = WEBHOOK_EVENT_OF_ACTION[action];
        const expected = mapped && (!mapped.when || mapped.when.verdict === verdict) ? mapped.event : null;
        expect(event, `${action} with verdict ${verdict}`).toBe(expected);
      }
    }
    expect(new Set(Object.values(WEBHOOK_EVENT_OF_ACTION).map((m) => m.event))).toEqual(new Set(WEBHOOK_EVENTS));
  });
});

describe("the outbox", () => {
  it("gets a delivery per subscribed endpoint in the transaction of the change, and none for a change that failed", async () => {
    const all = await register("http://127.0.0.1:9/all");
    const onlyRevised = await register("http://127.0.0.1:9/revised", ["article.revised"]);
    const ready = await makeArticleReadyForSignOff();
    // A refused sign-off (stale hash) rolls back: no delivery.
    await expect(signOffArticle({ actor: ready.reviewer, input: { articleId: ready.article.id, expectedSha256: "0".repeat(64) } })).rejects.toThrow();
    expect(await db.webhookDelivery.count({ where: { articleId: ready.article.id } })).toBe(0);
    const signOff = await signOffArticle({ actor: ready.reviewer, input: { articleId: ready.article.id, expectedSha256: ready.shownSha256 } });
    const deliveries = await db.webhookDelivery.findMany({ where: { articleId: ready.article.id } });
    expect(deliveries.map((d) => [d.endpointId, d.event])).toEqual([[all.id, "article.signed_off"]]);
    const auditEvent = await db.auditEvent.findFirstOrThrow({ where: { action: "article.sign-off", entityId: signOff.id } });
    expect(deliveries[0].auditEventId).toBe(auditEvent.id);
    const [{ xmin }] = await db.$queryRaw<{ xmin: string }[]>`select xmin::text as xmin from "WebhookDelivery" where id = ${deliveries[0].id}`;
    expect(xmin).toBe(await writerOf("AuditEvent", auditEvent.id));
    expect(deliveries[0].payload).toEqual({
      event: "article.signed_off",
      id: deliveries[0].eventId,
      occurredAt: auditEvent.at.toISOString(),
      article: { id: ready.article.id, externalId: ready.article.externalId, state: "signed_off", revision: 1 },
    });
    // A revision: the revised event to both, then the void it caused to the one that wants it.
    await saveRevision({ actor: ready.editor, input: { articleId: ready.article.id, text: REVISED_TEXT } });
    const later = await db.webhookDelivery.findMany({ where: { articleId: ready.article.id, id: { gt: deliveries[0].id } }, orderBy: { id: "asc" } });
    const named = later.map((d) => [d.endpointId === all.id ? "all" : d.endpointId === onlyRevised.id ? "revised" : "?", d.event]);
    // The two revised deliveries come first (between themselves in endpoint id order), then the void.
    expect(named.slice(0, 2).sort()).toEqual([["all", "article.revised"], ["revised", "article.revised"]]);
    expect(named.slice(2)).toEqual([["all", "article.sign_off_voided"]]);
    expect(later.at(-1)!.payload).toMatchObject({ article: { state: "in_review", revision: 2 } });
  });

  it("carries sent_back and claim.corrected (with the claim), not other verdicts", async () => {
    await register("http://127.0.0.1:9/all");
    const signed = await makeSignedOffArticle();
    await sendBackArticle({ actor: signed.reviewer, input: { articleId: signed.article.id, note: "Recheck" } });
    const claim = signed.verified;
    await setClaimVerdict({ actor: signed.editor, input: { claimId: claim.id, expectedVersion: await versionOf(claim.id), verdict: "disputed", rationale: "Hmm" } });
    await setClaimVerdict({
      actor: signed.editor,
      input: { claimId: claim.id, expectedVersion: await versionOf(claim.id), verdict: "corrected", correction: "Renault holds 43.4% of Nissan.", rationale: "Filing" },
    });
    const events = await db.webhookDelivery.findMany({ where: { articleId: signed.article.id }, orderBy: { id: "asc" } });
    expect(events.map((d) => d.event)).toEqual(["article.signed_off", "article.sign_off_voided", "article.sent_back", "claim.corrected"]);
    expect(events[2].payload).toMatchObject({ article: { state: "sent_back" } });
    expect(events[3].payload).toMatchObject({ claim: { id: claim.id } });
  });
});

describe("the sender", () => {
  it("POSTs the signed JSON body once, and logs status, latency and the response", async () => {
    const receiver = await startWebhookReceiver();
    try {
      const endpoint = await register(receiver.url, ["article.signed_off"]);
      const signed = await makeSignedOffArticle();
      await sendAll();
      await sendAll();
      expect(receiver.received).toHaveLength(1);
      const [request] = receiver.received;
      expect(request.headers["content-type"]).toBe("application/json");
      expect(request.headers["factdesk-event"]).toBe("article.signed_off");
      expect(verifyWebhookSignature({ header: request.headers["factdesk-signature"] as string, rawBody: request.rawBody, secret: endpoint.secret })).toBe(true);
      expect(verifyWebhookSignature({ header: request.headers["factdesk-signature"] as string, rawBody: request.rawBody, secret: "whsec_other" })).toBe(false);
      expect(JSON.parse(request.rawBody)).toMatchObject({ event: "article.signed_off", article: { id: signed.article.id, state: "signed_off", revision: 1 } });
      const [view] = await listWebhookEndpoints({ actor: admin });
      expect(view.deliveries[0]).toMatchObject({ status: "delivered", attempts: 1, lastAttempt: { statusCode: 200, responseExcerpt: "thanks", error: null } });
      expect(view.deliveries[0].lastAttempt!.latencyMs).toBeGreaterThanOrEqual(0);
    } finally {
      await receiver.close();
    }
  });

  it("retries an endpoint that is down with backoff, then delivers each event once, in order per article", async () => {
    let isDown = true;
    const receiver = await startWebhookReceiver(() => (isDown ? 503 : 200));
    try {
      await register(receiver.url);
      const signed = await makeSignedOffArticle();
      await saveRevision({ actor: signed.editor, input: { articleId: signed.article.id, text: REVISED_TEXT } });
      const expected = ["article.signed_off", "article.revised", "article.sign_off_voided"];
      const start = new Date();
      await sendAll(start);
      // Only the first is tried while it fails: the later ones wait behind it.
      expect(receiver.received.map((r) => JSON.parse(r.rawBody).event)).toEqual(["article.signed_off"]);
      const first = await db.webhookDelivery.findFirstOrThrow({ where: { articleId: signed.article.id }, orderBy: { id: "asc" } });
      expect(first).toMatchObject({ status: "pending", attempts: 1 });
      expect(first.nextAttemptAt.getTime() - start.getTime()).toBe(FIRST_RETRY_MS);
      // Not due yet: nothing is sent.
      await sendAll(new Date(start.getTime() + FIRST_RETRY_MS - 1));
      expect(receiver.received).toHaveLength(1);
      // Down for four more tries (10 s, 20 s, 40 s, 80 s later).
      let now = start;
      for (let i = 0; i < 4; i++) {
        now = (await db.webhookDelivery.findUniqueOrThrow({ where: { id: first.id } })).nextAttemptAt;
        await sendAll(now);
      }
      expect(receiver.received).toHaveLength(5);
      const gaps = (await db.webhookAttempt.findMany({ where: { deliveryId: first.id }, orderBy: { id: "asc" } })).map((a) => a.statusCode);
      expect(gaps).toEqual([503, 503, 503, 503, 503]);
      isDown = false;
      now = (await db.webhookDelivery.findUniqueOrThrow({ where: { id: first.id } })).nextAttemptAt;
      await sendAll(now);
      await sendAll(now);
      expect(receiver.accepted().map((body) => body.event)).toEqual(expected);
      expect(new Set(receiver.accepted().map((body) => body.id)).size).toBe(3);
      const statuses = await db.webhookDelivery.findMany({ where: { articleId: signed.article.id }, select: { status: true } });
      expect(statuses.every((d) => d.status === "delivered")).toBe(true);
    } finally {
      await receiver.close();
    }
  });

  it("gives up after a day (marked failed, the next one goes), and an admin can redeliver", async () => {
    let isDown = true;
    // Down for the sign-off event only.
    const receiver = await startWebhookReceiver((_n, body) => (isDown && JSON.parse(body).event === "article.signed_off" ? 500 : 200));
    try {
      await register(receiver.url, ["article.signed_off", "article.sent_back"]);
      const signed = await makeSignedOffArticle();
      await sendBackArticle({ actor: signed.reviewer, input: { articleId: signed.article.id, note: "Recheck" } });
      const [first] = await db.webhookDelivery.findMany({ where: { articleId: signed.article.id }, orderBy: { id: "asc" } });
      await sendAll(new Date());
      expect(receiver.accepted()).toEqual([]);
      // Near the end of the day the next try would fall past the retry window: failed,
      // and the sent-back event no longer waits behind it.
      await sendAll(new Date(first.createdAt.getTime() + RETRY_FOR_MS - 1000));
      expect((await db.webhookDelivery.findUniqueOrThrow({ where: { id: first.id } })).status).toBe("failed");
      expect(receiver.accepted().map((b) => b.event)).toEqual(["article.sent_back"]);
      isDown = false;
      await redeliverWebhook({ actor: admin, input: { deliveryId: first.id.toString() } });
      await sendAll();
      expect(receiver.accepted().map((b) => b.event)).toEqual(["article.sent_back", "article.signed_off"]);
      expect(receiver.accepted()[1].id).toBe(first.eventId);
      expect(await db.auditEvent.count({ where: { action: "webhook.redeliver", entityId: first.endpointId } })).toBe(1);
      await expect(redeliverWebhook({ actor: signed.editor, input: { deliveryId: first.id.toString() } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    } finally {
      await receiver.close();
    }
  });

  it("two senders at once send each delivery once (FOR UPDATE SKIP LOCKED and a lease)", async () => {
    const receiver = await startWebhookReceiver();
    try {
      await register(receiver.url, ["article.signed_off"]);
      for (let i = 0; i < 4; i++) await makeSignedOffArticle();
      const now = new Date();
      await Promise.all([sendDueWebhooks({ now }), sendDueWebhooks({ now }), sendDueWebhooks({ now })]);
      await sendAll(now);
      expect(receiver.received).toHaveLength(4);
      expect(new Set(receiver.received.map((r) => JSON.parse(r.rawBody).id)).size).toBe(4);
    } finally {
      await receiver.close();
    }
  });
});

describe("endpoints", () => {
  it("are created and removed by admins only, audited on the desk chain; the secret is shown once and stored sealed", async () => {
    const editor = await makeUser("editor");
    await expect(createWebhookEndpoint({ actor: editor, input: { url: "https://cms.example/x", events: ["article.revised"] } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const created = await register("https://cms.example/hook2", ["article.signed_off"]);
    expect(created.secret).toMatch(/^whsec_/);
    const row = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.sealedSecret).not.toContain(created.secret.slice(6));
    const views = await listWebhookEndpoints({ actor: admin });
    expect(JSON.stringify(views)).not.toContain(created.secret);
    const createEvent = await db.auditEvent.findFirstOrThrow({ where: { action: "webhook.create", entityId: created.id } });
    expect(createEvent).toMatchObject({ chain: "desk", articleId: null, after: { url: "https://cms.example/hook2", events: ["article.signed_off"] } });
    await expect(deleteWebhookEndpoint({ actor: editor, input: { endpointId: created.id } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await deleteWebhookEndpoint({ actor: admin, input: { endpointId: created.id } });
    expect(await db.webhookEndpoint.count({ where: { id: created.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "webhook.delete", entityId: created.id, chain: "desk" } })).toBe(1);
  });

  it("refuse non-http(s) URLs, and private or loopback addresses unless FACTDESK_WEBHOOKS_ALLOW_PRIVATE=1", async () => {
    delete process.env.FACTDESK_WEBHOOKS_ALLOW_PRIVATE;
    for (const url of ["ftp://cms.example/hook", "http://127.0.0.1:8080/hook", "http://localhost/hook", "http://10.1.2.3/hook", "http://169.254.169.254/latest", "http://[::1]/hook", "http://[::ffff:127.0.0.1]/hook", "http://user:pw@cms.example/"]) {
      await expect(register(url), url).rejects.toMatchObject({ code: "VALIDATION" });
    }
    expect(await db.webhookEndpoint.count()).toBe(0);
    process.env.FACTDESK_WEBHOOKS_ALLOW_PRIVATE = "1";
    await expect(register("http://127.0.0.1:8080/hook")).resolves.toMatchObject({ url: "http://127.0.0.1:8080/hook" });
  });

  it("the sender checks the address again at connection time (an endpoint that became private is refused)", async () => {
    const receiver = await startWebhookReceiver();
    try {
      await register(receiver.url.replace("127.0.0.1", "localhost"), ["article.signed_off"]);
      delete process.env.FACTDESK_WEBHOOKS_ALLOW_PRIVATE;
      await makeSignedOffArticle();
      await sendAll();
      expect(receiver.received).toHaveLength(0);
      const [view] = await listWebhookEndpoints({ actor: admin });
      expect(view.deliveries[0]).toMatchObject({ status: "pending", attempts: 1 });
      expect(view.deliveries[0].lastAttempt!.error).toMatch(/private or loopback/);
    } finally {
      await receiver.close();
    }
  });
});
