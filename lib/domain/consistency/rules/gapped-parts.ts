// (Read for total-mismatch's parts before a total in a file of its own, since that rule is long.)
//
// "4,000 nurses and 2,000 porters … 5,000 staff in all": the parts listed before a total said to be one, each a figure
// and one or two words, joined by commas and "and", in the same clause ("two-day" describes, it counts nothing; ",
// while the spinners' combined 9" is a clause of its own, which the caller checks).
const PART_BEFORE_GAP = /^\s+[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/u;
// "the seamers took 35 wickets and the spinners 12, accounting for all 44", "Root made 60, Stokes 41 and Wood 12, a
// combined 113": parts told in parallel, the verb left out after the first, each later part with whose it is ("the
// spinners", "Stokes") before its figure. Whose it is: a name, or "the"/"its" and a word or two; never a preposition,
// which would tell of another time or place ("and in 2019 12").
const WHOSE = "(?:(?:the|its|their|his|her)\\s+[\\p{L}’'-]+(?:\\s+[\\p{L}’'-]+)?|\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*)?)";
const GAPPED_GAP = new RegExp(`^(?:\\s+[\\p{L}’'-]+){0,2}\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)${WHOSE}\\s+$`, "u");

/** Whether `gap`, the text between two figures before a total, joins them as parts of it (see above). */
export function isPartBeforeGap(gap: string): boolean {
  return PART_BEFORE_GAP.test(gap) || GAPPED_GAP.test(gap);
}
