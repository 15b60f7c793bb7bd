import type { Quantity } from "../numbers";

// (A part of shares-over-100 in a file of its own: this reads the one construction of a whole split into parts,
// each part's share in brackets after it.)
//
// "The workforce is split between full-time staff (74%) and part-timers (33%)", "Its income is made up of grants
// (60%), donations (30%) and ticket sales (15%)": a whole split between the parts named, each share bracketed right
// after its part, with nothing but the part between one bracket and the next. The shares are of the one whole.
// ("split between the head office (74% of staff) and the depot (33% of vehicles)" names a whole for each; "split
// between schools (up 4%) and hospitals (up 3%)" gives changes, not shares.)
// ("Researchers classified the 500 exoplanets as rocky (36%), gas giants (44%) or ice giants (25%)": sorted into
// classes, each thing in one, which "or" may list as well as "and".)
const SPLIT_INTO = /\b(?:split|divided|shared|broken\s+down)\s+(?:between|among|into)\s|\b(?:classified|classed|categorised|categorized|sorted|graded)\s+(?:[^,;()%]{1,40}?\s)?(?:as|into)\s|\b(?:made\s+up\s+of|consist(?:s|ed|ing)?\s+of|compris(?:es|ed|ing)|divided\s+up\s+between)\s/i;
// Right before a part's share: its bracket, past a few words naming the part and no other bracket or share.
const FIRST_PART = /^[^()%;.]{1,60}\(\s*(?:(?:about|some|around|roughly|nearly|almost|just|only)\s+)?$/;
// Between one bracketed share and the next: the bracket closed, the list's comma or "and", the next part, its bracket.
const NEXT_PART = /^\s*\)\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[^()%;.]{1,40}\(\s*(?:(?:about|some|around|roughly|nearly|almost|just|only)\s+)?$/;

/** The bracketed shares of the parts a whole is split into (see above), else []. */
export function bracketedParts(sentence: string, shares: readonly Quantity[]): Quantity[] {
  const split = SPLIT_INTO.exec(sentence);
  if (!split) return [];
  const from = split.index + split[0].length;
  const [first, ...rest] = shares.filter((share) => share.start >= from);
  if (!first || !FIRST_PART.test(sentence.slice(from, first.start)) || !/^\s*\)/.test(sentence.slice(first.end))) return [];
  const parts = [first];
  for (const share of rest) {
    if (!NEXT_PART.test(sentence.slice(parts[parts.length - 1].end, share.start)) || !/^\s*\)/.test(sentence.slice(share.end))) break;
    parts.push(share);
  }
  return parts.length >= 2 ? parts : [];
}
