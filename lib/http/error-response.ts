import "server-only";
import { describeError, toKnownError } from "@/lib/database-unavailable";
import { HTTP_STATUS_BY_CODE } from "@/lib/errors";

/**
 * Route handlers' errors as JSON: known errors with their status, message and
 * field paths (a database outage is 503 with Retry-After, never a 500); anything
 * else a generic 500 (details go to the server log only).
 */
export function errorResponse(error: unknown): Response {
  const known = toKnownError(error);
  if (known) {
    if (known.code === "UNAVAILABLE") console.warn("[factdesk] database unavailable:", describeError(error));
    const retryAfter = (known.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
    return Response.json(
      { error: { code: known.code, message: known.userMessage, fieldErrors: known.fieldErrors } },
      { status: HTTP_STATUS_BY_CODE[known.code], headers: retryAfter ? { "Retry-After": String(retryAfter) } : undefined },
    );
  }
  console.error("[factdesk] request failed", error);
  return Response.json(
    { error: { code: "INTERNAL", message: "Something went wrong on our side. Please try again." } },
    { status: 500 },
  );
}
