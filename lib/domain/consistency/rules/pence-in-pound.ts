import { findQuantities, roundingSlack } from "../numbers";
import type { Finding } from "../rule";

// A percentage restated as pence in the pound: "The 3.2 per cent pay award is worth 32p in every pound" is 3.2p; "a
// 40 per cent recovery, or 40 cents on the dollar". Pence in the pound are no measure of measures.ts, so
// unit-restatement reads them here (its own file: the rule stays short, and the shared parsers stay as they are).

// "32p in every pound", "3.2 pence in the pound", "40 cents on the dollar", "5c in every €1".
const PENCE_IN_POUND = /(?<![\d.,])(\d+(?:\.\d+)?)\s?(?:p|pence|cents?|c)\s+(?:in|on|of|out\s+of|from)\s+(?:the|every|each|a)\s+(?:pound|dollar|euro|[£$€]1)(?![\p{L}\d])/giu;
// Between the percentage and the pence: at most four words of what it is of ("pay award", "of what they are owed"),
// then a bracket, comma or dash and perhaps "or", or a verb that gives its worth ("is worth", "amounts to").
// ("A 5 per cent rise, while income tax stays at 20p in the pound": another word breaks it.)
const SAID_AS = /^(?:\s+(?!(?:while|but|and|as|after|before|when|with|than|against)\b)[\p{L}’'-]+){0,5}?\s*(?:(?:,|\(|[–—]|\s-\s)\s*(?:(?:or|that is|i\.e\.|equivalent to|the equivalent of|meaning)\s+)?|\s+(?:(?:is|are|was|were|will\s+be|would\s+be)\s+(?:worth|equivalent\s+to)|equals|means|amounts\s+to|works\s+out\s+at|comes\s+to)\s+)(?:(?:some|about|around|roughly|nearly|almost|just\s+over|just\s+under|approximately)\s+)?$/iu;

/** "3.2 per cent …, worth 32p in every pound": the percentage against the pence in the pound it is said to be. */
export function penceAgainstPercent(sentence: string, ruleId: string): Finding[] {
  if (!/\b(?:pound|dollar|euro)\b|[£$€]1\b/i.test(sentence)) return [];
  const shares = findQuantities(sentence).filter((q) => q.isPercent && !q.isFraction && q.high === undefined);
  const findings: Finding[] = [];
  for (const m of sentence.matchAll(PENCE_IN_POUND)) {
    const share = shares.filter((q) => q.end <= m.index).at(-1);
    if (!share || !SAID_AS.test(sentence.slice(share.end, m.index))) continue;
    const pence = Number(m[1]);
    const decimals = m[1].split(".")[1]?.length ?? 0;
    const slack = Math.max(roundingSlack(share), 0.5 * 10 ** -decimals) + (share.approx === "exact" ? 0.02 : 0.06) * Math.max(pence, share.value);
    // ("A 1.5% administration cost means 98.5p of every pound goes to projects": the rest of the pound, said instead.)
    if ([share.value, 100 - share.value].some((value) => Math.abs(pence - value) <= slack)) continue;
    findings.push({
      ruleId,
      message: `${share.text.trim()} is ${Number(share.value.toPrecision(4))} in every hundred, but it is restated as ${m[0]}.`,
      start: share.start,
      end: m.index + m[0].length,
    });
  }
  return findings;
}
