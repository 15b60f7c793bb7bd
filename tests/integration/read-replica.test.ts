// Read replicas (decision 034), against a real streaming replica: a second
// embedded PostgreSQL that follows its own primary (tests/support/streaming-replica.ts).
// Exports, fact-check reports and audit verification read the replica once it
// has caught up; everything else, and every write, goes to the primary.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createDbClient, db, REPLICA_APPLICATION_NAME, SNAPSHOT_APPLICATION_NAME } from "@/lib/db";
import { SYSTEM_ACTOR, type Actor } from "@/lib/domain/capabilities";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { isDatabaseUnavailable } from "@/lib/database-unavailable";
import { readReplica } from "@/lib/read-replica";
import { updateArticleDetails } from "@/lib/server/articles/update-article-details";
import { verifyAuditTrail } from "@/lib/server/audit/verify-audit-trail";
import { exportArticle } from "@/lib/server/exports/export-article";
import { findFreePort } from "../../scripts/lib/ports";
import { makeClaim } from "../support/claim-factories";
import { makeArticle, makeUser } from "../support/factories";
import { runSql } from "../support/scratch-database";
import { startPrimaryAndReplica, type PrimaryAndReplica } from "../support/streaming-replica";
import { withDbClient } from "../support/throwaway-server";

const replicaSlot = globalThis as unknown as { factdeskReplicaDb?: PrismaClient | null };

/** As if the app started with DATABASE_REPLICA_URL=`url` (lib/db makes the client on first use). */
async function configureReplica(url: string | undefined): Promise<void> {
  await replicaSlot.factdeskReplicaDb?.$disconnect();
  replicaSlot.factdeskReplicaDb = undefined;
  if (url) process.env.DATABASE_REPLICA_URL = url;
  else delete process.env.DATABASE_REPLICA_URL;
}

let pair: PrimaryAndReplica;
let primary: PrismaClient;
let editor: Actor;
let article: Awaited<ReturnType<typeof makeArticle>>;

const editHeadline = (headline: string) =>
  updateArticleDetails({ actor: editor, input: { articleId: article.id, headline, byline: "", publication: "", originalUrl: "", publishedAt: "" } });
const onPrimary = <T>(work: () => Promise<T>) => withDbClient(primary, work);
const isInRecovery = async (client: PrismaClient) =>
  (await client.$queryRaw<{ r: boolean }[]>`select pg_is_in_recovery() as r`)[0].r;
const exportReport = () =>
  exportArticle({ actor: editor, articleRef: article.id, input: { format: "report-html" }, baseUrl: "http://desk.example" });

/**
 * What the replica's pool (named REPLICA_APPLICATION_NAME) last ran since
 * `since` (the replica's clock), as the replica itself records it in
 * pg_stat_activity: the proof that a read went there.
 */
