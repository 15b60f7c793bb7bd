import { WORD_NUMBER, wordValue } from "../number-words";
import type { Finding } from "../rule";

// Ordinals counted from a first year: "The festival, first held in 2004 and held every year since, marks its 25th
// edition in 2024" (2004 to 2024 is 21 stagings at most); "The 1976 blockbuster, celebrating its 40th anniversary in
// 2024" (48 years). Kept apart from age-mismatch.ts, which reads ages and anniversaries from a founding verb, to keep
// each file small.

const YEAR = "(?:1[5-9]|20)\\d\\d";
// The first staging of a recurring thing: "first held in 1871", "inaugurated in 2004", "launched in 1990".
const FIRST = new RegExp(`\\b(?:first\\s+(?:held|staged|run|contested|taken|conducted|organi[sz]ed|hosted|awarded|played|published|broadcast|aired)|inaugurated|launched|founded|established|began|started)\\s+(?:in\\s+)?(${YEAR})\\b`, "giu");
// How often it recurs; without one stated an edition count says nothing (a monthly event has many a year).
const EVERY_N = new RegExp(`\\bevery\\s+(\\d{1,2}|${WORD_NUMBER})\\s+years\\b`, "iu");
const YEARLY = /\b(?:annual|annually|yearly|every\s+year|each\s+year)\b/i;
const PER_YEARS: Record<string, number> = { biennial: 2, biennially: 2, triennial: 3, quadrennial: 4, quinquennial: 5, decennial: 10 };
const EVERY_OTHER = /\bevery\s+(?:other|second)\s+year\b/i;
// Held at every turn: then the count is exact, not only a ceiling ("annual" events may skip a year).
const UNBROKEN = /\b(?:without\s+(?:a\s+|any\s+)?(?:break|interruption|fail|gap|pause)|uninterrupted|unbroken|never\s+(?:missed|skipped|cancelled)|continuously|every\s+year\s+since)\b/i;
// "its 60th annual show", "the 25th yearly fair": an ordinal of a thing said to recur yearly in its own words is an
// edition too, whatever the noun.
const EDITION = /\b(?:its|their|the)\s+(\d{1,3})(?:st|nd|rd|th)\s+(?:edition|staging|running|instalment|installment|iteration|(?:annual|yearly)\s+[\p{L}-]+)\b/giu;
// The year an ordinal is told of, in its own phrase: "in 2021", "this year, 2024", "this summer of 2024".
const OWN_YEAR = new RegExp(`^\\s+(?:(?:this|last|next)\\s+(?:year|summer|spring|autumn|winter|month|season|week)(?:\\s+of|,)\\s+|(?:[\\p{L}’'-]+\\s+){0,4}?in\\s+)(${YEAR})\\b`, "u");
// "The 1976 blockbuster, celebrating its 40th anniversary …": a year before the subject's noun dates the subject.
const DATED_SUBJECT = new RegExp(`^\\s*(?:The|A|An)\\s+(${YEAR})\\s+((?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+),`, "u");
// ("The 2019 report marked the bank's 150th anniversary": only "its" is the dated subject's own.)
const ITS_ANNIVERSARY = /\bits\s+(\d{1,3})(?:st|nd|rd|th)\s+anniversary\b/giu;

function interval(sentence: string): number | null {
  const every = EVERY_N.exec(sentence);
  if (every) {
    const n = /^\d+$/.test(every[1]) ? Number(every[1]) : wordValue(every[1].toLowerCase());
    return Number.isNaN(n) || n < 1 ? null : n;
  }
  if (EVERY_OTHER.test(sentence)) return 2;
  const per = /\b(biennial(?:ly)?|triennial|quadrennial|quinquennial|decennial)\b/i.exec(sentence);
  if (per) return PER_YEARS[per[1].toLowerCase()];
  return YEARLY.test(sentence) ? 1 : null;
}

// The year an ordinal is told of: in its own phrase, or the one other year the sentence names.
function toldIn(sentence: string, end: number, first: number): number | null {
  const own = OWN_YEAR.exec(sentence.slice(end, end + 50));
  if (own) return Number(own[1]);
  const others = [...sentence.matchAll(new RegExp(`\\b${YEAR}\\b`, "g"))].map((m) => Number(m[0])).filter((y) => y !== first);
  return others.length === 1 ? others[0] : null;
}

export function editionsAgainstYears(sentence: string): Finding[] {
  if (!/\d(?:st|nd|rd|th)\s+(?:edition|staging|running|instalment|installment|iteration|anniversary|annual|yearly)\b/i.test(sentence)) return [];
  return [...editions(sentence), ...datedSubjectAnniversary(sentence)];
}

function editions(sentence: string): Finding[] {
  const first = [...sentence.matchAll(FIRST)][0];
  if (!first) return [];
  const every = interval(sentence);
  if (every === null) return [];
  const from = Number(first[1]);
  const findings: Finding[] = [];
  for (const match of sentence.matchAll(EDITION)) {
    if (match.index < first.index) continue;
    const nth = Number(match[1]);
    const year = toldIn(sentence, match.index + match[0].length, from);
    if (year === null || year <= from) continue;
    // The first staging is the 1st edition: at most one more each interval after it, exactly so when none was missed.
    const most = Math.floor((year - from) / every) + 1;
    if (nth <= most && (nth === most || !UNBROKEN.test(sentence))) continue;
    findings.push({
      ruleId: "age-mismatch",
      message: `“${match[0]}” in ${year}, but ${every === 1 ? "yearly" : `every ${every} years`} from ${from} makes ${most === 1 ? "the 1st" : `${most} editions`}${nth > most ? " at most" : ""}.`,
      start: first.index,
      end: match.index + match[0].length,
    });
  }
  return findings;
}

function datedSubjectAnniversary(sentence: string): Finding[] {
  const subject = DATED_SUBJECT.exec(sentence);
  if (!subject) return [];
  const from = Number(subject[1]);
  const findings: Finding[] = [];
  for (const match of sentence.matchAll(ITS_ANNIVERSARY)) {
    const year = toldIn(sentence, match.index + match[0].length, from);
    if (year === null || year <= from || year - from === Number(match[1])) continue;
    findings.push({
      ruleId: "age-mismatch",
      message: `“${match[0]}” in ${year}, but ${from} to ${year} is ${year - from} years.`,
      start: subject.index,
      end: match.index + match[0].length,
    });
  }
  return findings;
}
