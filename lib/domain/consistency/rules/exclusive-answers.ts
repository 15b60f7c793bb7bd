import type { Quantity } from "../numbers";

// Answers that exclude each other, read both where shares are collected under their wholes and where a group is
// asked whether its shares may overlap: one list, so that the two readings cannot drift apart.
// (A part of shares-over-100 in a file of its own: this reads which answers are one side each of a question.)

// ("Half use only the app, 35% use a mix of app and branch and 22% rely entirely on branches": a sentence that says
// which use only one thing draws a line through the users, one side each.)
export const ONLY_ONE_USED = /\b(?:use|uses|used|rely|relies|relied|depend|depends|depended)\s+(?:only|solely|exclusively|entirely|just|wholly)\b/i;
// Answers that exclude each other: approve/disapprove, support/oppose, yes/no, for/against.
export const OPPOSITES: [RegExp, RegExp][] = [
  [/\bapprov(?:e|es|ed|al)\b/i, /\bdisapprov(?:e|es|ed|al)\b/i],
  [/\b(?:support|supports|supported|back|backed|favour|favor|favoured|favored)\b/i, /\b(?:oppose|opposes|opposed|against)\b/i],
  [/\byes\b/i, /\bno\b/i],
  [/\bagree(?:s|d)?\b/i, /\bdisagree(?:s|d)?\b/i],
  [/\b(?:for|in favour)\b/i, /\bagainst\b/i],
  [/\bconvict(?:s|ed|ion)?\b/i, /\bacquit(?:s|ted|tal)?\b/i],
  [/\baccept(?:s|ed)?\b/i, /\breject(?:s|ed)?\b/i],
  [/\b(?:better|improved)\b/i, /\bworse(?:ned)?\b/i],
  [/\b(?:remain|stay)(?:s|ed)?\b/i, /\bleav(?:e|es|ing)|\bleft\b/i],
  [/\bpass(?:es|ed)?\b/i, /\bfail(?:s|ed)?\b/i],
];

export function areOppositeAnswers(sentence: string, first: Quantity, second: Quantity): boolean {
  const [a, b] = [sentence.slice(first.end, second.start), sentence.slice(second.end, second.end + 20)];
  return OPPOSITES.some(([x, y]) => (x.test(a) && y.test(b)) || (y.test(a) && x.test(b)));
}
