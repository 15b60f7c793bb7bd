import { WORD_NUMBER } from "../number-words";
import { parseNumber } from "../numbers";
import type { ConsistencyRule } from "../rule";

const AGE_WORD = `(?:\\d{1,3}|${WORD_NUMBER})`;
// "Three people, aged 34 and 51, were killed", "two men, who are aged 19, 23 and 31,": a count, then its ages listed.
const COUNT_THEN_AGES = new RegExp(
  `\\b(\\d{1,2}|${WORD_NUMBER}|both)\\s+((?:[\\p{L}’'-]+\\s+){0,2}?[\\p{L}’'-]+),\\s+(?:(?:who\\s+(?:are|were)|both|all)\\s+)?aged\\s+(${AGE_WORD}(?:\\s*,\\s*${AGE_WORD})*(?:\\s*,?\\s+and\\s+${AGE_WORD}))\\b(?!\\s*(?:-|–|to|and over|and under|or))`,
  "giu",
);

// "The two climbers, a 41-year-old from Leeds, a 36-year-old from York and a 29-year-old from Hull,": a count, then
// its people one by one, each "a N-year-old" with a few words of their own, set off by a comma, colon or dash.
const YEAR_OLD = `an?\\s+${AGE_WORD}-year-old\\b(?:\\s+[\\p{L}’'-]+){0,4}?`;
const COUNT_THEN_PEOPLE = new RegExp(
  `\\b(\\d{1,2}|${WORD_NUMBER}|both)\\s+((?:[\\p{L}’'-]+\\s+){0,2}?[\\p{L}’'-]+)\\s*(?:,|:|\\s[–—])\\s+(${YEAR_OLD}(?:\\s*,\\s*${YEAR_OLD})*\\s*,?\\s+and\\s+${YEAR_OLD})\\s*(?=[,;:.–—)]|$)`,
  "giu",
);

/**
 * A count of people against the ages listed for them: "three people, aged 34
 * and 51" names two ages. Needs a list of at least two ages joined by "and"
 * ("aged between 20 and 40", "aged 19 to 45" and "all aged 30" are not lists).
 */
export const agesAgainstCount: ConsistencyRule = {
  id: "ages-against-count",
  description: "A number of people must match the number of ages listed for them.",
  check(sentence) {
    const findings = [];
    const lists = [...sentence.matchAll(COUNT_THEN_AGES), ...sentence.matchAll(COUNT_THEN_PEOPLE)];
    for (const match of lists) {
      const count = match[1].toLowerCase() === "both" ? 2 : parseNumber(match[1]);
      // "Two of the three suspects, aged 17 and 19": the three are the whole, not the people whose ages are given.
      const isWhole = /\bof\s+(?:the|its|their|all)\s+$/i.test(sentence.slice(Math.max(0, match.index - 12), match.index));
      if (count === null || count < 2 || isWhole || /\bbetween\s*$/i.test(match[0])) continue;
      const isPeople = /year-old/i.test(match[3]);
      const ages = isPeople ? (match[3].match(/-year-old\b/gi) ?? []).length : match[3].split(/\s*,\s*(?:and\s+)?|\s+and\s+/).filter(Boolean).length;
      if (ages === count) continue;
      findings.push({
        ruleId: agesAgainstCount.id,
        message: `${match[1]} ${match[2]}, but ${ages} ages are given (${match[3]}).`,
        start: match.index,
        end: match.index + match[0].length,
      });
    }
    return findings;
  },
};
