// The hash chain over the audit trail: every insert is chained by the database,
// concurrent writers leave an intact chain, and the verifier names the first
// bad event after each kind of tampering an owner-role attacker can do.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { toJsonbText } from "@/lib/domain/audit-chain/jsonb-text";
import { createChainVerifier } from "@/lib/domain/audit-chain/verify-chain";
import { SYSTEM_ACTOR } from "@/lib/domain/capabilities";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { readAuditChain } from "@/lib/server/audit/read-audit-chain";
import { verifyAuditTrail } from "@/lib/server/audit/verify-audit-trail";
import { exportArticle } from "@/lib/server/exports/export-article";
import { makeArticle, makeUser } from "../support/factories";
import { saveChain, tamperWithAuditTrail } from "../support/owner-database";
import { ackAndSign, makeCheckedArticle } from "../support/signed-off-article";

async function verifyChain(chain: string) {
  const verifier = createChainVerifier();
  for await (const event of readAuditChain({ chain })) verifier.add(event);
  return verifier.finish();
}

async function writeEvents(articleId: string, count: number) {
  for (let index = 0; index < count; index++) {
    await db.$transaction((tx) =>
      recordAuditEvent(tx, { actor: SYSTEM_ACTOR, action: "test.event", entityType: "article", entityId: articleId, articleId, after: { index } }),
    );
  }
}

async function eventsOf(chain: string) {
  return db.auditEvent.findMany({ where: { chain }, orderBy: { chainSeq: "asc" } });
}

const AWKWARD_VALUES: unknown[] = [
  { bb: 1, a: 2, ab: { é: "x", z: [], ac: {} } },
  { text: 'quote " backslash \\ newline \n tab \t bell \u0007 unit \u001f del \u007f', emoji: "✓ 🇫🇷" },
  { numbers: [0, -0, 15, 0.1, 1e21, -1.5e-7, 123456789.125, 2 ** 53 + 2, 5e-324] },
  [null, true, false, "", [[]]],
];

