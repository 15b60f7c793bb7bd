import "server-only";
import http from "node:http";
import https from "node:https";
import { db } from "@/lib/db";
import { nextAttemptAt } from "@/lib/domain/webhooks/retry-schedule";
import { SIGNATURE_HEADER, signWebhookBody } from "@/lib/domain/webhooks/signature";
import { openWebhookSecret } from "./webhook-secret";
import { checkedLookup, findLiteralAddressProblem } from "./webhook-url";

// The outbox sender (docs/decisions/022). Any number of app instances run it;
// each claims due deliveries with FOR UPDATE SKIP LOCKED and a lease, so a
// delivery is sent by one of them at a time, and a sender that dies mid-send
// only delays it until the lease ends (delivery is at least once: receivers
// dedupe on the body's id). Per endpoint and article, deliveries go out in the
// order of their changes: a delivery is due only when no earlier one for the
// same endpoint and article is still pending.

export const REQUEST_TIMEOUT_MS = 10_000;
const LEASE_MS = 60_000;
const EXCERPT_CHARACTERS = 500;
const BATCH_SIZE = 20;

type ClaimedDelivery = { id: bigint; endpointId: string; url: string; sealedSecret: string; eventId: string; event: string; payload: unknown; attempts: number; createdAt: Date };

/** Sends what is due at `now`; returns how many deliveries it tried. */
export async function sendDueWebhooks(options: { now?: Date } = {}): Promise<number> {
  const now = options.now ?? new Date();
  const claimed = await claimDueDeliveries(now);
  // One per (endpoint, article) at most, so they can go out side by side.
  await Promise.all(claimed.map((delivery) => deliver(delivery, now)));
  return claimed.length;
}

async function claimDueDeliveries(now: Date): Promise<ClaimedDelivery[]> {
  const leaseUntil = new Date(now.getTime() + LEASE_MS);
  return db.$queryRaw<ClaimedDelivery[]>`
    with due as (
      select d."id" from "WebhookDelivery" d
       where d."status" = 'pending' and d."nextAttemptAt" <= ${now}
         and (d."leaseUntil" is null or d."leaseUntil" < ${now})
         and not exists (
           select 1 from "WebhookDelivery" e
            where e."endpointId" = d."endpointId" and e."articleId" = d."articleId"
              and e."status" = 'pending' and e."id" < d."id")
       order by d."id"
       limit ${BATCH_SIZE}
       for update of d skip locked
    )
    update "WebhookDelivery" w set "leaseUntil" = ${leaseUntil}
      from due, "WebhookEndpoint" ep
     where w."id" = due."id" and ep."id" = w."endpointId"
    returning w."id", w."endpointId", ep."url", ep."sealedSecret", w."eventId"::text as "eventId", w."event", w."payload", w."attempts", w."createdAt"`;
}

type AttemptOutcome = { statusCode: number | null; latencyMs: number; responseExcerpt: string; error: string | null };

async function deliver(delivery: ClaimedDelivery, now: Date): Promise<void> {
  const outcome = await attempt(delivery);
  const isDelivered = outcome.statusCode !== null && outcome.statusCode >= 200 && outcome.statusCode < 300;
  const attempts = delivery.attempts + 1;
  const retryAt = isDelivered ? null : nextAttemptAt({ attempts, createdAt: delivery.createdAt, now });
  await db.$transaction([
    db.webhookAttempt.create({ data: { deliveryId: delivery.id, ...outcome } }),
    db.webhookDelivery.update({
      where: { id: delivery.id },
      data: isDelivered
        ? { status: "delivered", attempts, deliveredAt: new Date(), leaseUntil: null }
        : retryAt
          ? { attempts, nextAttemptAt: retryAt, leaseUntil: null }
          : { status: "failed", attempts, leaseUntil: null },
    }),
  ]);
}

async function attempt(delivery: ClaimedDelivery): Promise<AttemptOutcome> {
  const started = performance.now();
  const failed = (error: string): AttemptOutcome => ({ statusCode: null, latencyMs: Math.round(performance.now() - started), responseExcerpt: "", error });
  const secret = openWebhookSecret(delivery.sealedSecret, delivery.endpointId);
  if (!secret) return failed("The signing secret cannot be opened (AUTH_SECRET changed since the endpoint was made): register the endpoint again.");
  const url = new URL(delivery.url);
  const literalProblem = findLiteralAddressProblem(url);
  if (literalProblem) return failed(literalProblem);
  const body = JSON.stringify(delivery.payload);
  const headers = {
    "Content-Type": "application/json",
    "User-Agent": "factdesk-webhooks/1",
    "Factdesk-Event": delivery.event,
    "Factdesk-Delivery": delivery.eventId,
    [SIGNATURE_HEADER]: signWebhookBody(secret, body, Math.floor(Date.now() / 1000)),
  };
  try {
    const { statusCode, excerpt } = await post(url, body, headers);
    return { statusCode, latencyMs: Math.round(performance.now() - started), responseExcerpt: excerpt, error: null };
  } catch (error) {
    return failed((error as Error).message || String(error));
  }
}

/** One POST, no redirects followed, through the address-checking lookup. */
function post(url: URL, body: string, headers: Record<string, string>): Promise<{ statusCode: number; excerpt: string }> {
  const transport = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = transport.request(
      url,
      { method: "POST", headers: { ...headers, "Content-Length": String(Buffer.byteLength(body)) }, lookup: checkedLookup, timeout: REQUEST_TIMEOUT_MS },
      (response) => {
        let excerpt = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => {
          excerpt += chunk;
          if (excerpt.length >= EXCERPT_CHARACTERS) response.destroy();
        });
        const done = () => resolve({ statusCode: response.statusCode ?? 0, excerpt: excerpt.slice(0, EXCERPT_CHARACTERS) });
        response.on("end", done);
        response.on("close", done);
      },
    );
    request.on("timeout", () => request.destroy(new Error(`No answer within ${REQUEST_TIMEOUT_MS / 1000} seconds.`)));
    request.on("error", reject);
    request.end(body);
  });
}

/**
 * Runs the sender every `intervalMs` (never two passes at once in a process)
 * until the returned stop() is called. Started by scripts/run-app.ts.
 */
export function startWebhookSender(options: { intervalMs?: number } = {}): () => Promise<void> {
  const intervalMs = options.intervalMs ?? 1000;
  let isStopped = false;
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    running = (async () => {
      try {
        // Drain: keep going while full batches come back.
        while (!isStopped && (await sendDueWebhooks()) >= BATCH_SIZE);
      } catch (error) {
        console.warn("[factdesk] webhook sender:", (error as Error).message);
      }
      if (!isStopped) timer = setTimeout(tick, intervalMs);
    })();
  };
  tick();
  return async () => {
    isStopped = true;
    clearTimeout(timer);
    await running;
  };
}
