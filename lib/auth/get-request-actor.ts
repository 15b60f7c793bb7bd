import "server-only";
import { findTokenActor } from "@/lib/server/auth/find-token-actor";
import type { Actor } from "@/lib/domain/capabilities";
import { AppError } from "@/lib/errors";
import { getActor } from "./get-actor";

export const INVALID_TOKEN_MESSAGE =
  "Invalid token: the API token is unknown, revoked, or its user is disabled. Send `Authorization: Bearer <token>` with a current token.";

/**
 * For route handlers: an API token when the request carries one, else the session.
 * A request that sends an Authorization header and fails it is refused as such
 * (401 "invalid token"): a CMS with a revoked token should not be told to sign in.
 */
export async function getRequestActor(request: Request): Promise<Actor | null> {
  const authorization = request.headers.get("authorization");
  if (!authorization) return getActor();
  const actor = await findTokenActor(authorization);
  if (!actor) throw new AppError("UNAUTHENTICATED", { userMessage: INVALID_TOKEN_MESSAGE });
  return actor;
}
