// Streamed exports (decision 033): the bytes a batch at a time are the bytes the
// in-memory renderers write, for every streamed format, across batch
// boundaries; a refusal is a JSON error before the first byte; and a download
// that is cancelled or cut off halfway gives its snapshot connection back.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/articles/[id]/export/route";
import { db, getSnapshotPool, SNAPSHOT_APPLICATION_NAME } from "@/lib/db";
import { verifyAuditExport } from "@/lib/domain/audit-chain/audit-export-document";
import { openReadSnapshot } from "@/lib/read-snapshot";
import { exportRequestSchema } from "@/lib/schemas/export";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { exportInMemory } from "@/lib/server/exports/export-in-memory";
import { STREAMED_FORMATS, streamArticleExport } from "@/lib/server/exports/stream-article-export";
import type { DeskSettingsView } from "@/lib/server/settings/get-desk-settings";
import { getDeskSettings } from "@/lib/server/settings/get-desk-settings";
import { makeArticle, makeUser } from "../support/factories";
import { seedAwkwardArticle } from "../support/export-fixture";

const BASE_URL = "http://desk.example";
let editor: Awaited<ReturnType<typeof makeUser>>;
let article: Awaited<ReturnType<typeof makeArticle>>;
let original: DeskSettingsView;
let token: string;

beforeAll(async () => {
  original = await getDeskSettings();
  // ClaimReview needs the publication settings; other files read them, so they are put back below.
  await db.deskSettings.upsert({
    where: { id: 1 },
    create: { id: 1, ...original, organisationName: "Desk, “quoted” 🚗", organisationUrl: "https://news.example", publicFactCheckUrl: "https://news.example/checks" },
    update: { organisationName: "Desk, “quoted” 🚗", organisationUrl: "https://news.example", publicFactCheckUrl: "https://news.example/checks" },
  });
  ({ editor, article } = await seedAwkwardArticle({ claims: 240, events: 330 }));
  token = (await createApiToken({ actor: await makeUser("admin"), input: { name: "Streams", userId: editor.id } })).token;
});

afterAll(async () => {
  await db.deskSettings.upsert({ where: { id: 1 }, create: { id: 1, ...original }, update: original });
});

const streamed = async (format: string, batchSize?: number) => {
  const file = await streamArticleExport({ actor: editor, articleRef: article.id, input: { format }, baseUrl: BASE_URL, batchSize });
  return { ...file, bytes: Buffer.from(await new Response(file.body).arrayBuffer()) };
};
const inMemory = async (format: string) => {
  const file = await exportInMemory({ request: exportRequestSchema.parse({ format }), articleRef: article.id, baseUrl: BASE_URL });
  return { ...file, bytes: Buffer.from(file.body) };
};

/** Snapshot connections checked out of the pool right now (0: every stream gave its connection back). */
const busySnapshotConnections = () => {
  const pool = getSnapshotPool(process.env.DATABASE_URL!);
  return pool.totalCount - pool.idleCount;
};
const snapshotSessions = () =>
  db.$queryRaw<{ pid: number; state: string }[]>`select pid, state from pg_stat_activity where application_name = ${SNAPSHOT_APPLICATION_NAME}`;
async function waitFor(check: () => Promise<boolean> | boolean): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
const callRoute = (query: string, ref = article.id) =>
  GET(new Request(`${BASE_URL}/api/articles/${ref}/export?${query}`, { headers: { authorization: `Bearer ${token}` } }), { params: Promise.resolve({ id: ref }) });

describe("a streamed export", () => {
  it("writes exactly the in-memory export's bytes, in batches of any size, signed off or not", async () => {
    for (const isSignedOff of [false, true]) {
      await db.article.update({ where: { id: article.id }, data: { state: isSignedOff ? "signed_off" : "in_review" } });
      for (const format of STREAMED_FORMATS) {
        if (format === "claimreview" && !isSignedOff) continue;
        const reference = await inMemory(format);
        expect(reference.bytes.length).toBeGreaterThan(10_000);
        for (const batchSize of [7, 1000]) {
          const file = await streamed(format, batchSize);
          expect({ format, batchSize, fileName: file.fileName, contentType: file.contentType, head: file.auditHead })
            .toEqual({ format, batchSize, fileName: reference.fileName, contentType: reference.contentType, head: reference.auditHead });
          // Equal bytes; on failure, the first place they differ.
          const differs = file.bytes.findIndex((byte, index) => byte !== reference.bytes[index]);
          expect({ format, batchSize, differsAt: differs, length: file.bytes.length }).toEqual({ format, batchSize, differsAt: -1, length: reference.bytes.length });
        }
      }
    }
    expect(busySnapshotConnections()).toBe(0);
  });

  it("writes an audit JSON file the offline verifier accepts", async () => {
    const file = await streamed("audit-json", 50);
    const result = verifyAuditExport(file.bytes.toString("utf8"));
    expect(result).toMatchObject({ isIntact: true, problems: [] });
    expect(result.events).toBeGreaterThanOrEqual(330);
  });

  it("writes the same bytes for an article with no claims and no events", async () => {
    const empty = await makeArticle(editor, "Nothing to check here.");
    for (const format of ["audit-json", "audit-csv", "report-csv", "report-html"]) {
      const request = exportRequestSchema.parse({ format });
      const reference = await exportInMemory({ request, articleRef: empty.id, baseUrl: BASE_URL });
      const file = await streamArticleExport({ actor: editor, articleRef: empty.slug, input: { format }, baseUrl: BASE_URL });
      expect(Buffer.from(await new Response(file.body).arrayBuffer()).equals(Buffer.from(reference.body))).toBe(true);
    }
  });
});

