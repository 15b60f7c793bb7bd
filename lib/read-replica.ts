import "server-only";
import { db, getReplicaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";

// How long a big read waits for a lagging replica before it reads the primary
// instead. Replication on one network usually lags by milliseconds; a replica
// further behind than this is not worth a user's wait (decision 034).
export const REPLICA_MAX_WAIT_MS = 1_000;
const POLL_MS = 20;

type ReplicaState = "caught-up" | "behind" | "not-a-replica";

/**
 * The client for a big read-only result (exports and fact-check reports, audit
 * verification): the read replica (DATABASE_REPLICA_URL) once it has replayed
 * every commit the primary had made when this was called, else the primary.
 * So an export made right after a save shows that save, as if read from the
 * primary: a replica that lags is waited for (up to REPLICA_MAX_WAIT_MS) and
 * then skipped, never read stale. Writes never go through it: the replica
 * refuses them (read-only transaction), and use cases write through `db`.
 */
export async function readReplica(): Promise<PrismaClient> {
  const replica = getReplicaClient();
  if (!replica) return db;
  try {
    // Flushed, not inserted: a commit is acknowledged only once flushed, and the
    // replica receives nothing the primary has not flushed.
    const [{ lsn }] = await db.$queryRaw<{ lsn: string }[]>`select pg_current_wal_flush_lsn()::text as lsn`;
    const deadline = Date.now() + REPLICA_MAX_WAIT_MS;
    for (;;) {
      const state = await readReplicaState(replica, lsn);
      if (state === "caught-up") return replica;
      if (state === "not-a-replica" || Date.now() >= deadline) return fallBack(state);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  } catch (error) {
    // A replica that is down must not take the reports down with it.
    return fallBack("unreachable", error);
  }
}

async function readReplicaState(replica: PrismaClient, lsn: string): Promise<ReplicaState> {
  // A server out of recovery (promoted, or the primary's URL given by mistake)
  // no longer follows the primary: what it holds may never catch up.
  const [{ state }] = await replica.$queryRaw<{ state: ReplicaState }[]>`
    select case when not pg_is_in_recovery() then 'not-a-replica'
                when pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn then 'caught-up'
                else 'behind' end as state`;
  return state;
}

const warned = new Set<string>();

function fallBack(reason: ReplicaState | "unreachable", error?: unknown): PrismaClient {
  // Once per reason and process: a lagging replica would otherwise log on every export.
  if (!warned.has(reason)) {
    warned.add(reason);
    const why = reason === "behind" ? `more than ${REPLICA_MAX_WAIT_MS} ms behind` : reason === "not-a-replica" ? "not in recovery (not a replica)" : "unreachable";
    console.warn(`DATABASE_REPLICA_URL: the replica is ${why}; reading the primary.`, error ?? "");
  }
  return db;
}
