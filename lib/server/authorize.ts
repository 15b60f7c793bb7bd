import "server-only";
import { can, type Actor, type Capability } from "@/lib/domain/capabilities";
import { AppError } from "@/lib/errors";

/** Throws unless `actor` may use `capability`; returns the actor, narrowed to non-null. */
export function authorize(actor: Actor | null, capability: Capability): Actor {
  if (!actor) {
    throw new AppError("UNAUTHENTICATED", { userMessage: "Please sign in to continue." });
  }
  if (actor.mustEnrolTwoFactor) {
    throw new AppError("FORBIDDEN", { userMessage: "Turn on two-factor sign-in first (Account → Two-factor sign-in)." });
  }
  if (!can(actor, capability)) {
    throw new AppError("FORBIDDEN", { userMessage: "Your role does not allow this." });
  }
  return actor;
}

export function notFound(what: string): AppError {
  return new AppError("NOT_FOUND", { userMessage: `${what} was not found.` });
}
