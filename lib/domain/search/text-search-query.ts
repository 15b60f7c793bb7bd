// What a search box's words become for PostgreSQL full-text search.
//
// PostgreSQL's websearch_to_tsquery reads the syntax people already type into
// search engines ("quoted phrase", -excluded, or) and never fails on odd input,
// but it has no prefix search. A desk searches as it types ("counc" for
// council), so the last word, when it is a plain word, also matches as a prefix:
// it is cut from the websearch part and sent to to_tsquery as `word:*`. Only
// letters and digits go to to_tsquery, whose own syntax (& | ! :) would
// otherwise make a stray character an error.

export type TextSearchQuery = {
  /** For websearch_to_tsquery: everything except the prefix word. */
  websearch: string;
  /** A plain last word to match as a prefix (to_tsquery `word:*`), or null. */
  prefix: string | null;
};

// Shorter prefixes match too much to be useful ("a:*"): they are matched as words.
export const MIN_PREFIX_LENGTH = 3;

const PLAIN_WORD = /^[\p{L}\p{N}]+$/u;

export function toTextSearchQuery(text: string): TextSearchQuery {
  const trimmed = text.trim();
  // Inside an open quote the last word belongs to a phrase.
  if (quoteCount(trimmed) % 2 === 1) return { websearch: trimmed, prefix: null };
  const match = /(^|\s)(\S+)$/u.exec(trimmed);
  const last = match?.[2] ?? "";
  if (!PLAIN_WORD.test(last) || last.length < MIN_PREFIX_LENGTH || last.toLowerCase() === "or") {
    return { websearch: trimmed, prefix: null };
  }
  return { websearch: trimmed.slice(0, trimmed.length - last.length).trim(), prefix: last };
}

function quoteCount(text: string): number {
  return (text.match(/"/g) ?? []).length;
}
