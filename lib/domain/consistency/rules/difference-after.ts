// Words after a figure that make it a difference or a part, not the figure before it again:
// "28kg, 3kg heavier than the runner-up", "an hour longer", "2km more", "2km of it uphill",
// "£5 each". A unit word may come first ("3kg heavier": "kg"). "Of it" goes on to say which part ("500 metres
// of it uphill"); closed at once ("900kg of fuel — nine tonnes of it —") it restates the whole.
const DIFFERENCE_OR_PART =
  /^(?:[-\s]?[\p{L}]+)?\s*(?:more|less|fewer|extra|further|longer|shorter|heavier|lighter|taller|higher|lower|bigger|smaller|larger|wider|narrower|deeper|earlier|later|faster|slower|cheaper|dearer|older|younger|up|down|short|behind|ahead|beyond|each|apiece|[\p{L}]+er\s+than)\b|^(?:[-\s]?[\p{L}]+)?\s+of\s+(?:it|them|which|whom|those|these)\b(?!\s*(?:[)–—,;.]|\s-\s|$))/iu;

/** Whether `after` (the text right after a figure) makes the figure a difference, a part or a share each. */
export function isDifferenceOrPart(after: string): boolean {
  return DIFFERENCE_OR_PART.test(after);
}
