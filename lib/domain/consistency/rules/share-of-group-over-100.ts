import { findPercentages, findQuantities, type Quantity } from "../numbers";
import { formatPercent, type ConsistencyRule, type Finding } from "../rule";
import { isCountOf } from "./part-of-whole";
import { isShareOfAWhole } from "./share-context";

// A share of a group of people or things cannot pass 100%: "104% of its pupils passed", "Of the 300 trees,
// 108% survived". A share of an amount can: "105% of its budget", "120% of last year's sales", "150% of GDP",
// so a plural that measures an amount (sales, profits, levels) is not a group.
const OF_A_GROUP = /^\s+of\s+(?:(?:the|its|their|all|those|these|our|his|her|your|this\s+year[’']s|last\s+year[’']s)\s+)?(?:[\d,]+\s+)?((?:[\p{L}’'-]+\s*){1,4})/iu;
const GROUP_WORDS = new Set(["people", "children", "men", "women", "staff", "police", "cattle", "sheep", "fish", "personnel", "electorate", "population", "workforce", "membership"]);
// Plurals that are amounts, not members: a share of them may pass 100%.
const AMOUNTS = new Set([
  "sales", "revenues", "earnings", "profits", "costs", "assets", "wages", "salaries", "prices", "levels", "figures",
  "forecasts", "estimates", "targets", "expectations", "needs", "requirements", "emissions", "imports", "exports",
  "reserves", "funds", "payments", "benefits", "premiums", "rents", "fees", "losses", "returns", "debts", "liabilities",
  "savings", "incomes", "budgets", "totals", "averages", "values", "rates", "numbers", "capacities", "means", "norms",
  "outputs", "yields", "takings", "receipts", "bills", "taxes", "spends", "volumes", "counts", "results", "hours",
  "days", "weeks", "months", "years", "minutes", "pensions", "allowances", "sums", "quotas", "goals", "limits",
]);
// "Of the 300 trees planted last spring, 108% survived": the group named first, the share then doing something.
const GROUP_FIRST = /^\s*of\s+(?:the|its|their|all|those|these)\s+(?:[\d,]+\s+)?((?:[\p{L}’'-]+\s*){1,3})[^,]{0,60},\s*(?:(?:fully|some|about|around|nearly|almost|a|an)\s+)?$/iu;
const DOES_SOMETHING = /^\s+(?:of\s+(?:them|those)\s+)?(?:had\s+|have\s+|were\s+|are\s+|was\s+)?(?:\p{Ll}+(?:ed|ived|ew|ot|ent|ame|oke|ound)|said|say|took|take|made|won|got|left|went|came|saw|did|do|voted|passed|failed)\b/u;

function isGroupNoun(noun: string): boolean {
  const word = noun.toLowerCase().replace(/[’']s$/, "");
  if (AMOUNTS.has(word)) return false;
  return GROUP_WORDS.has(word) || (/[^s]s$/.test(word) && word.length > 3);
}

// The head of "the registered voters in the district": the first word that is a group or an amount.
function headGroup(words: string): string | null {
  for (const word of words.trim().split(/\s+/)) {
    const plain = word.toLowerCase().replace(/[’']s$/, "");
    if (AMOUNTS.has(plain)) return null;
    if (isGroupNoun(plain)) return plain;
  }
  return null;
}

function groupOf(sentence: string, share: Quantity): string | null {
  const after = OF_A_GROUP.exec(sentence.slice(share.end, share.end + 80));
  if (after) return headGroup(after[1]);
  const first = GROUP_FIRST.exec(sentence.slice(0, share.start));
  const group = first ? headGroup(first[1]) : null;
  return group && DOES_SOMETHING.test(sentence.slice(share.end, share.end + 40)) ? group : null;
}

export const shareOfGroupOver100: ConsistencyRule = {
  id: "share-of-group-over-100",
  description: "A share of a group of people or things cannot be more than 100%.",
  check(sentence) {
    const findings: Finding[] = [];
    for (const share of findPercentages(sentence)) {
      if (share.isFraction || share.value <= 100 || share.high !== undefined || !isShareOfAWhole(sentence, share)) continue;
      const group = groupOf(sentence, share);
      if (!group) continue;
      findings.push({
        ruleId: shareOfGroupOver100.id,
        message: `${formatPercent(share.value)} of ${group}: a share of a group cannot be more than all of it.`,
        start: share.start,
        end: share.end,
      });
    }
    // "Some 5,200 of the 4,800 workers at the plant walked out": a count taken out of a smaller group of its own.
    const counts = findQuantities(sentence);
    for (let i = 0; i + 1 < counts.length; i++) {
      const [part, whole] = [counts[i], counts[i + 1]];
      if (part.value <= whole.value || part.high !== undefined || whole.high !== undefined || !isGroupNoun(whole.unit) || !isCountOf(sentence, part, whole)) continue;
      findings.push({
        ruleId: shareOfGroupOver100.id,
        message: `${part.text.trim()} of ${whole.text.trim()} ${whole.unit}: a part of a group cannot be more than all of it.`,
        start: part.start,
        end: whole.end,
      });
    }
    return findings;
  },
};
