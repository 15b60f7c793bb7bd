import type { Quantity } from "../numbers";

// (A part of shares-over-100 in a file of its own: this reads one question of a rating told share by share.)
//
// "The survey found 71% rated their overall experience as good, while 36% rated it as poor", "58% described the
// service as excellent and 47% described it as fair": one thing rated, each share giving another mark on one scale,
// are the answers of one question, one each, though no whole is named. Not so when the things rated differ ("71%
// rated their GP as good and 36% rated the hospital as poor": each its own question) or the marks are the same.
const RATED = /^\s+(?:of\s+(?:[\p{L}’'-]+\s+){1,3}?)?(?:(?:had|have|has|would|also|still)\s+)?(?:rated|rate|rates|described|describe|describes|judged|judge|graded|grade|deemed|considered|consider|called|thought|found)\s+((?:[\p{L}’'-]+\s+){1,4}?)(?:as\s+)?(?:(?:very|fairly|quite|extremely)\s+)?(excellent|outstanding|good|fair|average|satisfactory|adequate|unsatisfactory|inadequate|poor|bad|terrible|positive|neutral|negative)\b/iu;
// "it", "them", "this": the thing rated before, rated again.
const SAME_THING = /^(?:it|them|this|that|these|those|theirs|the\s+same)$/i;

/** The shares that each rate one thing with a different mark (see above); [] when they are not such a set. */
export function ratedAnswers(sentence: string, shares: readonly Quantity[]): Quantity[] {
  const found: Quantity[] = [];
  const marks = new Set<string>();
  let thing: string | null = null;
  for (const share of shares) {
    const rated = RATED.exec(sentence.slice(share.end, share.end + 90));
    if (!rated) continue;
    const [object, mark] = [rated[1].trim().toLowerCase(), rated[2].toLowerCase()];
    if (thing === null) thing = object;
    else if (object !== thing && !SAME_THING.test(object)) return [];
    if (marks.has(mark)) return [];
    marks.add(mark);
    found.push(share);
  }
  return found.length >= 2 ? found : [];
}
