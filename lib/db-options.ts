// Pool size and timeouts of the app's database client, from the environment
// (documented in the README's configuration table). Pure: no I/O, unit-tested.

export type DbOptions = {
  /** Connections per app process (pg Pool `max`). */
  poolSize: number;
  /**
   * How long to wait for a connection: opening one (pg connectionTimeoutMillis),
   * a free one from the pool, and a transaction's start (Prisma maxWait). Past
   * it the caller gets UNAVAILABLE (503) instead of hanging.
   */
  connectTimeoutMs: number;
  /** Longest statement (PostgreSQL statement_timeout) and interactive transaction (Prisma timeout). */
  statementTimeoutMs: number;
};

export const DEFAULT_DB_OPTIONS: DbOptions = { poolSize: 10, connectTimeoutMs: 5_000, statementTimeoutMs: 30_000 };

const VARIABLES: Record<keyof DbOptions, string> = {
  poolSize: "FACTDESK_DB_POOL_SIZE",
  connectTimeoutMs: "FACTDESK_DB_CONNECT_TIMEOUT_MS",
  statementTimeoutMs: "FACTDESK_DB_STATEMENT_TIMEOUT_MS",
};

/** The options set in `env`, defaults for the rest; a value that is not a positive whole number stops with one sentence. */
export function readDbOptions(env: Record<string, string | undefined> = process.env): DbOptions {
  const options = { ...DEFAULT_DB_OPTIONS };
  for (const key of Object.keys(VARIABLES) as (keyof DbOptions)[]) {
    const raw = env[VARIABLES[key]]?.trim();
    if (!raw) continue;
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value <= 0) {
      throw new Error(`${VARIABLES[key]} must be a positive whole number, not "${raw}".`);
    }
    options[key] = value;
  }
  return options;
}
