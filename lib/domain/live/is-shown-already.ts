import type { LiveChange } from "./live-messages";

/**
 * Whether the open claim, as a page shows it, already has a change the stream delivers. The stream
 * re-sends the last seconds' events on connecting (late commits, see read-missed-changes.ts), so a
 * page opened just after a save hears that save again: telling its user someone changed the claim
 * "just now" would be wrong, and the notice would push the form down under their pointer.
 */
export function isShownAlready(
  shown: { id: string; history: { id: string }[] } | null,
  change: Pick<LiveChange, "id" | "claimId">,
): boolean {
  return shown !== null && shown.id === change.claimId && shown.history.some((event) => event.id === change.id);
}