async function replicaQueriesSince(since: string, applicationName = REPLICA_APPLICATION_NAME): Promise<string[]> {
  const rows = await runSql<{ query: string }>(
    pair.replica.superuserUrl,
    "select query from pg_stat_activity where application_name = $1 and state_change >= $2::timestamptz",
    [applicationName, since],
  );
  return rows.map((row) => row.query);
}
async function waitUntilActive(applicationName: string): Promise<void> {
  for (;;) {
    const rows = await runSql(pair.replica.superuserUrl, "select 1 from pg_stat_activity where application_name = $1 and state = 'active'", [applicationName]);
    if (rows.length > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
const replicaClock = async () => (await runSql<{ now: string }>(pair.replica.superuserUrl, "select clock_timestamp()::text as now"))[0].now;

beforeAll(async () => {
  pair = await startPrimaryAndReplica("read-replica");
  primary = createDbClient(pair.primary.appUrl);
  await onPrimary(async () => {
    editor = await makeUser("editor");
    article = await makeArticle(editor);
    await makeClaim(editor, article, { quote: "a majority 15% of Renault", verdict: "disputed", rationale: "15% is no majority." });
  });
  await pair.waitForReplay();
  await configureReplica(pair.replica.appUrl);
});

afterAll(async () => {
  await configureReplica(undefined);
  await primary?.$disconnect();
  await pair?.remove();
});

describe("read replica", () => {
  it("is a streaming replica: a write on the primary shows up on it", async () => {
    await onPrimary(() => editHeadline("Streamed headline"));
    await pair.waitForReplay();
    const rows = await runSql<{ headline: string }>(pair.replica.appUrl, 'select headline from "Article" where id = $1', [article.id]);
    expect(rows[0].headline).toBe("Streamed headline");
    await expect(runSql(pair.replica.appUrl, 'update "Article" set headline = $1 where id = $2', ["x", article.id])).rejects.toMatchObject({ code: "25006" });
  });

  it("routes exports and fact-check reports to the replica once it has caught up", async () => {
    await onPrimary(async () => {
      const client = await readReplica();
      expect(await isInRecovery(client)).toBe(true);
      const since = await replicaClock();
      const report = await exportReport();
      expect(report.body).toContain("15% is no majority.");
      // The report streams (decision 033): its snapshot transaction ran on the
      // replica, on the stream pool's own connection...
      expect(await replicaQueriesSince(since, SNAPSHOT_APPLICATION_NAME)).toContain("commit");
      // ...and a format built in memory ran its snapshot on the replica's Prisma pool.
      const copy = await exportArticle({ actor: editor, articleRef: article.id, input: { format: "md" }, baseUrl: "http://desk.example" });
      expect(copy.body).toContain("NOT SIGNED OFF");
      expect(await replicaQueriesSince(since)).toContain("COMMIT");
    });
  });

  it("routes audit verification to the replica", async () => {
    await onPrimary(async () => {
      const since = await replicaClock();
      const result = await verifyAuditTrail({ actor: SYSTEM_ACTOR });
      expect(result.isIntact).toBe(true);
      expect(result.events).toBeGreaterThan(0);
      expect((await replicaQueriesSince(since)).some((query) => query.includes('from "AuditEvent"'))).toBe(true);
    });
  });

  it("never serves a save stale: a lagging replica is skipped, and the save went to the primary", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    await runSql(pair.replica.superuserUrl, "select pg_wal_replay_pause()");
    try {
      await onPrimary(async () => {
        await editHeadline("Saved just now");
        const primaryRows = await runSql<{ headline: string }>(pair.primary.appUrl, 'select headline from "Article" where id = $1', [article.id]);
        expect(primaryRows[0].headline).toBe("Saved just now");
        // The replica has not replayed the save...
        const replicaRows = await runSql<{ headline: string }>(pair.replica.appUrl, 'select headline from "Article" where id = $1', [article.id]);
        expect(replicaRows[0].headline).not.toBe("Saved just now");
        // ...so the report reads the primary and shows it.
        expect(await isInRecovery(await readReplica())).toBe(false);
        expect((await exportReport()).body).toContain("Saved just now");
      });
    } finally {
      await runSql(pair.replica.superuserUrl, "select pg_wal_replay_resume()");
      warn.mockRestore();
    }
    await pair.waitForReplay();
    await onPrimary(async () => expect(await isInRecovery(await readReplica())).toBe(true));
  });

  it("reads the primary when the replica URL names a server that is not a replica, or nothing", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      await configureReplica(pair.primary.appUrl);
      await onPrimary(async () => expect(await readReplica()).toBe(db));
      expect(warn).toHaveBeenLastCalledWith(expect.stringContaining("not in recovery"), "");
      await configureReplica(`postgresql://nobody:nothing@127.0.0.1:${await findFreePort()}/factdesk`);
      await onPrimary(async () => {
        expect(await readReplica()).toBe(db);
        expect(warn).toHaveBeenLastCalledWith(expect.stringContaining("unreachable"), expect.anything());
        expect((await exportReport()).body).toContain("15% is no majority.");
      });
    } finally {
      warn.mockRestore();
      await configureReplica(pair.replica.appUrl);
    }
  });

  it("reads the primary when no replica is configured", async () => {
    await configureReplica(undefined);
    try {
      await onPrimary(async () => expect(await isInRecovery(await readReplica())).toBe(false));
    } finally {
      await configureReplica(pair.replica.appUrl);
    }
  });

  it("answers 'try again' when replay cancels a read on the replica (conflict with recovery)", async () => {
    // The replica cancels at once instead of after 30 s (the default), so the test need not wait.
    await runSql(pair.replica.superuserUrl, "alter system set max_standby_streaming_delay = 0");
    await runSql(pair.replica.superuserUrl, "select pg_reload_conf()");
    await runSql(pair.primary.superuserUrl, "create table conflict_probe (n int); insert into conflict_probe select generate_series(1, 100); grant select on conflict_probe to public");
    await pair.waitForReplay();
    const reader = new pg.Client({ connectionString: pair.replica.appUrl, application_name: "conflict-probe" });
    await reader.connect();
    reader.on("error", () => {});
    try {
      // A long read on the replica (an export's big select, say) whose snapshot
      // still sees rows that vacuum on the primary removes: replaying that cancels it.
      const reading = reader.query("select count(*), pg_sleep(20) from conflict_probe").then(() => null, (caught: unknown) => caught);
      await waitUntilActive("conflict-probe");
      await runSql(pair.primary.superuserUrl, "delete from conflict_probe");
      await runSql(pair.primary.superuserUrl, "vacuum conflict_probe");
      const error = await reading;
      expect(String((error as Error | null)?.message)).toMatch(/conflict with recovery/);
      expect(isDatabaseUnavailable(error)).toBe(true);
    } finally {
      await reader.end().catch(() => {});
      await runSql(pair.primary.superuserUrl, "drop table conflict_probe");
    }
  });
});
