import type { Quantity } from "../numbers";

// (A part of shares-over-100 in a file of its own: shares-by-whole passes over shares of things done or needed,
// "80% own a phone", "58% recycle glass", which may overlap; this says when such shares are still the answers of
// one question and must be weighed together.)
//
// "55% need one bedroom, 31% two bedrooms and 22% three or more", "60% recycle all their glass, 30% some of it and
// 15% none": the verb said once, or again, of amounts of one thing, each share one amount, is one question's
// answers; a household needs one number of bedrooms. "70% said they had watched the final and 45% had not", "58%
// recycle their glass and 49% do not": the thing done and its bare no exclude each other. ("80% own a phone and 60%
// a laptop", "64% recycle plastic and 52% donate to charity" name things, no amounts: they may overlap.)
const AMOUNT = "(?:no|none|one|two|three|four|five|six|seven|eight|nine|ten|a\\s+single|all|some|most|half|\\d+)\\b";
const VERB_THEN_AMOUNT = new RegExp(`^\\s+(?:of\\s+(?:\\S+\\s+){1,3}?)?(?:(?:said|say|says)\\s+(?:that\\s+)?they\\s+)?(?:(?:had|have|has|would|will)\\s+)?\\p{Ll}+\\s+(?:(?:only|just|at\\s+least)\\s+)?${AMOUNT}`, "iu");
// The next share, its verb left out or said again: " two bedrooms", " recycle some of it".
const AMOUNT_NEXT = new RegExp(`^\\s+(?:(?:\\p{Ll}+)\\s+)?(?:(?:only|just|at\\s+least)\\s+)?${AMOUNT}`, "iu");
const BARE_NO = /^\s+(?:(?:said|say|says)\s+(?:that\s+)?they\s+)?(?:(?:had|have|has|do|does|did|would|will|could)\s+)?(?:not|never)\b|^\s+(?:had|have|has|do|does|did|would|will|could)n[’']t\b/iu;

/** Whether `share`, of a thing done, and the shares after it answer one question (see above). */
export function areAmountsOrItsNo(sentence: string, share: Quantity, later: readonly Quantity[]): boolean {
  const next = later[0];
  if (next && VERB_THEN_AMOUNT.test(sentence.slice(share.end, next.start)) && AMOUNT_NEXT.test(sentence.slice(next.end, next.end + 40))) return true;
  return later.some((other) => BARE_NO.test(sentence.slice(other.end, other.end + 40)));
}
