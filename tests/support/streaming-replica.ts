// A primary and a streaming replica of it, both embedded PostgreSQL, for the
// read-replica tests. The embedded binaries have no pg_basebackup, so the base
// backup is the low-level API PostgreSQL documents for it ("Making a Base Backup
// Using the Low Level API"): pg_backup_start, copy the data folder while the
// primary runs, pg_backup_stop, and write the backup_label it returns. The
// replica then streams from a physical replication slot, which keeps every WAL
// segment it has not received yet, from the backup's start on.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { startEmbeddedDatabase } from "../../scripts/lib/embedded-database";
import { embeddedUrl, startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import { migrateDatabase } from "../../scripts/lib/migrate-database";
import { findFreePort } from "../../scripts/lib/ports";
import { embeddedServerDir, removeDataFolder } from "../../scripts/lib/server-data-dir";
import { randomPassword } from "../../scripts/lib/database-credentials";
import { runSql } from "./scratch-database";

const SLOT = "factdesk_test_replica";
const REPLICATOR = "factdesk_replicator";

export type PrimaryAndReplica = {
  primary: { appUrl: string; superuserUrl: string };
  replica: { appUrl: string; superuserUrl: string };
  /** Resolves once the replica has replayed everything the primary had flushed when called. */
  waitForReplay: () => Promise<void>;
  remove: () => Promise<void>;
};

export async function startPrimaryAndReplica(name: string): Promise<PrimaryAndReplica> {
  const primaryDir = path.resolve(".test-data", `${name}-primary-${process.pid}`);
  const replicaDir = path.resolve(".test-data", `${name}-replica-${process.pid}`);
  removeDataFolder(primaryDir);
  removeDataFolder(replicaDir);
  const primary = await startEmbeddedDatabase({ dataDir: primaryDir, port: await findFreePort(), persistent: false, database: "factdesk" });
  const stops: (() => Promise<void>)[] = [() => primary.stop()];
  const remove = async () => {
    // Last started, first stopped: the replica before the primary it follows.
    for (const stop of stops.reverse()) await stop().catch(() => {});
    removeDataFolder(primaryDir);
    removeDataFolder(replicaDir);
  };
  try {
    await migrateDatabase({ url: primary.appUrl, ownerUrl: primary.ownerUrl });
    const replicatorPassword = randomPassword();
    await runSql(primary.superuserUrl, `create role ${REPLICATOR} with replication login password '${replicatorPassword}'`);
    await runSql(primary.superuserUrl, `select pg_create_physical_replication_slot('${SLOT}', true)`);
    const replicaServerDir = embeddedServerDir(replicaDir);
    await copyWhileBackingUp(primary.superuserUrl, embeddedServerDir(primaryDir), replicaServerDir);
    const primaryPort = Number(new URL(primary.superuserUrl).port);
    // What pg_basebackup -R writes: the replica follows the primary through the slot.
    fs.writeFileSync(path.join(replicaServerDir, "standby.signal"), "");
    fs.appendFileSync(
      path.join(replicaServerDir, "postgresql.auto.conf"),
      `primary_conninfo = 'host=127.0.0.1 port=${primaryPort} user=${REPLICATOR} password=${replicatorPassword} application_name=${name}'\n` +
        `primary_slot_name = '${SLOT}'\n`,
    );
    giveToServerUser(replicaServerDir, embeddedServerDir(primaryDir));
    const superuser = loginOf(primary.superuserUrl);
    const replicaPort = await findFreePort();
    const replica = await startEmbeddedPostgres({ dataDir: replicaServerDir, port: replicaPort, persistent: false, superuserPassword: superuser.password });
    stops.push(() => replica.stop());
    const waitForReplay = () => waitForReplayOf(primary.superuserUrl, replica.adminUrl("factdesk"));
    await waitForReplay();
    return {
      primary: { appUrl: primary.appUrl, superuserUrl: primary.superuserUrl },
      replica: { appUrl: embeddedUrl(replicaPort, "factdesk", loginOf(primary.appUrl)), superuserUrl: replica.adminUrl("factdesk") },
      waitForReplay,
      remove,
    };
  } catch (error) {
    await remove();
    throw error;
  }
}

/**
 * The base backup. pg_backup_start and pg_backup_stop must run in one session;
 * between them the data folder is copied as it is, torn pages and all: replay
 * from the checkpoint named in backup_label repairs them (full-page writes).
 */
async function copyWhileBackingUp(superuserUrl: string, from: string, to: string): Promise<void> {
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    await client.query("select pg_backup_start('factdesk-test-replica', fast => true)");
    fs.mkdirSync(path.dirname(to), { recursive: true });
    // cp -a keeps the postgres user's ownership and the 0700 mode PostgreSQL insists on.
    execFileSync("cp", ["-a", from, to]);
    const { rows } = await client.query<{ labelfile: string; spcmapfile: string }>(
      "select labelfile, spcmapfile from pg_backup_stop(wait_for_archive => false)",
    );
    fs.writeFileSync(path.join(to, "backup_label"), rows[0].labelfile);
    if (rows[0].spcmapfile) fs.writeFileSync(path.join(to, "tablespace_map"), rows[0].spcmapfile);
  } finally {
    await client.end();
  }
  // What pg_basebackup leaves out: the running server's lock and options, its
  // WAL (the replica streams what it needs) and its replication slots.
  for (const file of ["postmaster.pid", "postmaster.opts"]) fs.rmSync(path.join(to, file), { force: true });
  for (const folder of ["pg_wal", "pg_replslot"]) {
    for (const entry of fs.readdirSync(path.join(to, folder), { withFileTypes: true })) {
      if (entry.isFile()) fs.rmSync(path.join(to, folder, entry.name));
      else if (folder === "pg_replslot") fs.rmSync(path.join(to, folder, entry.name), { recursive: true });
    }
  }
}

/** The files written here (as root) go to the owner of the primary's folder: the server's user. */
function giveToServerUser(folder: string, like: string): void {
  const { uid, gid } = fs.statSync(like);
  for (const file of ["backup_label", "tablespace_map", "standby.signal", "postgresql.auto.conf"]) {
    const target = path.join(folder, file);
    if (fs.existsSync(target)) fs.chownSync(target, uid, gid);
  }
}

async function waitForReplayOf(primaryUrl: string, replicaUrl: string): Promise<void> {
  const [{ lsn }] = await runSql<{ lsn: string }>(primaryUrl, "select pg_current_wal_flush_lsn()::text as lsn");
  const client = new pg.Client({ connectionString: replicaUrl });
  await client.connect();
  try {
    for (let attempt = 0; attempt < 600; attempt++) {
      const { rows } = await client.query<{ done: boolean }>("select coalesce(pg_last_wal_replay_lsn() >= $1::pg_lsn, false) as done", [lsn]);
      if (rows[0].done) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`The replica did not replay up to ${lsn} within 30 seconds.`);
  } finally {
    await client.end();
  }
}

function loginOf(url: string): { user: string; password: string } {
  const parsed = new URL(url);
  return { user: decodeURIComponent(parsed.username), password: decodeURIComponent(parsed.password) };
}
