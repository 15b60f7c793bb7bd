import { WORD_NUMBER } from "../number-words";

// (A starter of total-mismatch's breakdowns in a file of its own, since that rule is long: it reads the one
// construction of a count told of at some length, then its parts set off by a dash.)
//
// "Twelve stalls have signed up for the Christmas market – five food producers, four craft makers and two charities –
// and bookings are now closed": five to ten words on from a count, a spaced dash opens a list of figures, each with a
// few words of what it counts, joined by commas and "and", that runs to the closing dash or the sentence's end. A dash
// nearer the count is STARTER's. (Only for a count or a total said to be one; the caller checks.)
export const PART_FIGURE = `(?:[$£€]?\\d[\\d,.]*(?:\\s?(?:m|bn|k|million|billion))?|${WORD_NUMBER})`;
// What a part counts: one to three words, none saying it is a difference ("12 more than last year"), a subset of the
// parts ("four of them women", "two among them") or a share of something else.
const LABEL = "(?:\\s+(?!(?:more|fewer|less|up|down|higher|lower|extra|of|among|per)\\b)[\\p{L}’'-]+)(?:\\s+(?!(?:of|among|them|whom|which)\\b)[\\p{L}’'-]+){0,2}";
// ("three trawlers, two yachts and a ferry": "a" is one more.)
const PART = `(?:${PART_FIGURE}|an?)${LABEL}`;
const FAR_DASH = new RegExp(`^((?:[-\\s]+[\\p{L}’'-]+){5,10}?)(\\s[–—]\\s)(?=${PART}(?:\\s*,\\s*${PART})*,?\\s+and\\s+${PART}(?:\\s[–—]\\s|\\.?$))`, "iu");

/** The far dash that opens a count's parts in `after` (the text right after the count), as STARTER's match is, else null. */
export function farDashStarter(after: string): RegExpExecArray | null {
  return FAR_DASH.exec(after);
}
