import { WORD_NUMBER } from "../number-words";
import { approximationBefore, parseNumber } from "../numbers";
import type { ConsistencyRule, Finding } from "../rule";

// A ratio named as one ("the ratio … reached 12 to one", "a nurse-to-patient ratio of 1:8"), then said again as a
// multiple ("meaning homes cost eight times earnings") or as so many for every so many ("or 20 nurses for every 100
// patients"). Which way round the writer puts it is not known, so either way is allowed.
const NUMBER = `(\\d+(?:\\.\\d+)?|${WORD_NUMBER})`;
// "of 12 to one", "reached 12 to one", "at 1:8", "fell to one to eight"; not "fell from 12 to 8" (a change).
const RATIO_APPROX = "(?:(?:about|around|roughly|some|nearly|almost|just\\s+over|just\\s+under)\\s+)?";
const RATIO = new RegExp(`\\bratio\\b[^;:.]{0,60}?\\b(?:of|at|to|reached|is|was|hit|stands|stood|now)\\s+${RATIO_APPROX}${NUMBER}\\s*(?:\\bto\\b|:)\\s*${NUMBER}\\b`, "giu");
// "Pupils outnumber teachers by 25 to one": a ratio by another name.
const OUTNUMBER = new RegExp(`\\boutnumber(?:s|ed|ing)?\\b[^;:.]{0,40}?\\bby\\s+${RATIO_APPROX}${NUMBER}\\s*(?:\\bto\\b|:)\\s*${NUMBER}\\b`, "giu");
// Then a bracket, or a comma or dash with "or", "meaning", "that is" and a few words of its own, and the restatement.
const SAID_AGAIN = /^\s*(?:\(\s*|(?:,|\(|[–—]|\s-\s)\s*(?:or|meaning|that is|i\.e\.|in other words|so that|which means)\b(?:\s+(?!(?:and|but|while|whereas|against|compared|than)\b)[\p{L}’'-]+){0,6}?\s+)$/iu;
// ", a ratio of" restates it too, after a few words of where ("outnumber … by 25 to one at the school, a ratio of one
// teacher for every 50 pupils").
const RATIO_OF_AGAIN = /^(?:\s+[\p{L}’'-]+){0,3}\s*(?:,|\(|[–—]|\s-\s)\s*(?:or\s+)?(?:a|the)\s+ratio\s+of\s+$/iu;
const TIMES = new RegExp(`^${NUMBER}\\s+times\\b(?!\\s+(?:a|an|per|each|every)\\s+(?:day|week|month|year|season|night)\\b)`, "iu");
const FOR_EVERY = new RegExp(`^${NUMBER}(?:\\s+[\\p{L}’'-]+){0,2}?\\s+(?:for\\s+every|for\\s+each|per|to\\s+every)\\s+(?:${NUMBER}\\b)?`, "iu");

// "meaning each nurse looks after four patients": so many of the other for each one (a count of things, not hours
// or "three times a day", which TIMES reads or leaves).
const EACH = new RegExp(`^each\\s+[\\p{L}’'-]+(?:\\s+(?!(?:and|but|than)\\b)[\\p{L}’'-]+){1,3}?\\s+${NUMBER}\\s+(?!(?:hours?|minutes?|days?|weeks?|months?|years?|times)\\b)\\p{L}+s\\b`, "iu");

type Restated = { value: number; start: number; end: number; text: string };

function restatementAfter(sentence: string, from: number): Restated | null {
  const rest = sentence.slice(from, from + 120);
  for (let i = 0; i < rest.length; i++) {
    if (!/[\d\p{L}]/u.test(rest[i]) || (i > 0 && /[\d\p{L}]/u.test(rest[i - 1]))) continue;
    if (!SAID_AGAIN.test(rest.slice(0, i)) && !RATIO_OF_AGAIN.test(rest.slice(0, i))) continue;
    const tail = rest.slice(i);
    const times = TIMES.exec(tail);
    const every = times ? null : FOR_EVERY.exec(tail);
    const each = times || every ? null : EACH.exec(tail);
    const value = times ? parseNumber(times[1]) : every ? ratioOf(every[1], every[2] ?? "1") : each ? parseNumber(each[1]) : null;
    const match = times ?? every ?? each;
    if (value !== null && match) return { value, start: from + i, end: from + i + match[0].length, text: match[0] };
  }
  return null;
}

function ratioOf(a: string, b: string): number | null {
  const [x, y] = [parseNumber(a), parseNumber(b)];
  return x !== null && y !== null && y > 0 ? x / y : null;
}

export const ratioRestatement: ConsistencyRule = {
  id: "ratio-restatement",
  description: "A ratio (“12 to one”, “1:8”) restated as a multiple or as so many for every so many must be the same ratio.",
  check(sentence) {
    if (!/\b(?:ratio|outnumber(?:s|ed|ing)?)\b/i.test(sentence)) return [];
    const findings: Finding[] = [];
    for (const match of [...sentence.matchAll(RATIO), ...sentence.matchAll(OUTNUMBER)]) {
      const ratio = ratioOf(match[1], match[2]);
      if (ratio === null || ratio === 0) continue;
      const end = match.index + match[0].length;
      const restated = restatementAfter(sentence, end);
      if (!restated) continue;
      // Either way round; 10% for rounding, a bound only on its side ("more than eight times" holds 12 to one).
      const approx = approximationBefore(sentence, restated.start);
      const fits = [ratio, 1 / ratio].some((r) => approx === "over" ? restated.value <= r * 1.1 : approx === "under" ? restated.value >= r * 0.9 : Math.abs(restated.value - r) <= (approx === "about" ? 0.2 : 0.1) * r);
      if (fits) continue;
      const ratioText = sentence.slice(end - (match[0].length - match[0].search(new RegExp(`${NUMBER}\\s*(?:\\bto\\b|:)\\s*${NUMBER}\\b$`, "iu"))), end);
      findings.push({
        ruleId: ratioRestatement.id,
        message: `A ratio of ${ratioText} is ${format(ratio)} (or ${format(1 / ratio)}), not ${restated.text.trim()} (${format(restated.value)}).`,
        start: match.index,
        end: restated.end,
      });
    }
    return findings;
  },
};

function format(value: number): string {
  return String(Number(value.toPrecision(3)));
}
