import type { Quantity } from "../numbers";
import { formatPercent, type ConsistencyRule, type Finding } from "../rule";
import { byMeasure } from "./share-measures";
import { groupSharesByWhole } from "./shares-by-whole";
import { ONE_LINE, addGroupsOfNoNamedWhole } from "./no-named-whole";
import { mayOverlap } from "./shares-may-overlap";

// The rule and its flow: shares collected under their wholes (shares-by-whole), groups of shares with no whole
// named (no-named-whole), then each group over 100% flagged unless its shares may overlap (shares-may-overlap).

// "Respondents could pick several reasons": answers that may overlap, whatever their verbs.
// ("could choose more than one", "more than one answer": a choice of several; "48% owned more than one" is an answer.)
// ("… with girls counted in both groups": overlapping groups said to overlap.)
const MANY_ANSWERS = /\b(?:several|(?:choose|chose|pick|picked|name|named|select|selected|give|gave|cite|cited|tick|ticked|mention|mentioned)\s+more\s+than\s+one|more\s+than\s+one\s+(?:answer|option|choice|response|reason|box)|(?:counted|included|listed|appear|appears|fall|falls|belong|belongs)\s+(?:in|into|to|under)\s+(?:both|each\s+of\s+the|more\s+than\s+one)|(?:counted|included)\s+twice|double[-\s]count(?:ed|ing)|multiple|any\s+number\s+of|all\s+that\s+appl(?:y|ied)|(?:could|may|might|allowed\s+to)\s+(?:choose|pick|name|select|give|cite)\s+(?:more|several|up\s+to|any))\b/i;

/**
 * Shares of one whole adding up to more than 100%. A share's whole is the noun
 * after "of"/"in" ("43% of Nissan", "a 15% stake in Renault"); a share without one
 * counts towards the whole of the share before it ("60% of voters backed A and
 * 55% backed B"). Changes and ranges ("rose 5%", "from 10% to 20%") are not
 * shares; a share restated ("half, some 51%") counts once; shares of people who
 * "own a" or "use a" thing may overlap. Shares with no whole at all count
 * together when the sentence gives answers that exclude each other
 * ("48% approve … 57% disapprove").
 */
export const sharesOver100: ConsistencyRule = {
  id: "shares-over-100",
  description: "Shares of one whole cannot add up to more than 100%.",
  check(sentence) {
    if (MANY_ANSWERS.test(sentence)) return [];
    const { groups, names, wholeless } = groupSharesByWhole(sentence);
    addGroupsOfNoNamedWhole(sentence, wholeless, groups, names);
    const findings: Finding[] = [];
    // (One list may be read two ways, as answers and as stakes: it is flagged once.)
    const flagged = new Set<string>();
    // ("73% of the catch by value and 81% by weight": each measure its own whole.)
    for (const [key, shares] of [...groups].flatMap(([key, grouped]) => byMeasure(sentence, withoutSoldHolding(sentence, grouped.filter((share, i) => i === 0 || !asksOfAnother(sentence, share)))).map((part) => [key, part] as const))) {
      const whole = names.get(key) ?? key;
      const total = shares.reduce((sum, share) => sum + share.value, 0);
      // Rounded shares: with three or more, 101% is routine (a poll's 38%, 34% and 29%); with two ("51% against
      // 50%") it needs both on a half, rare enough to flag. So half a point for every share past the first.
      const rounding = shares.slice(1).reduce((sum, share) => sum + (share.isFraction ? 0 : /\.\d/.test(share.text) ? 0.05 : 0.5), 0);
      const span = shares.map((share) => share.start).join(",");
      if (shares.length < 2 || total <= 100 + Math.max(0.5, rounding) || flagged.has(span) || (!ONE_LINE.has(key) && mayOverlap(sentence, shares))) continue;
      flagged.add(span);
      findings.push({
        ruleId: sharesOver100.id,
        message: `Shares of ${whole} add up to ${formatPercent(total)} (${shares.map((s) => s.text.trim()).join(" + ")}): more than the whole.`,
        start: shares[0].start,
        end: shares[shares.length - 1].end,
      });
    }
    return findings;
  },
};

// "The owner, who held 51% of the shares, has sold a 20% stake, leaving him with 31%": a holding, the part of it
// sold and what is left. The part and the rest add up to the holding, which is their whole, not a third share beside
// them. ("The bank holds 49%, leaving the founders with 51%" sells nothing: two holders' shares.)
const SOLD = /\b(?:sold|sells|selling|sale|offload(?:s|ed|ing)?|transferr(?:ed|ing)|disposed\s+of|gave\s+up|giving\s+up)\b/i;
const LEFT = /\b(?:leaving|leaves|left|remaining|retain(?:s|ed|ing)?|keep(?:s|ing)?|kept)\b/i;

function withoutSoldHolding(sentence: string, shares: Quantity[]): Quantity[] {
  if (shares.length < 3 || !SOLD.test(sentence) || !LEFT.test(sentence)) return shares;
  const [held, ...rest] = shares;
  const sumsTo = rest.some((part, i) => rest.slice(i + 1).some((other) => Math.abs(part.value + other.value - held.value) <= 0.5));
  return sumsTo ? rest : shares;
}

// "78% of savers said easy access was important and 65% said the same of the interest rate", "… and 60% felt the same
// about diesel": the question put again of another thing, whose yes is no answer beside the first's and may take in
// the same people. It leaves the group; the rest are still weighed ("… while 52% opposed the strike").
// ("… and 22% said the opposite", "… and 22% said the same" name no other thing: answers to the first question.)
const SAME_OF_ANOTHER = /^\s+(?:(?:said|say|says|felt|feel|feels|thought|think|thinks|agreed|agree|agrees|answered)\s+(?:the\s+same|likewise|so)(?:\s+(?:thing|way))?\s+(?:of|about|for|regarding|when\s+asked\s+about)|(?:said|say|says)\s+the\s+same\s+(?:was|is|went)\s+(?:true\s+of|for))\s/i;

function asksOfAnother(sentence: string, share: Quantity): boolean {
  return SAME_OF_ANOTHER.test(sentence.slice(share.end, share.end + 60));
}
