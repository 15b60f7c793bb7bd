// The CMS recipe (README, "A CMS in an afternoon"), runnable: push an article,
// wait for its article.signed_off webhook, verify the signature, fetch the
// corrected copy and the ClaimReview, publish (here: write them to --out).
// Self-contained on purpose (node:http and node:crypto only): it is the code a
// CMS developer copies.
//
//   npm run cms-recipe -- --desk http://localhost:3000 --token fdk_… --secret whsec_… \
//     --listen 127.0.0.1:4000 --article article.json --out published/
//
// --listen is where the webhook endpoint registered with
// `npm run webhook:add -- --url http://<that address>/factdesk --events article.signed_off`
// receives; --article is a JSON file with externalId, headline, text (and byline,
// publication, url, publishedAt). Prints one line per step; exits 0 once published.
import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";

type Article = { externalId: string; headline: string; text: string; [field: string]: unknown };
type WebhookBody = { event: string; id: string; occurredAt: string; article: { id: string; externalId: string | null; state: string; revision: number | null } };

/** Factdesk-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">, at most 5 minutes old. */
export function verifySignature(header: string | undefined, rawBody: string, secret: string): boolean {
  const fields = Object.fromEntries((header ?? "").split(",").map((part) => part.split("=", 2)));
  const t = Number(fields.t);
  if (!Number.isInteger(t) || Math.abs(Date.now() / 1000 - t) > 300 || !/^[0-9a-f]{64}$/.test(fields.v1 ?? "")) return false;
  const expected = createHmac("sha256", secret).update(`${t}.${rawBody}`).digest();
  return timingSafeEqual(expected, Buffer.from(fields.v1, "hex"));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      desk: { type: "string" }, token: { type: "string" }, secret: { type: "string" }, listen: { type: "string" },
      article: { type: "string" }, out: { type: "string", default: "published" }, "timeout-seconds": { type: "string", default: "3600" },
    },
  });
  const { desk, token, secret, listen, article: articleFile, out } = values;
  if (!desk || !token || !secret || !listen || !articleFile) {
    throw new Error("Usage: npm run cms-recipe -- --desk URL --token fdk_… --secret whsec_… --listen HOST:PORT --article FILE [--out DIR]");
  }
  const article = JSON.parse(readFileSync(articleFile, "utf8")) as Article;
  const api = (pathAndQuery: string, init: RequestInit = {}) =>
    fetch(new URL(pathAndQuery, desk), { ...init, headers: { authorization: `Bearer ${token}`, ...init.headers } });

  // 1. Listen first, so no webhook can arrive before we are ready for it.
  const [host, port] = [listen.slice(0, listen.lastIndexOf(":")), Number(listen.slice(listen.lastIndexOf(":") + 1))];
  let articleId: string | null = null;
  let resolveSignedOff: (body: WebhookBody) => void = () => undefined;
  const signedOff = new Promise<WebhookBody>((resolve) => (resolveSignedOff = resolve));
  const early: WebhookBody[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const rawBody = Buffer.concat(chunks).toString("utf8");
      // 2. Verify the signature over the raw bytes before trusting anything in them.
      if (!verifySignature(request.headers["factdesk-signature"] as string | undefined, rawBody, secret)) {
        console.log("Refused a webhook with a bad signature.");
        response.writeHead(401).end("bad signature");
        return;
      }
      const body = JSON.parse(rawBody) as WebhookBody;
      response.writeHead(200).end("ok"); // answer fast; work after
      console.log(`Webhook ${body.event} for article ${body.article.id} (delivery ${body.id}).`);
      if (body.event !== "article.signed_off") return;
      if (articleId === null) early.push(body);
      else if (body.article.id === articleId) resolveSignedOff(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  console.log(`Listening for webhooks on http://${listen}/.`);

  try {
    // 3. Push the article; the Idempotency-Key makes a retry after a timeout safe.
    const pushed = await api("/api/articles", {
      method: "POST",
      headers: { "content-type": "application/json", "idempotency-key": randomUUID() },
      body: JSON.stringify(article),
    });
    if (!pushed.ok) throw new Error(`Pushing the article failed: ${pushed.status} ${await pushed.text()}`);
    const pushedBody = (await pushed.json()) as { articleId: string; revisionNumber: number };
    articleId = pushedBody.articleId;
    console.log(`Pushed ${article.externalId} as article ${articleId}, revision ${pushedBody.revisionNumber}. Waiting for sign-off…`);
    const earlyMatch = early.find((body) => body.article.id === articleId);
    if (earlyMatch) resolveSignedOff(earlyMatch);

    const timeoutMs = Number(values["timeout-seconds"]) * 1000;
    const webhook = await Promise.race([
      signedOff,
      new Promise<never>((_resolve, reject) => setTimeout(() => reject(new Error("No sign-off within the timeout.")), timeoutMs).unref()),
    ]);

    // 4. Still signed off, at the revision the webhook named? (A later change voids it.)
    const listing = await api(`/api/articles?externalId=${encodeURIComponent(article.externalId)}`);
    const [current] = ((await listing.json()) as { articles: { state: string; signOff: { revision: number; sha256: string } | null }[] }).articles;
    if (current?.state !== "signed_off" || current.signOff?.revision !== webhook.article.revision) {
      throw new Error("The sign-off was voided or superseded before publishing: wait for the next article.signed_off.");
    }

    // 5. The corrected copy and the ClaimReview JSON-LD.
    const copy = await api(`/api/articles/${articleId}/export?format=html`);
    const claimReview = await api(`/api/articles/${articleId}/export?format=claimreview`);
    if (!copy.ok || !claimReview.ok) throw new Error(`Fetching the exports failed: ${copy.status}, ${claimReview.status}`);

    // 6. Publish: here, files a static site would serve.
    mkdirSync(out!, { recursive: true });
    const base = path.join(out!, article.externalId.replace(/[^\w.-]/g, "_"));
    writeFileSync(`${base}.html`, await copy.text());
    writeFileSync(`${base}.claimreview.json`, await claimReview.text());
    console.log(`Published ${base}.html and ${base}.claimreview.json (signed off at revision ${webhook.article.revision}, sha256 ${current.signOff.sha256}, audit head ${copy.headers.get("factdesk-audit-head")}).`);
  } finally {
    server.close();
  }
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (error: Error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
