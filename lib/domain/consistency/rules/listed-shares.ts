import type { Quantity } from "../numbers";

// (A part of shares-over-100 in a file of its own: this reads one way a list of parts names its whole.)
//
// "The group's three divisions contributed 48%, 33% and 24% of total operating profit respectively", "Labour, the
// Tories and Reform took 38%, 34% and 31% of the vote": a bare list of shares after a verb of taking or making up a
// part, the whole named once after the last, is the subjects' parts of that one whole. With two, "respectively" says
// the shares go one to each subject. ("The schools passed 60%, 65% and 70% of their pupils" are each school's rate,
// no verb of taking a part; "… of the vote in 2015, 2017 and 2019" and "tariffs of 25%, 10% and 15% of the value" are
// one holder at three times and rates charged; "… of the vote in three elections", "… of seats at the two councils"
// name wholes of their own, one each.)
const TAKES_A_PART = /\b(?:contribut(?:ed|es|e)|accounted\s+for|accounts?\s+for|made\s+up|makes?\s+up|took|takes?|won|wins?|held|holds?|owned|owns?|generat(?:ed|es|e)|received|receives?|secured|captured|claimed|represent(?:ed|s)?|provid(?:ed|es|e)|suppli(?:ed|es)|supply)\s+(?:(?:about|some|roughly|around|nearly|almost|just|respectively)\s+)?$/i;
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:about|some|roughly|around|nearly|almost|just)\s+)?$/i;
const WHOLE_AFTER = /^\s+of\s+(?:(?:the|its|their|total|all)\s+)*[\p{L}’'-]+(?:\s+(?!(?:in|at|across|among|over|during|between|for)\b)[\p{L}’'-]+){0,4}?(\s+respectively)?\s*(?:[,.;]|$)/iu;
const NO_PARTS = /\b(?:tariffs?|tax(?:es)?|duty|duties|levy|rates?|interest|each|every|per|turnout)\b|\b(?:1[5-9]|20)\d\d\b/i;

/** A bare list of shares of one whole named after the last (see above); [] when there is no such list. */
export function listedShares(sentence: string, shares: readonly Quantity[]): Quantity[] {
  for (let i = 0; i < shares.length; i++) {
    if (!TAKES_A_PART.test(sentence.slice(Math.max(0, shares[i].start - 40), shares[i].start))) continue;
    let j = i;
    while (j + 1 < shares.length && LIST_GAP.test(sentence.slice(shares[j].end, shares[j + 1].start))) j++;
    const list = shares.slice(i, j + 1);
    const whole = WHOLE_AFTER.exec(sentence.slice(shares[j].end));
    if (!whole || list.length < (whole[1] ? 2 : 3) || NO_PARTS.test(sentence)) continue;
    return list;
  }
  return [];
}
