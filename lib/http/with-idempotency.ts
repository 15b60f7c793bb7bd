import "server-only";
import { createHash } from "node:crypto";
import type { Actor } from "@/lib/domain/capabilities";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/error-response";
import { MAX_JSON_BODY_BYTES, readBytesAtMost } from "@/lib/http/read-json-body";
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  releaseIdempotencyKey,
} from "@/lib/server/idempotency/idempotency-store";

export const IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";
const VALID_KEY = /^[\x21-\x7e]{1,255}$/;
// Headers of the first response that a replay repeats.
const KEPT_HEADERS = ["content-type", "location"];

/**
 * Makes a POST/PATCH route safe to retry. With an Idempotency-Key header, the
 * first request with that key (per API token, or per user) runs `handle`; a
 * retry gets the first response again (with `Idempotent-Replayed: true`), never
 * a second effect. The same key with another method, path or body is refused
 * (422), and a retry while the first still runs gets 409 with Retry-After.
 * Responses that mean "nothing was done, try again" (408, 409, 429, 5xx) are
 * not kept: the key is freed so the retry runs for real.
 *
 * Use it inside the route's try, after the caller is known:
 *   const actor = await getRateLimitedActor(request);
 *   return await withIdempotency(request, actor, () => handle(actor));
 * where `handle` returns a Response (errors already turned into one).
 */
export async function withIdempotency(request: Request, actor: Actor | null, handle: () => Promise<Response>): Promise<Response> {
  const key = request.headers.get(IDEMPOTENCY_KEY_HEADER);
  // Without a caller the route refuses the request anyway; nothing to remember.
  if (key === null || !actor) return handle();
  if (!VALID_KEY.test(key)) {
    return errorResponse(
      new AppError("VALIDATION", {
        userMessage: "Send an Idempotency-Key of 1 to 255 visible ASCII characters (a UUID is a good choice).",
        fieldErrors: { [IDEMPOTENCY_KEY_HEADER]: ["Not a valid key."] },
      }),
    );
  }
  const body = await readBytesAtMost(request.clone(), MAX_JSON_BODY_BYTES);
  // Too large to be a valid request: let the route refuse it, unremembered.
  if (body === null) return handle();
  const scope = actor.apiTokenId ? `token:${actor.apiTokenId}` : `user:${actor.id}`;
  const url = new URL(request.url);
  const requestHash = createHash("sha256")
    .update(`${request.method} ${url.pathname}${url.search}\n`)
    .update(body)
    .digest("hex");

  const claim = await claimIdempotencyKey({ scope, key, requestHash });
  if (claim.kind === "replay") {
    return new Response(claim.response.body, {
      status: claim.response.status,
      headers: { ...claim.response.headers, "Idempotent-Replayed": "true" },
    });
  }
  if (claim.kind === "mismatch") {
    return errorResponse(
      new AppError("VALIDATION", {
        userMessage: "This Idempotency-Key was already used for a different request. Use a new key for a new request.",
        fieldErrors: { [IDEMPOTENCY_KEY_HEADER]: ["Used for a different request."] },
      }),
    );
  }
  if (claim.kind === "in-progress") {
    const response = errorResponse(
      new AppError("CONFLICT", { userMessage: "A request with this Idempotency-Key is still running. Retry in a moment to get its response." }),
    );
    response.headers.set("Retry-After", "1");
    return response;
  }

  let response: Response;
  try {
    response = await handle();
  } catch (error) {
    await releaseIdempotencyKey(scope, key).catch(() => undefined);
    throw error;
  }
  if (isReplayable(response.status)) {
    const headers: Record<string, string> = {};
    for (const name of KEPT_HEADERS) {
      const value = response.headers.get(name);
      if (value !== null) headers[name] = value;
    }
    await completeIdempotencyKey(scope, key, { status: response.status, headers, body: await response.clone().text() });
  } else {
    await releaseIdempotencyKey(scope, key);
  }
  return response;
}

/** Whether a response is the request's outcome (kept), or a "try again" (not kept). */
export function isReplayable(status: number): boolean {
  if (status >= 500) return false;
  return ![408, 409, 429].includes(status);
}
