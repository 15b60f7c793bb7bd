import { AppError } from "@/lib/errors";

// The one place that decides "the database is unavailable" (down, restarting,
// unreachable, out of connections, or too slow to hand out a connection in
// time). Such errors are retryable and say nothing about the request itself, so
// the edges answer 503 / "try again in a moment" instead of a 500 or, on
// sign-in, "wrong password". Errors arrive in several shapes: raw `pg` errors
// (health check, scripts), Prisma's known request errors (P-codes), and driver
// adapter errors that carry the pg error as `cause`; the chain is walked.

/** Seconds a client should wait before retrying (the Retry-After header). */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

const UNAVAILABLE_CODES = new Set([
  // Node socket errors: nothing listens, the connection broke, or it timed out.
  "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND",
  // PostgreSQL: admin/crash shutdown, cannot connect now (starting up, shutting
  // down), too many connections, connection exceptions, statement timeout.
  "57P01", "57P02", "57P03", "53300", "08000", "08001", "08003", "08004", "08006", "57014",
  // The app's own database login refused (28P01, 28000; Prisma P1000): the
  // server on that port is not ours (another install took the port while ours
  // was down) or its roles changed. Nothing a user did: retry, don't blame them.
  "28P01", "28000", "P1000",
  // Prisma: can't reach the server, timed out, server closed the connection,
  // timed out fetching a connection from the pool, too many connections.
  "P1001", "P1002", "P1008", "P1017", "P2024", "P2037",
]);

// Driver adapter error kinds (@prisma/adapter-pg's convertDriverError).
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);

const UNAVAILABLE_MESSAGES = [
  /Unable to start a transaction in the given time/i, // Prisma P2028 when maxWait passes
  /timeout exceeded when trying to connect/i, // pg-pool connectionTimeoutMillis
  /Connection terminated/i, // pg: the server went away mid-query
  /Can't reach database server/i,
  /terminating connection due to administrator command/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /Client has encountered a connection error/i,
  /Authentication failed against the database server/i,
  // A read replica cancelled a query whose snapshot replay had to overwrite
  // (SQLSTATE 40001, which on the primary means a serialization failure instead).
  /due to conflict with recovery/i,
];

type ErrorLike = { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: unknown };

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0 && seen.size < 20) {
    const current = pending.pop();
    if (!current || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    const { code, kind, message, cause, meta } = current as ErrorLike;
    if (typeof code === "string" && UNAVAILABLE_CODES.has(code)) return true;
    if (typeof kind === "string" && UNAVAILABLE_KINDS.has(kind)) return true;
    if (typeof message === "string" && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return true;
    // pg's AggregateError (every address refused) and Prisma's meta.driverAdapterError.
    if (current instanceof AggregateError) pending.push(...current.errors);
    pending.push(cause, (meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError);
  }
  return false;
}

export function unavailableError(cause?: unknown): AppError {
  return new AppError("UNAVAILABLE", {
    userMessage: "The database is unavailable; try again in a moment.",
    details: { retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS, cause },
  });
}

/** A use case's typed error as is, a database outage as UNAVAILABLE, anything else null. */
export function toKnownError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  return isDatabaseUnavailable(error) ? unavailableError(error) : null;
}

// One line per outage request for the server log: a stack trace each time would flood it.
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.message.split("\n").filter(Boolean).slice(-1)[0] ?? error.name;
}
