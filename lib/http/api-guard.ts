import "server-only";
import { getRequestActor } from "@/lib/auth/get-request-actor";
import type { Actor } from "@/lib/domain/capabilities";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";

/** The caller of an API route, counted against its per-token (or per-user) rate limit. */
export async function getRateLimitedActor(request: Request): Promise<Actor | null> {
  const actor = await getRequestActor(request);
  if (actor) await consumeRateLimit(actor.apiTokenId ? `token:${actor.apiTokenId}` : `user:${actor.id}`);
  return actor;
}
