import type { Quantity } from "../numbers";

// (A part of shares-over-100 in a file of its own: this reads one way a whole is told as split between parts.)
//
// "Seats in the chamber now split Labour 44%, Conservatives 39% and others 22%", "Spending is divided 45% health,
// 35% education and 25% defence": after "split" or "divided", a list of shares each with a label of a word or few,
// no verb or setting of its own, is the whole cut into those parts, one each. ("split 64% to 41%" is read apart.)
// Not so when a label is a place or a time ("split 60% in Kent and 55% in Essex": the rates of two places), nor when
// a comma comes between the verb and the list ("Opinion split sharply, Labour voters 70% in favour …").
const SPLIT_WORD = /\b(?:split|splits|divided|shared)\s+(?:(?:between|among|into)\s+)?/giu;
const LABEL = "(?:[\\p{L}’'&-]+\\s+){0,3}";
const LEAD = new RegExp(`^${LABEL}(?:(?:some|about|roughly|around|nearly|almost|just)\\s+)?$`, "u");
const GAP = new RegExp(`^\\s*(?:[\\p{L}’'&-]+\\s*){0,3}(?:,\\s*(?:and\\s+)?|\\s+and\\s+)${LABEL}$`, "u");
const NOT_A_LABEL = /\b(?:in|at|on|among|across|for|from|by|to|of|up|down|rose|fell|was|were|is|are|in\s+favour|against|last|this|year|years|month|since|while|but|with)\b|\d/i;

// ("Deposits were split 44% in cash Isas, 37% in easy-access accounts and 26% in fixed-term bonds": where each part
// is kept, told with "in" and a common noun, is its label; "in Kent", "in the north" name places, rates of their own.)
const IN_A_KIND = /^\s*in\s+(?!(?:the|this|last|each|every)\b)(?=\p{Ll})/u;
const IN_LABEL = /(^|,|\band\b)\s*in\s+(?!(?:the|this|last|each|every)\b)(?=\p{Ll})/giu;

/** Shares listed, each with its label, right after "split"/"divided" (see above); [] when there is no such list. */
export function splitList(sentence: string, shares: readonly Quantity[]): Quantity[] {
  for (const match of sentence.matchAll(SPLIT_WORD)) {
    const from = (match.index ?? 0) + match[0].length;
    const first = shares.find((share) => share.start >= from);
    const lead = first ? sentence.slice(from, first.start) : "";
    if (!first || !LEAD.test(lead) || NOT_A_LABEL.test(lead)) continue;
    const list = [first];
    const told = (share: Quantity) => IN_A_KIND.test(sentence.slice(share.end, share.end + 20));
    const inKinds = told(first);
    for (const share of shares.filter((q) => q.start > first.start)) {
      const gap = sentence.slice(list[list.length - 1].end, share.start);
      const label = inKinds && told(share) ? gap.replace(IN_LABEL, "$1 ") : gap;
      if (!GAP.test(label) || NOT_A_LABEL.test(label.replace(/\band\b/gi, ""))) break;
      list.push(share);
    }
    // ("… and others 22%." or "… 25% defence.": the last label, when it comes after its share, is no place either.)
    const tail = sentence.slice(list[list.length - 1].end).replace(/[.,;].*$/s, "").replace(inKinds ? IN_A_KIND : /$^/, " ");
    if (list.length >= 2 && !NOT_A_LABEL.test(tail)) return list;
  }
  return [];
}
