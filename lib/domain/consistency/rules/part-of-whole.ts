import type { Quantity } from "../numbers";

/** "290 of the 650": a count taken out of a larger count, as a share in per cent. */
export type PartOfWhole = { part: Quantity; whole: Quantity; share: number; start: number; end: number };

// "290 of the 650", "four of its nine members", "4.1 million of 9 million", "140 out of 300",
// "25,000 of the museum's 2.5 million objects", "2.3 million of last year's 6.8 million" (a possessive of two words).
// ("2,800 of about 6,500 respondents": a whole may be rounded; not "of nearly", "of over", which bound it one way.)
// ("212 of its fleet of 480", "40 of a workforce of 300", "nine of a total of 15": the whole's noun may come first,
// with "of" before the count.)
const OF = /^\s+(?:out\s+)?of\s+(?:(?:the|its|their|all|his|her)\s+)?(?:(?:[\p{L}’'-]+\s+)?[\p{L}’'-]+[’']s\s+)?(?:(?:about|around|some|roughly|approximately)\s+)?$|^\s+of\s+(?:the|its|their|his|her|a|an)\s+[\p{L}-]+\s+of\s+(?:(?:about|around|some|roughly|approximately)\s+)?$/u;

const isCount = (q: Quantity) => !q.isPercent && !q.isYear && !q.isFraction;

/** Every "A of B" in the sentence where A and B are counts and A is at most B. */
export function partsOfWholes(sentence: string, quantities: readonly Quantity[]): PartOfWhole[] {
  const found: PartOfWhole[] = [];
  for (let i = 0; i + 1 < quantities.length; i++) {
    const [part, whole] = [quantities[i], quantities[i + 1]];
    if (!isCount(part) || !isCount(whole) || whole.value <= 0 || part.value > whole.value) continue;
    if (!isCountOf(sentence, part, whole)) continue;
    found.push({ part, whole, share: (100 * part.value) / whole.value, start: part.start, end: whole.end });
  }
  return found;
}

/** Whether `part` is written as a count taken out of `whole` ("290 of the 650"), whichever is larger. */
export function isCountOf(sentence: string, part: Quantity, whole: Quantity): boolean {
  if (!isCount(part) || !isCount(whole) || part.currency !== whole.currency) return false;
  const between = sentence.slice(part.end, whole.start);
  // "1.1 tonnes of its 3.5-tonne total", "40 miles of its 120 miles": a measure names its unit before "of", and the
  // whole is in the same unit.
  const unit = part.unit.toLowerCase().replace(/s$/, "");
  const lead = /^\s+(\S+)(?=\s)/.exec(between);
  const measured = lead !== null && unit !== "" && unit === whole.unit.toLowerCase().replace(/s$/, "") && lead[1].toLowerCase() === part.unit.toLowerCase();
  return OF.test(measured ? between.slice(lead[0].length) : between);
}
