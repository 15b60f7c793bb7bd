import "server-only";
import { findTokenActor } from "@/lib/server/auth/find-token-actor";
import type { Actor } from "@/lib/domain/capabilities";
import { getActor } from "./get-actor";

/** For route handlers: an API token when the request carries one, else the session. */
export async function getRequestActor(request: Request): Promise<Actor | null> {
  const authorization = request.headers.get("authorization");
  if (authorization) return findTokenActor(authorization);
  return getActor();
}
