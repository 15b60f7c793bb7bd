import { wordValue } from "../number-words";
import { findQuantities, type Quantity } from "../numbers";
import type { ConsistencyRule, Finding } from "../rule";

const ORDINALS: Record<string, number> = {
  second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8, "9th": 9, "10th": 10,
};
const ORDINAL = /\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[2-9]th|2nd|3rd|10th)\b/gi;
// "behind only France and Italy", "after Toyota and Volkswagen", "behind the top two".
const AHEAD_LIST = /^(?:[^.;]{0,60}?)\b(behind|after|trailing)\s+(only\s+)?([^.;]+)/i;
const LIST_END = /,\s+(?:but|while|which|who|with|and\s+(?:is|was|has|its|it))\b|\s+(?:with|in|on|by|at|for|since|last|this|when)\s/i;
const TOP_N = /^(?:the\s+)?top\s+(\w+)\b/i;

const HIGHER = /\b(?:largest|biggest|busiest|tallest|highest|oldest|longest|richest|heaviest|most\s+(?!of\b)[\p{L}-]+)\b/giu;
const LOWER = /\b(?:smallest|lowest|cheapest|youngest|shortest|poorest|lightest|least\s+(?!of\b)[\p{L}-]+)\b/giu;
const RANKED_BEFORE = /\b(?:second|third|fourth|fifth|sixth|[2-9]th|2nd|3rd|one of the|among the|not the|no longer the|once the|formerly the)[\s-]*$/i;
const COMPARED = /\b(?:ahead of|against|than|though|although|while|whereas|compared with|compared to|behind|beside|alongside|versus|vs)\b/i;

/**
 * Ranks against what the sentence says of the others. An ordinal against the
 * list ahead of it: "the second-largest, behind only France and Italy" (two
 * ahead is third; without "only" the list may be shorter, never longer). A
 * superlative against the figures compared with it: "the biggest seller with
 * 2 million, ahead of Toyota's 2.5 million"; "the smallest, with 20 seats, is
 * larger than the Greens with 12".
 */
export const rankMismatch: ConsistencyRule = {
  id: "rank-mismatch",
  description: "A rank (“second-largest”, “the biggest”) must agree with the others named and their figures.",
  check(sentence) {
    return [...ordinalAgainstList(sentence), ...superlativeAgainstFigures(sentence)];
  },
};

function ordinalAgainstList(sentence: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of sentence.matchAll(ORDINAL)) {
    const rank = ORDINALS[match[1].toLowerCase()];
    const tail = sentence.slice(match.index + match[0].length);
    const ahead = AHEAD_LIST.exec(tail);
    if (!rank || !ahead) continue;
    const isOnly = Boolean(ahead[2]);
    const count = countItems(ahead[3]);
    if (count === null || (isOnly ? count === rank - 1 : count <= rank - 1)) continue;
    findings.push({
      ruleId: rankMismatch.id,
      message: `“${match[0]}”, but ${count} ${count === 1 ? "is" : "are"} named ahead${isOnly ? " and only them" : ""}: that makes it ${ordinalWord(count + 1)}.`,
      start: match.index,
      end: match.index + match[0].length + ahead.index + ahead[0].length,
    });
  }
  return findings;
}

function countItems(list: string): number | null {
  const top = TOP_N.exec(list.trim());
  if (top) {
    const n = /^\d+$/.test(top[1]) ? Number(top[1]) : wordValue(top[1].toLowerCase());
    return Number.isFinite(n) ? n : null;
  }
  const end = LIST_END.exec(list);
  const items = (end ? list.slice(0, end.index) : list).split(/,\s*(?:and\s+)?|\s+and\s+/).filter((item) => /\p{L}/u.test(item));
  if (items.length === 0 || items.some((item) => item.trim().split(/\s+/).length > 4)) return null;
  return items.length;
}

function ordinalWord(rank: number): string {
  return Object.entries(ORDINALS).find(([, value]) => value === rank)?.[0] ?? `number ${rank}`;
}

function superlativeAgainstFigures(sentence: string): Finding[] {
  const quantities = findQuantities(sentence).filter((q) => !q.isYear);
  const findings: Finding[] = [];
  for (const [pattern, higher] of [[HIGHER, true], [LOWER, false]] as const) {
    for (const match of sentence.matchAll(pattern)) {
      if (RANKED_BEFORE.test(sentence.slice(Math.max(0, match.index - 14), match.index))) continue;
      const end = match.index + match[0].length;
      // "the smallest of the three": the three are the group, not a figure.
      const own = nearest(quantities.filter((q) => !/^\s+of\s+(?:the\s+|its\s+)?$/i.test(sentence.slice(end, q.start))), match.index, end);
      if (!own) continue;
      for (const other of quantities) {
        if (other === own || kindOf(sentence, other) !== kindOf(sentence, own)) continue;
        const between = other.start > own.end ? sentence.slice(own.end, other.start) : "";
        if (!COMPARED.test(between)) continue;
        if (higher ? other.value <= own.value : other.value >= own.value) continue;
        findings.push({
          ruleId: rankMismatch.id,
          message: `“${match[0]}” with ${own.text.trim()}, but ${other.text.trim()} is ${higher ? "more" : "less"}.`,
          start: Math.min(match.index, own.start),
          end: Math.max(end, other.end),
        });
      }
    }
  }
  return findings;
}

function nearest(quantities: Quantity[], start: number, end: number): Quantity | null {
  let best: Quantity | null = null;
  let distance = 60;
  for (const q of quantities) {
    const d = q.start >= end ? q.start - end : start - q.end;
    if (d >= 0 && d < distance) {
      best = q;
      distance = d;
    }
  }
  return best;
}

/** What a figure measures, as far as comparing two of them goes: a share, money, an age, or a count. */
function kindOf(sentence: string, q: Quantity): string {
  if (q.isPercent) return "%";
  if (q.currency) return q.currency;
  if (/^[-\s]years?[-\s]old\b/i.test(sentence.slice(q.end, q.end + 12))) return "age";
  // "At 30, she is the youngest", "aged 61": a bare number after "at" or "aged" (not "at 500 metres").
  if (q.unit === "" && q.value <= 120 && /\b(?:at|aged)\s+$/i.test(sentence.slice(Math.max(0, q.start - 7), q.start))) return "age";
  return "count";
}
