import { findYears, parseNumber } from "../numbers";
import type { ConsistencyRule, Finding } from "../rule";

// "20-year-old", "20 years old", "two decades old", "two-decade-old".
const AGE = /\b([\p{L}\d]+(?:-[\p{L}]+)?)[- ](years?|decades?)[- ]old\b/giu;
// The year something began: "formed in 1979", "founded 1999", "dating from 1999".
const FOUNDING =
  /\b(?:formed|founded|established|created|set up|launched|born|built|started|begun|began|signed|opened|forged|dating (?:back )?(?:from|to)|dates (?:back )?(?:from|to)|since)\s+(?:\w+\s+){0,2}?(?:in\s+)?$/i;

/**
 * An age against the years named: "the 20-year-old alliance formed in 1979 …
 * in 2019" is 40 years old. Needs the year it began (after formed/founded/…)
 * and a later year in the same sentence; years may be off by one (the
 * anniversary may not have come yet), decades by up to four years.
 */
export const ageMismatch: ConsistencyRule = {
  id: "age-mismatch",
  description: "An age (“20-year-old”, “two decades old”) must match the years named in the claim.",
  check(sentence) {
    const years = findYears(sentence);
    const founding = years.find((year) => FOUNDING.test(sentence.slice(Math.max(0, year.start - 40), year.start)));
    if (!founding) return [];
    const later = years.filter((year) => year !== founding && year.value > founding.value);
    if (later.length === 0) return [];
    const reference = later.reduce((a, b) => (b.value > a.value ? b : a));
    const elapsed = reference.value - founding.value;
    const findings: Finding[] = [];
    AGE.lastIndex = 0;
    for (let match = AGE.exec(sentence); match; match = AGE.exec(sentence)) {
      const count = parseNumber(match[1]);
      if (count === null) continue;
      const isDecades = match[2].toLowerCase().startsWith("decade");
      const age = isDecades ? count * 10 : count;
      const slack = isDecades ? 4 : 1;
      if (Math.abs(elapsed - age) <= slack) continue;
      findings.push({
        ruleId: ageMismatch.id,
        message: `“${match[0]}”, but ${founding.value} to ${reference.value} is ${elapsed} years.`,
        start: Math.min(match.index, founding.start),
        end: Math.max(match.index + match[0].length, reference.end),
      });
    }
    return findings;
  },
};
