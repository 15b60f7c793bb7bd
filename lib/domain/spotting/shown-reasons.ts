// The spotter scores a whole sentence, but a suggestion may be part of it
// (suggest-span.ts). A reason is shown beside a suggestion only when its pattern
// matches the words suggested: "A date" must not be given for a span that lost
// the date to the cut.
import { detectReasons, type Reason } from "./reasons";
import type { Suggestion } from "./spot-claims";

export function shownReasons(suggestion: Pick<Suggestion, "exact" | "reasons">): Reason[] {
  const fired = new Set(detectReasons(suggestion.exact).map((reason) => reason.id));
  return suggestion.reasons.filter((reason) => fired.has(reason.id)).map(({ id, label }) => ({ id, label }));
}
