import { findQuantities, roundingSlack, type Quantity } from "../numbers";
import type { ConsistencyRule, Finding } from "../rule";

type Breakdown = { from: number; to: number; isPartial: boolean };

// A total said to be one: "a total of 12", "totalling 12", "12 in total", "In all, 600", "Overall there were 2.3 million".
const TOTAL_BEFORE = /\b(?:a total of|total of|totall?ing|totall?ed|in total|in all|altogether|overall)\b,?\s+(?:(?:there|it|they)\s+(?:were|was|are|is)\s+|about\s+|some\s+)?$/i;
const TOTAL_AFTER = /^(?:\s+[\p{L}’'-]+){0,3}?\s+(?:in total|in all|altogether)\b/iu;
// A count that a list may break down: "The 40 passengers", "has 14 branches", "numbers 75 aircraft", "the eight-member panel".
const COUNT_BEFORE = /\b(?:the|its|their|all|has|have|had|employs|employed|numbers|numbered|of)\s+$/i;
const OF_THE_START = /^\s*of\s+(?:the|its|their)\s+$/i;
// Where the parts start, after at most four words: "…: 5 from A", "(5 … and 6 …)", "– 22 adults and", "is made up of", ", of which".
const STARTER =
  /^((?:[-\s]+[\p{L}’'-]+){0,4}?)\s*(:|\(|\s[–—]\s|,\s+(?:of which|with)\b|\s(?:is |are |were |was )?(?:made up of|comprises|comprising|consists of|consisting of|split between|divided between|namely)\b|,\s+(?:including|includ(?:es|ed))\b|\s(?:includes|included|including)\b|\s(?:are|were)(?=\s+\p{Lu})|,(?=\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?,)|,(?=\s+[$£€]?\d|\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b))/iu;
const MAX_BREAKDOWN = 300;

/**
 * A total that is not the sum of the parts listed after it: "a total of 12:
 * 5 from A and 6 from B" (11); "the 40 passengers – 22 adults and 15 children"
 * (37); "four countries – France, Spain, Italy, Greece and Portugal" (five). A
 * list after "including" or after "Of the 15 candidates," may be partial, so
 * there only parts adding up to more than the total are flagged. Rounding is
 * allowed for up to half the last digit of the least precise number.
 */
export const totalMismatch: ConsistencyRule = {
  id: "total-mismatch",
  description: "A total must equal the sum of the parts it is broken into.",
  check(sentence) {
    const quantities = findQuantities(sentence);
    const findings: Finding[] = [];
    quantities.forEach((total, index) => {
      if (total.isYear || total.isFraction) return;
      const before = sentence.slice(Math.max(0, total.start - 40), total.start);
      const isMarked = TOTAL_BEFORE.test(before) || TOTAL_AFTER.test(sentence.slice(total.end, total.end + 40));
      const isOfThe = OF_THE_START.test(sentence.slice(0, total.start));
      const isCount = COUNT_BEFORE.test(before) || sentence.slice(0, total.start).trim() === "";
      const breakdown = breakdownAfter(sentence, total, isMarked, isOfThe);
      // Any figure may be followed by "including …"; other breakdowns need a total or a count.
      if (!breakdown || (!isMarked && !isOfThe && !isCount && !breakdown.isPartial)) return;
      const parts = quantities.slice(index + 1).filter((q) => q.start >= breakdown.from && q.end <= breakdown.to && !q.isYear && q.isPercent === total.isPercent);
      if (parts.length > 0) {
        findings.push(...compare(total, parts, breakdown.isPartial));
        return;
      }
      const named = countNames(sentence.slice(breakdown.from, breakdown.to));
      if (named !== null && !breakdown.isPartial && named !== total.value) {
        findings.push({
          ruleId: totalMismatch.id,
          message: `${total.text.trim()}, but ${named} are named.`,
          start: total.start,
          end: breakdown.to,
        });
      }
    });
    return findings;
  },
};

function breakdownAfter(sentence: string, total: Quantity, isMarked: boolean, isOfThe: boolean): Breakdown | null {
  const after = sentence.slice(total.end, total.end + MAX_BREAKDOWN);
  const match = STARTER.exec(after);
  if (isOfThe) {
    // "Of the 15 candidates, 9 were women and 8 were men": what follows may not be all of them.
    const comma = /^(?:\s+[\p{L}’'-]+){0,3}?\s*,/u.exec(after);
    return comma ? { from: total.end + comma[0].length, to: clauseEnd(sentence, total.end + comma[0].length, ","), isPartial: true } : null;
  }
  if (!match || /\d/.test(match[1])) return null;
  const starter = match[2].trim().toLowerCase();
  const from = total.end + match[0].length;
  const isPartial = /includ/.test(starter);
  // A bare comma or ", with" starts a breakdown only for a total said to be one, or a count someone "has".
  if ((starter === "," || starter.startsWith(", with")) && !isMarked && !/\b(?:has|have|had|employs|numbers)\s+$/i.test(sentence.slice(Math.max(0, total.start - 10), total.start))) return null;
  return { from, to: clauseEnd(sentence, from, starter), isPartial };
}

/** The end of the parts: the closing bracket or dash of the one that opened them, else the clause. */
function clauseEnd(sentence: string, from: number, starter: string): number {
  const rest = sentence.slice(from, from + MAX_BREAKDOWN);
  const stop = starter === "(" ? /\)/.exec(rest) : /^[–—]$/.test(starter) ? /\s[–—]\s|[;.]\s|,\s+(?:but|while)\b/.exec(rest) : /;|\.\s|\.$|,\s+(?:but|while|which|who)\b/.exec(rest);
  return stop ? from + stop.index : from + rest.length;
}

function compare(total: Quantity, parts: Quantity[], isPartial: boolean): Finding[] {
  if (parts.length < (isPartial ? 1 : 2)) return [];
  const sum = parts.reduce((s, part) => s + part.value, 0);
  const slack = Math.max(...[total, ...parts].map(roundingSlack));
  if (isPartial ? sum <= total.value + slack : Math.abs(sum - total.value) <= slack) return [];
  return [{
    ruleId: totalMismatch.id,
    message: `The total is ${total.text.trim()}, but the parts add up to ${formatSum(sum)} (${parts.map((p) => p.text.trim()).join(" + ")}).`,
    start: total.start,
    end: parts[parts.length - 1].end,
  }];
}

// "France, Spain, Italy and Greece", "a man, a woman and a child": items of one to three words.
const ITEM = /^(?:(?:an?|the)\s+[\p{Ll}’'-]+(?:\s+[\p{Ll}’'-]+)?|\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2})$/u;

/** How many items a list of names or things names, or null when it is not such a list. */
function countNames(list: string): number | null {
  let text = list.replace(/^\s*(?:are|were|is|was)\s+/i, "");
  // "Anna, Maria and Sofia, run the farm": the list ends at the comma after its "and".
  const and = text.search(/\s(?:and|&)\s/);
  const comma = and < 0 ? -1 : text.indexOf(",", and);
  if (comma >= 0) text = text.slice(0, comma);
  text = text.replace(/[\s,]+$/, "");
  const items = text.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((item) => item.trim()).filter(Boolean);
  if (items.length < 2 || !items.every((item) => ITEM.test(item))) return null;
  return items.length;
}

function formatSum(value: number): string {
  return Number(value.toFixed(2)).toLocaleString("en-US");
}
