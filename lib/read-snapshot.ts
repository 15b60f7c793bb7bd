import "server-only";
import type pg from "pg";
import { UNAVAILABLE_RETRY_AFTER_SECONDS } from "@/lib/database-unavailable";
import { connectionStringOf, getSnapshotPool, SNAPSHOT_CONNECTIONS } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { readReplica } from "@/lib/read-replica";

// A REPEATABLE READ, READ ONLY transaction on a connection of its own, held
// open for as long as a streamed export is being read (decision 033). Raw `pg`,
// not a Prisma interactive transaction: Prisma ends a transaction after its
// `timeout` (FACTDESK_DB_STATEMENT_TIMEOUT_MS), and a 200,000-event download to
// a slow client takes longer than any timeout we would want on ordinary writes.
// The connections come from a small pool of their own (lib/db.ts, getSnapshotPool),
// so slow downloads cannot take the connections the app's requests need.

export type SnapshotEnd = "done" | "cancelled" | "failed";

export type ReadSnapshot = {
  /** Rows of one statement inside the snapshot. */
  query<R extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<R[]>;
  /**
   * Ends the transaction and gives the connection back (a failed one is
   * thrown away, not reused). Idempotent: the stream's end, error and cancel
   * may all call it.
   */
  end(how: SnapshotEnd): Promise<void>;
};

/**
 * Opens a snapshot where lib/read-replica.ts would read: the replica once it
 * has caught up with every commit made so far, else the primary.
 */
export async function openReadSnapshot(): Promise<ReadSnapshot> {
  const pool = getSnapshotPool(connectionStringOf(await readReplica()));
  const connection = await pool.connect().catch((error: unknown) => {
    // Every snapshot connection busy for connectTimeoutMs: say so, rather than "the database is down".
    if (pool.totalCount >= SNAPSHOT_CONNECTIONS && /timeout exceeded when trying to connect/i.test(String(error))) {
      throw new AppError("UNAVAILABLE", {
        userMessage: `${SNAPSHOT_CONNECTIONS} exports are downloading already; try again in a moment.`,
        details: { retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS, cause: error },
      });
    }
    throw error;
  });
  let broken: Error | null = null;
  // A checked-out pg client has no error listener: the server ending the
  // session (stall timeout, restart) would otherwise crash the process.
  const onError = (error: Error) => { broken = error; };
  connection.on("error", onError);
  let ended: Promise<void> | null = null;
  const end = (how: SnapshotEnd) => (ended ??= (async () => {
    try {
      if (!broken && how !== "failed") await connection.query(how === "done" ? "commit" : "rollback");
    } catch (error) {
      broken = error as Error;
    } finally {
      connection.off("error", onError);
      // A connection that failed mid-transaction is closed, not put back.
      connection.release(broken ?? (how === "failed" ? true : undefined));
    }
  })());
  try {
    await connection.query("begin isolation level repeatable read read only");
  } catch (error) {
    broken = error as Error;
    await end("failed");
    throw error;
  }
  return {
    async query<R extends pg.QueryResultRow>(text: string, values?: unknown[]) {
      if (ended) throw new Error("The export's snapshot has ended.");
      return (await connection.query<R>(text, values)).rows;
    },
    end,
  };
}