describe("audit hash chain", () => {
  it("chains every event per article, and the desk's separately, from position 1", async () => {
    const editor = await makeUser("editor");
    const article = await makeArticle(editor);
    await writeEvents(article.id, 3);
    const events = await eventsOf(article.id);
    expect(events.map((event) => event.chainSeq)).toEqual([1, 2, 3]);
    expect(events[0].prevHash).toBe("0".repeat(64));
    expect(events[1].prevHash).toBe(events[0].hash);
    expect((await verifyChain(article.id)).isIntact).toBe(true);
    await db.$transaction((tx) => recordAuditEvent(tx, { actor: SYSTEM_ACTOR, action: "test.desk", entityType: "settings", entityId: "desk" }));
    const desk = await db.auditEvent.findFirst({ where: { chain: "desk" }, orderBy: { chainSeq: "desc" } });
    expect(desk?.action).toBe("test.desk");
  });

  it("ignores chain values an insert sends: the trigger computes them", async () => {
    const editor = await makeUser("editor");
    const article = await makeArticle(editor);
    await db.auditEvent.create({
      data: { actorLabel: "x", action: "test.forged", entityType: "article", entityId: article.id, articleId: article.id, chain: "desk", chainSeq: 99, hash: "f".repeat(64) },
    });
    const [event] = await eventsOf(article.id);
    expect(event).toMatchObject({ chain: article.id, chainSeq: 1 });
    expect(event.hash).not.toBe("f".repeat(64));
  });

  it("prints jsonb exactly as PostgreSQL does, so awkward values verify", async () => {
    const editor = await makeUser("editor");
    const article = await makeArticle(editor);
    for (const value of AWKWARD_VALUES) {
      const [row] = await db.$queryRaw<{ text: string }[]>`select ${JSON.stringify(value)}::jsonb::text as text`;
      expect(toJsonbText(JSON.parse(JSON.stringify(value)))).toBe(row.text);
      await db.$transaction((tx) =>
        recordAuditEvent(tx, { actor: editor, action: "test.awkward", entityType: "article", entityId: article.id, articleId: article.id, before: { value }, after: { value }, reason: "ünïcode \u0001" }),
      );
    }
    expect(await verifyChain(article.id)).toMatchObject({ isIntact: true, events: AWKWARD_VALUES.length });
  });

  it("verifies numbers JavaScript cannot hold exactly, written by any insert", async () => {
    const editor = await makeUser("editor");
    const article = await makeArticle(editor);
    // The app role may INSERT: a raw insert with a 20-digit integer and a long decimal.
    await db.$executeRaw`insert into "AuditEvent" ("actorLabel", action, "entityType", "entityId", "articleId", before, after)
      values ('x', 'test.numbers', 'article', ${article.id}, ${article.id}::uuid, '{"n": 12345678901234567890}'::jsonb, '[1.000000000000000000001, 1e400]'::jsonb)`;
    expect(await verifyChain(article.id)).toMatchObject({ isIntact: true, events: 1 });
  });

  it("stays intact with 20 concurrent writers on one article", async () => {
    const editor = await makeUser("editor");
    const article = await makeArticle(editor);
    await Promise.all(Array.from({ length: 20 }, (_, index) =>
      db.$transaction((tx) => recordAuditEvent(tx, { actor: editor, action: "test.concurrent", entityType: "article", entityId: article.id, articleId: article.id, after: { index } }), { timeout: 20_000, maxWait: 20_000 }),
    ));
    const events = await eventsOf(article.id);
    expect(events.map((event) => event.chainSeq)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
    expect(await verifyChain(article.id)).toMatchObject({ isIntact: true, events: 20 });
  });

  it("streams every chain in order, batch after batch, the same events a plain query gives", async () => {
    const editor = await makeUser("editor");
    const article = await makeArticle(editor);
    await writeEvents(article.id, 5);
    const streamed = [];
    for await (const event of readAuditChain({ batchSize: 7 })) streamed.push(event);
    const expected = await db.auditEvent.findMany({ orderBy: [{ chain: "asc" }, { chainSeq: "asc" }], select: { id: true, chain: true, chainSeq: true, hash: true, after: true } });
    expect(streamed.map(({ id, chain, chainSeq, hash, after }) => ({ id, chain, chainSeq, hash, after }))).toEqual(expected.map((row) => ({ ...row, id: row.id.toString() })));
    const one = [];
    for await (const event of readAuditChain({ chain: article.id, batchSize: 2 })) one.push(event.chainSeq);
    expect(one).toEqual([1, 2, 3, 4, 5]);
  });

  it("does not make writers on different articles wait for each other", async () => {
    const editor = await makeUser("editor");
    const first = await makeArticle(editor);
    const second = await makeArticle(editor);
    const holder = new pg.Client({ connectionString: process.env.DATABASE_URL });
    const waiter = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await Promise.all([holder.connect(), waiter.connect()]);
    const insert = 'insert into "AuditEvent" ("actorLabel", action, "entityType", "entityId", "articleId") values ($1, $2, $3, $4, $5)';
    try {
      await holder.query("begin");
      await holder.query(insert, ["a", "test.hold", "article", first.id, first.id]);
      await waiter.query("set lock_timeout = '2s'");
      await waiter.query(insert, ["b", "test.other", "article", second.id, second.id]); // does not wait
      await expect(waiter.query(insert, ["c", "test.same", "article", first.id, first.id])).rejects.toMatchObject({ code: "55P03" });
    } finally {
      await holder.query("rollback");
      await Promise.all([holder.end(), waiter.end()]);
    }
  });
});

describe("audit:verify after tampering by the owner role", () => {
  async function tamperedArticle() {
    const editor = await makeUser("editor");
    const article = await makeArticle(editor);
    await writeEvents(article.id, 4);
    const events = await eventsOf(article.id);
    return { article, events, restore: await saveChain(article.id) };
  }

  async function expectFirstProblem(chain: string, expected: { eventId?: string; text: string }) {
    const result = await verifyAuditTrail({ actor: SYSTEM_ACTOR });
    expect(result.isIntact).toBe(false);
    const problem = result.problems.find((item) => item.chain === chain);
    // On failure, say what else the verifier found: another test's chain may be the cause.
    expect(problem?.problem, JSON.stringify(result.problems.slice(0, 5))).toContain(expected.text);
    if (expected.eventId) expect(problem?.eventId).toBe(expected.eventId);
  }

  it("names an edited event", async () => {
    const { article, events, restore } = await tamperedArticle();
    await tamperWithAuditTrail([{ text: 'update "AuditEvent" set "actorLabel" = $1 where id = $2', values: ["someone@else", events[1].id] }]);
    await expectFirstProblem(article.id, { eventId: events[1].id.toString(), text: "was edited" });
    await restore();
    expect((await verifyAuditTrail({ actor: SYSTEM_ACTOR })).isIntact).toBe(true);
  });

  it("names the event after a deleted one", async () => {
    const { article, events, restore } = await tamperedArticle();
    await tamperWithAuditTrail([{ text: 'delete from "AuditEvent" where id = $1', values: [events[1].id] }]);
    await expectFirstProblem(article.id, { eventId: events[2].id.toString(), text: "missing (deleted)" });
    await restore();
  });

  it("catches an event inserted into the middle of a chain", async () => {
    const { article, events, restore } = await tamperedArticle();
    await tamperWithAuditTrail([
      { text: 'update "AuditEvent" set "chainSeq" = "chainSeq" + 100 where chain = $1 and "chainSeq" >= 3', values: [article.id] },
      { text: 'update "AuditEvent" set "chainSeq" = "chainSeq" - 99 where chain = $1 and "chainSeq" > 100', values: [article.id] },
      {
        text: 'insert into "AuditEvent" ("actorLabel", action, "entityType", "entityId", "articleId", chain, "chainSeq", "prevHash", "contentHash", hash) values ($1, $2, $3, $4, $5::uuid, $5::text, 3, $6, $6, $6)',
        values: ["forger", "claim.delete", "article", article.id, article.id, events[1].hash],
      },
    ]);
    await expectFirstProblem(article.id, { text: "was edited" });
    await restore();
  });

  it("catches two events swapped", async () => {
    const { article, events, restore } = await tamperedArticle();
    await tamperWithAuditTrail([
      { text: 'update "AuditEvent" set "chainSeq" = -1 where id = $1', values: [events[1].id] },
      { text: 'update "AuditEvent" set "chainSeq" = 2 where id = $1', values: [events[2].id] },
      { text: 'update "AuditEvent" set "chainSeq" = 3 where id = $1', values: [events[1].id] },
    ]);
    await expectFirstProblem(article.id, { eventId: events[2].id.toString(), text: "was edited" });
    await restore();
  });

  it("catches a chain truncated and rebuilt before a sign-off, by the head the sign-off recorded", async () => {
    const { reviewer, article, disputed } = await makeCheckedArticle();
    await ackAndSign(reviewer, article.id, disputed.id);
    const signOff = await db.signOff.findFirstOrThrow({ where: { articleId: article.id } });
    const events = await eventsOf(article.id);
    expect(signOff.auditChainSeq).toBe(events.length - 1); // the head just before the sign-off's own event
    expect(signOff.auditChainHash).toBe(events[events.length - 2].hash);
    const restore = await saveChain(article.id);
    // Rebuild the chain with the trigger on, so every hash is valid — but one verdict's rationale changed.
    await tamperWithAuditTrail([{ text: 'delete from "AuditEvent" where chain = $1', values: [article.id] }]);
    for (const event of events) {
      const after = event.action === "claim.set-verdict" ? { ...(event.after as object), rationale: "rewritten" } : event.after;
      await db.auditEvent.create({
        data: { at: event.at, actorId: event.actorId, actorLabel: event.actorLabel, action: event.action, entityType: event.entityType, entityId: event.entityId, articleId: event.articleId, claimId: event.claimId, before: event.before ?? undefined, after: after ?? undefined, reason: event.reason },
      });
    }
    expect((await verifyChain(article.id)).isIntact).toBe(false); // the sign-off event's recorded head
    await expectFirstProblem(article.id, { text: "head" });
    await restore();
  });

  it("exits 1 from the command line naming the event, 0 when intact; verifies an export offline", async () => {
    const { reviewer, article, disputed } = await makeCheckedArticle();
    await ackAndSign(reviewer, article.id, disputed.id);
    const run = (args: string[]) => spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/audit-verify.ts", ...args], { encoding: "utf8", env: process.env });
    const intact = run([]);
    expect(intact.stdout, intact.stderr).toContain("The audit trail is intact");
    expect(intact.status).toBe(0);

    const file = await exportArticle({ actor: reviewer, articleRef: article.id, input: { format: "audit-json" }, baseUrl: "http://localhost" });
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "audit-export-"));
    const exported = path.join(folder, "audit.json");
    fs.writeFileSync(exported, file.body);
    expect(run(["--file", exported]).status).toBe(0);
    const document = JSON.parse(String(file.body));
    expect(document.head).toEqual(file.auditHead);
    document.events[0].actorLabel = "someone@else";
    fs.writeFileSync(exported, JSON.stringify(document));
    const edited = run(["--file", exported]);
    expect(edited.status).toBe(1);
    expect(edited.stderr).toContain("NOT intact");

    const events = await eventsOf(article.id);
    const restore = await saveChain(article.id);
    await tamperWithAuditTrail([{ text: 'update "AuditEvent" set reason = $1 where id = $2', values: ["rewritten", events[0].id] }]);
    const tampered = run([]);
    expect(tampered.status).toBe(1);
    expect(tampered.stderr).toContain(`event ${events[0].id}`);
    await restore();
    fs.rmSync(folder, { recursive: true, force: true });
  });
});
