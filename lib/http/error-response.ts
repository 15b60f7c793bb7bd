import "server-only";
import { HTTP_STATUS_BY_CODE, isAppError } from "@/lib/errors";

/**
 * Route handlers' errors as JSON: known errors with their status, message and
 * field paths; anything else a generic 500 (details go to the server log only).
 */
export function errorResponse(error: unknown): Response {
  if (isAppError(error)) {
    const retryAfter = (error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
    return Response.json(
      { error: { code: error.code, message: error.userMessage, fieldErrors: error.fieldErrors } },
      { status: HTTP_STATUS_BY_CODE[error.code], headers: retryAfter ? { "Retry-After": String(retryAfter) } : undefined },
    );
  }
  console.error("[factdesk] request failed", error);
  return Response.json(
    { error: { code: "INTERNAL", message: "Something went wrong on our side. Please try again." } },
    { status: 500 },
  );
}
