// A search box's query from the URL (?q=…), which anyone can type or link to:
// repeated (?q=a&q=b), over-long, or holding what cannot be searched for.
import { findUnsafeText, SAFE_TEXT_MESSAGES } from "@/lib/schemas/safe-text";

export const MAX_SEARCH_CHARACTERS = 200;

export type SearchQuery = { query: string; error: string | null };

/** The query to search for ("" for none) and, when it had to be dropped, why. */
export function readSearchQuery(value: unknown): SearchQuery {
  const text = (typeof value === "string" ? value : Array.isArray(value) && typeof value[0] === "string" ? value[0] : "").trim();
  // Longer queries are cut rather than refused; a cut must not split an emoji
  // in half, which would leave a character the schema refuses.
  const cut = text.slice(0, MAX_SEARCH_CHARACTERS).replace(/[\uD800-\uDBFF]$/, "");
  const problem = findUnsafeText(cut);
  return problem ? { query: "", error: SAFE_TEXT_MESSAGES[problem] } : { query: cut, error: null };
}