describe("the snapshot", () => {
  it("is a read-only repeatable-read transaction that a stalled reader loses after a minute", async () => {
    const snapshot = await openReadSnapshot();
    try {
      const [settings] = await snapshot.query<Record<string, string>>(
        `select current_setting('transaction_isolation') as isolation, current_setting('transaction_read_only') as "readOnly",
                current_setting('idle_in_transaction_session_timeout') as stall`,
      );
      expect(settings).toEqual({ isolation: "repeatable read", readOnly: "on", stall: "1min" });
    } finally {
      await snapshot.end("done");
    }
    await expect(snapshot.query("select 1")).rejects.toThrow(/ended/);
  });
});

describe("the export route", () => {
  it("refuses before the first byte with a JSON error, and holds no snapshot connection after", async () => {
    await db.article.update({ where: { id: article.id }, data: { state: "in_review" } });
    const missing = await callRoute("format=audit-json", "00000000-0000-4000-8000-000000000000");
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe("NOT_FOUND");
    const notSignedOff = await callRoute("format=claimreview");
    expect(notSignedOff.status).toBe(409);
    expect((await notSignedOff.json()).error.message).toMatch(/sign the article off/);
    expect(busySnapshotConnections()).toBe(0);
  });

  it("streams with the download headers and the audit head of its snapshot", async () => {
    const response = await callRoute("format=audit-csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${article.slug}-audit.csv"`);
    const head = response.headers.get("factdesk-audit-head")!;
    const text = await response.text();
    expect(text.trimEnd().split("\r\n").at(-1)).toContain(`event ${head.split(" ")[0]}`);
  });

  it("gives the connection back and ends the transaction when the client cancels", async () => {
    const response = await callRoute("format=audit-json");
    const reader = response.body!.getReader();
    expect((await reader.read()).done).toBe(false);
    // Mid-download: the snapshot is open, waiting for the client to read on.
    expect((await snapshotSessions()).map((session) => session.state)).toContain("idle in transaction");
    expect(busySnapshotConnections()).toBe(1);
    await reader.cancel();
    await waitFor(async () => busySnapshotConnections() === 0);
    expect((await snapshotSessions()).map((session) => session.state)).not.toContain("idle in transaction");
  });

  it("cuts the download off when the database goes away mid-stream, and drops the broken connection", async () => {
    const response = await callRoute("format=report-csv");
    const reader = response.body!.getReader();
    expect((await reader.read()).done).toBe(false);
    const [session] = (await snapshotSessions()).filter((row) => row.state === "idle in transaction");
    await db.$queryRaw`select pg_terminate_backend(${session.pid}::int)`;
    await expect((async () => { for (;;) if ((await reader.read()).done) return "completed"; })()).rejects.toThrow();
    await waitFor(() => busySnapshotConnections() === 0);
    await waitFor(async () => (await snapshotSessions()).every((row) => row.pid !== session.pid));
  });
});

describe("npm run export", () => {
  const runCli = (args: string[]) =>
    promisify(execFile)(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/export.ts", ...args], {
      env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
    }).then(() => 0, (error: { code?: number }) => error.code ?? -1);

  it("streams to its output file the bytes of the in-memory export, and leaves no file when it fails", async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-export-"));
    try {
      const out = path.join(folder, "audit.json");
      expect(await runCli(["--article", article.slug, "--format", "audit-json", "--out", out])).toBe(0);
      const reference = await inMemory("audit-json");
      expect(fs.readFileSync(out).equals(reference.bytes)).toBe(true);
      const missing = path.join(folder, "missing.csv");
      expect(await runCli(["--article", "no-such-article", "--format", "audit-csv", "--out", missing])).toBe(1);
      expect(fs.readdirSync(folder)).toEqual(["audit.json"]);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);
});
