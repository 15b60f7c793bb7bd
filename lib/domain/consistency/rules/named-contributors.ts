import type { Quantity } from "../numbers";

// A count of contributors and the whole they made between them, each one's part then told: "Three chains accounted
// for the 47 store closures announced this month, with 22 by a fashion retailer, 14 by a pharmacy group and six by a
// bookseller" (42). When as many parts are told as there are contributors, each "by" or "from" one of them, every part
// is told, so they must add up to the whole. (Kept out of total-mismatch.ts, which is long, because it reads the
// sentence from its subject rather than from the total onwards.)

// "Three chains", "The two donors": the count opens the sentence.
const COUNT_OPENS = /^\s*(?:(?:the|its|their|these|those|just|only)\s+)?$/i;
// " chains accounted for the ", " strikers scored all ": a few words, no "of" (" made up half of the "), then the whole.
const TO_WHOLE = /^\s+(?![^,;:]*\bof\b)[\p{L}’'-]+(?:\s+[\p{L}’'-]+){1,5}?\s+(?:the|all(?:\s+(?:of\s+)?the)?|its|their)\s+$/iu;
// " store closures announced this month, with ": the parts follow ", with" up to eight words on.
const WITH_AFTER = /^(?:\s+[\p{L}’'-]+){0,8}?,\s+with\s+$/u;
// " by a fashion retailer, ", " from Kane and ": each part says whose it is, and the list runs on with "," or "and".
const BY_LABEL = /^\s+(?:by|from)\s+(?:[\p{L}’'-]+\s*){1,4}?/u;
const BY_GAP = /^\s+(?:by|from)(?:\s+[\p{L}’'-]+){1,4}\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/u;

const isCount = (q: Quantity) => !q.isPercent && !q.isYear && !q.isFraction && q.currency === null;

/** The whole and the parts told of it when N contributors' N parts follow "with" (total-mismatch adds them up), else null. */
export function namedContributorParts(sentence: string, quantities: readonly Quantity[]): { whole: Quantity; parts: Quantity[] } | null {
  const [count, whole] = quantities;
  if (!count || !whole || !isCount(count) || !Number.isInteger(count.value) || count.value < 2 || count.value > 12) return null;
  if (!COUNT_OPENS.test(sentence.slice(0, count.start)) || !TO_WHOLE.test(sentence.slice(count.end, whole.start))) return null;
  if (whole.isYear || whole.isFraction) return null;
  const first = quantities[2];
  if (!first || !WITH_AFTER.test(sentence.slice(whole.end, first.start))) return null;
  const parts = [first];
  for (const q of quantities.slice(3)) {
    const gap = sentence.slice(parts[parts.length - 1].end, q.start);
    if (!BY_GAP.test(gap)) break;
    parts.push(q);
    if (/\band\s+$/.test(gap)) break;
  }
  const last = parts[parts.length - 1];
  // As many parts as contributors, each of the whole's kind and told by whom, the last after "and".
  if (parts.length !== count.value || !/\band\s+$/.test(sentence.slice(parts[parts.length - 2].end, last.start))) return null;
  if (!BY_LABEL.test(sentence.slice(last.end)) || parts.some((p) => p.isPercent !== whole.isPercent || p.currency !== whole.currency || p.isYear)) return null;
  return { whole, parts };
}
