import { PART_FIGURE } from "./far-dash";

// (Read for total-mismatch in a file of its own, since that rule is long.)
//
// "Revenue rose to €8.2bn, with €4.6bn coming from Europe, …", "fell to 46 megatonnes, with transport contributing 21,
// …": parts each told where they came from or who contributed them, of any total; or what they are about: "Holiday
// complaints rose to 5,200, with 2,900 about package holidays and 2,600 about flight-only bookings". Maybe not all of
// it, so the caller flags only parts adding up to more than it.
const SOURCED_PARTS = new RegExp(`^\\s*(?:${PART_FIGURE}(?:\\s+[\\p{L}’'-]+)?\\s+(?:of\\s+(?:it|them)\\s+)?(?:(?:coming|generated|earned|derived)\\s+(?:from|in|by)|about|concerning|regarding|relating\\s+to|involving)\\b|(?:the\\s+)?[\\p{L}’'-]+(?:\\s+[\\p{L}’'-]+){0,2}\\s+(?:contributing|accounting\\s+for|making\\s+up|providing|supplying)\\s+[$£€]?\\d)`, "iu");
// ", the only two categories it records", ", the company said": after the list, a comma and words about the parts or who
// told them; what is counted there ("two categories") is no part.
const AFTER_THE_LIST = /,\s+(?:the|both|all|each|its|their|which|who|according|it|they|he|she)\b/i;

/** Where the sourced parts that start at `from` (after ", with") end, up to `to`; null when they are no sourced parts. */
export function sourcedPartsEnd(sentence: string, from: number, to: number): number | null {
  const text = sentence.slice(from, to);
  if (!SOURCED_PARTS.test(text)) return null;
  const after = AFTER_THE_LIST.exec(text);
  return after ? from + after.index : to;
}
