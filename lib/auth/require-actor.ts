import "server-only";
import { redirect } from "next/navigation";
import type { Actor } from "@/lib/domain/capabilities";
import { getActor } from "./get-actor";

/**
 * For pages: the signed-in actor, or a redirect to sign in. A convenience only;
 * the use cases check authorization again on every call.
 */
export async function requireActor(returnTo = "/"): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  // Two-factor (branch totp): someone the desk requires to enrol can only enrol.
  if (actor.mustEnrolTwoFactor) redirect("/account/two-factor");
  return actor;
}
