import type { Quantity } from "../numbers";

// (A part of shares-over-100 in a file of its own: this reads shares that are bands of one scale, which
// shares-may-overlap would otherwise take for different things said of the whole.)

// The words a share is told in, up to the next share.
function toldOf(sentence: string, shares: readonly Quantity[], i: number): string {
  return sentence.slice(shares[i].end, Math.min(shares[i].end + 80, shares[i + 1]?.start ?? sentence.length));
}

// "72% of patients were seen within four hours and 35% waited longer": inside a limit and past it, the two sides of
// one line. ("… and 35% waited longer than an hour" sets another limit, which the first side may be past too.)
const WITHIN = /^[^,;]{0,40}?\b(?:within|inside|in\s+under|in\s+less\s+than)\b/i;
const LONGER = /^\s+(?:(?:had\s+to\s+)?(?:waited|wait|waits|took|take|takes|needed|spent|were\s+kept\s+waiting)\s+)?(?:longer|more\s+than\s+that|over\s+that|beyond\s+that)(?:\s+than\s+that)?\s*(?:[,.;]|$|\s(?:and|while|but|or)\s)/i;

export function areSidesOfALimit(sentence: string, shares: readonly Quantity[]): boolean {
  const within = shares.filter((_, i) => WITHIN.test(toldOf(sentence, shares, i)));
  const past = shares.filter((_, i) => LONGER.test(toldOf(sentence, shares, i)));
  return within.length === 1 && past.length === 1 && shares.length === 2;
}

// "Of the children screened, 64% had a normal weight, 29% were moderately malnourished and 14% severely
// malnourished": one word told at two degrees is a scale, its bands one each, and a "normal" or "healthy" share beside
// them is the band below. ("60% had mild symptoms and 45% were severely obese" are two scales, which may overlap.)
const DEGREE = /\b(mild(?:ly)?|moderate(?:ly)?|severe(?:ly)?|slight(?:ly)?|serious(?:ly)?|critical(?:ly)?|extreme(?:ly)?|acute(?:ly)?)\s+([\p{L}-]+)/iu;
const BASELINE = /\b(?:normal|healthy)\b/i;

export function areBandsOfOneScale(sentence: string, shares: readonly Quantity[]): boolean {
  const degrees = new Map<string, Set<string>>();
  let others = 0;
  shares.forEach((_, i) => {
    const words = toldOf(sentence, shares, i);
    const degree = DEGREE.exec(words);
    if (degree) {
      const head = degree[2].toLowerCase();
      degrees.set(head, (degrees.get(head) ?? new Set<string>()).add(degree[1].toLowerCase().replace(/ly$/, "")));
    } else if (BASELINE.test(words)) others++;
    else others = Number.NaN;
  });
  // (Every share a degree of one head, or the band below it.)
  return degrees.size === 1 && [...degrees.values()][0].size >= 2 && !Number.isNaN(others);
}
