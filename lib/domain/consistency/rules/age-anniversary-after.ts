import { WORD_NUMBER, wordValue } from "../number-words";
import type { Quantity } from "../numbers";
import type { Finding } from "../rule";
import type { Age } from "./age-durations";

// An anniversary told a time after the founding rather than in a year: "The tenants' association was formed in 2002
// and, two decades on, marked its 15th anniversary" (two decades from 2002 is the 20th). Kept apart from
// age-mismatch.ts, which holds anniversaries to the years named, to keep each file small.

// "two decades on, marked its", "20 years later the club celebrated its", "a century after, held its": the time passed,
// then the anniversary's own clause (a verb, perhaps its subject first) up to the holder's "its"/"their".
const PASSED_THEN_ITS = new RegExp(
  `\\b((${WORD_NUMBER}|\\d{1,3}|an?)\\s+(years?|decades?|centur(?:y|ies))\\s+(?:later|on|afterwards|after))\\s*,?\\s+(?:(?:the|it|they)\\s+(?:[\\p{L}’'-]+\\s+){0,2}?)?[\\p{L}’'-]+\\s+(?:its|their)\\s+$`,
  "iu",
);
// Between the founding and the time passed only a joining word: another event there ("merged in 2005 and, a decade
// on") may be what the time is counted from, and "nearly", "some" make the time too rough to hold a count to.
const FOUNDING_TO_PASSED = /^[\s,]*(?:and|but|then)?[\s,]*$/i;

function countOf(written: string): number {
  if (/^an?$/i.test(written)) return 1;
  return /^\d+$/.test(written) ? Number(written) : wordValue(written.toLowerCase());
}

/**
 * Anniversaries (`ages` whose count is exact: slack at most half a year, as age-mismatch reads "its 15th anniversary",
 * "its 40th season", "marked 150 years") against a time passed since `founding` set off before their clause.
 */
export function anniversaryAfterTimePassed(sentence: string, ages: Age[], founding: Quantity): Finding[] {
  const findings: Finding[] = [];
  for (const age of ages) {
    if (age.slack > 0.5 || age.isPerson || age.dated !== undefined || age.start <= founding.end) continue;
    const before = sentence.slice(founding.end, age.start);
    const passed = PASSED_THEN_ITS.exec(before);
    if (!passed || !FOUNDING_TO_PASSED.test(before.slice(0, passed.index))) continue;
    const count = countOf(passed[2]);
    if (Number.isNaN(count)) continue;
    const unit = passed[3].toLowerCase();
    const scale = unit.startsWith("decade") ? 10 : unit.startsWith("centur") ? 100 : 1;
    // Decades and centuries are told round ("two decades on" of 19 to 22 years); years are told to the year, or one off.
    const slack = scale === 1 ? 1 : scale / 5;
    if (Math.abs(count * scale - age.years) <= slack + age.slack) continue;
    findings.push({
      ruleId: "age-mismatch",
      message: `“${age.text}” “${passed[1]}” after ${founding.value}: ${count * scale} years on, not ${Math.round(age.years)}.`,
      start: founding.start,
      end: age.end,
    });
  }
  return findings;
}
