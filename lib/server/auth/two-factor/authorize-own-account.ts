import "server-only";
import { isSystemActor, type Actor } from "@/lib/domain/capabilities";
import { AppError } from "@/lib/errors";

/**
 * The check for the two-factor use cases: any signed-in person, on their own
 * account. Deliberately not authorize(): a reviewer the desk has told to enrol
 * is refused every capability until they have, and must still reach these.
 * An API token is not a person at a phone, so it may not change the account's
 * second factor.
 */
export function authorizeOwnAccount(actor: Actor | null): Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", { userMessage: "Please sign in to continue." });
  if (actor.apiTokenId || isSystemActor(actor)) {
    throw new AppError("FORBIDDEN", { userMessage: "Two-factor sign-in is set up by the person, signed in." });
  }
  return actor;
}
