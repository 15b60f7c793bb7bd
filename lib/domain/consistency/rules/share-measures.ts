import type { Quantity } from "../numbers";

// One share measured two ways: "73% of the fleet's catch by value and 81% by weight", "60% of exports by volume
// but only 40% by value", "half the firms by number, 80% by turnover". Each measure is a whole of its own, so the
// shares are of two wholes, not two parts of one. A share with no measure of its own goes on with the one before.
const BY_MEASURE = /^\s+(?:of\s+[^,;.]{0,40}?\s+)?by\s+(value|weight|volume|number|numbers|count|headcount|revenue|revenues|sales|turnover|area|mass|tonnage|length|distance|size|population|spending|market\s+value|capacity)\b/i;

/** The shares split by the measure each is taken by, when two or more measures are named; else the shares as one. */
export function byMeasure(sentence: string, shares: readonly Quantity[]): Quantity[][] {
  const groups = new Map<string, Quantity[]>();
  let measure = "";
  for (const share of shares) {
    measure = BY_MEASURE.exec(sentence.slice(share.end, share.end + 80))?.[1].toLowerCase() ?? measure;
    groups.set(measure, [...(groups.get(measure) ?? []), share]);
  }
  const named = [...groups.keys()].filter((key) => key !== "");
  return named.length >= 2 ? [...groups.values()] : [[...shares]];
}
