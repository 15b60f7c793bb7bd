import { WORD_NUMBER, wordValue } from "../number-words";
import type { Finding } from "../rule";

// Years counted from a first event: "Having staged its first Cup final in 1923, the ground marked 50 years as the home
// of the final in 1983" is 60 years. A first event founds nothing else ("won its first title in 1990 and marked 125
// years of football in 2003" counts the club's years, not the title's), so the count is held to it only when its own
// words name the event's thing again ("the final", "Test cricket" after "its first Test match"). Kept apart from
// age-mismatch.ts, which reads ages from a founding, to keep each file small.

// "its first Cup final in 1923", "their first league match in 1888": up to three words, then the year.
const FIRST_EVENT = /\b(?:its|their|his|her|the)\s+first\s+((?:[\p{L}’'-]+\s+){0,2}[\p{L}’'-]+)\s+in\s+((?:1[5-9]|20)\d\d)\b/gu;
// "marked 50 years as the home of the final in 1983", "celebrated six decades of Test cricket in 1944".
const YEARS_OF = new RegExp(
  `\\b(?:marked|marks|marking|celebrated|celebrates|celebrating)\\s+(?:its\\s+|their\\s+)?(\\d{1,3}|${WORD_NUMBER})\\s+(years|decades)\\s+((?:as|of)\\s+[^,;.\\d]{1,50}?)\\s+in\\s+((?:1[5-9]|20)\\d\\d)\\b`,
  "giu",
);
// Words that name no thing of their own.
const EMPTY = new Set(["the", "its", "their", "his", "her", "and", "for", "with", "time", "year", "ever", "home", "venue", "host"]);

function things(words: string): string[] {
  return words.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 3 && !EMPTY.has(w));
}

// One word, singular or plural: "final" and "finals", "match" and "matches", "programme" and "programmes".
function sameThing(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.startsWith(short) && long.length - short.length <= 2 && (long === short || /^e?s$/.test(long.slice(short.length)));
}

export function yearsSinceFirstEvent(sentence: string): Finding[] {
  if (!/\bfirst\b/i.test(sentence) || !/\b(?:years|decades)\s+(?:as|of)\b/i.test(sentence)) return [];
  const firsts = [...sentence.matchAll(FIRST_EVENT)].map((m) => ({ things: things(m[1]), year: Number(m[2]), start: m.index, end: m.index + m[0].length }));
  if (firsts.length === 0) return [];
  const findings: Finding[] = [];
  for (const m of sentence.matchAll(YEARS_OF)) {
    const count = /^\d+$/.test(m[1]) ? Number(m[1]) : wordValue(m[1].toLowerCase());
    if (Number.isNaN(count)) continue;
    const isDecades = m[2].toLowerCase() === "decades";
    const [years, slack] = isDecades ? [count * 10, 2] : [count, 1];
    const own = things(m[3]);
    const year = Number(m[4]);
    const first = firsts.find((f) => f.end <= m.index && f.year < year && f.things.some((t) => own.some((o) => sameThing(t, o))));
    if (!first || Math.abs(year - first.year - years) <= slack) continue;
    findings.push({
      ruleId: "age-mismatch",
      message: `“${m[0]}”, but the first was in ${first.year}: ${year - first.year} years.`,
      start: first.start,
      end: m.index + m[0].length,
    });
  }
  return findings;
}
