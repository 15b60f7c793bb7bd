import { WORD_NUMBER, wordValue } from "../number-words";
import { findQuantities } from "../numbers";

/**
 * A year a sentence names, with what it is to a person: a birth ("born in 1952", "the 1946-born",
 * "(1902–1967)", "lived from 1902 to 1967", "b. 1930"), a death, or any other event. "20 years later" after
 * a year is a year too (`isRelative`), so an age beside it is dated.
 */
export type YearMention = {
  value: number;
  start: number;
  end: number;
  role: "birth" | "death" | "event";
  /** "will retire in 2030", "by 2030": no age told of has happened then. */
  isFuture: boolean;
  /** "in the 1990s": any of ten years. */
  fuzzy: number;
  isRelative?: boolean;
};

// "born in 1952", "born on 3 March 1952", "born in Swansea in 1935", "born a year later, in 1940" is not read.
// ("the 1938-born painter held his first show in 1972": the year after is no birth.)
// The words between "born" and its year are a place or a date ("in Swansea in", "on 3 March"), never another event.
// ("born after 1995" is a bound, not a birth year.)
const BORN_BEFORE =
  /(?<!-)\bborn\s+(?!(?:after|before|since|between|from|until)\b)(?:(?:on|in|at)\s+)?(?:(?:(?!(?:and|but|then|died|was|were|when|while|who|moved|married|left|after|before|since|between|from|until)\b)[\p{L}’'-]+|\d{1,2}(?:st|nd|rd|th)?),?\s+){0,4}?(?:(?:in|on)\s+)?$/iu;
const WHEN_ANOTHER_BORN = /\b(?:was|were|is|aged|at)\s+(?:\d+|[a-z]+(?:-[a-z]+)?)\s+when\s+\S+\s+(?:was|were)\s+born\s+(?:in\s+)?$/i;
const BORN_AFTER = /^(?:-born\b|\s*[-–]\s*born\b)/i;
const B_DOT_BEFORE = /\bb\.\s*$/;
// A birth told without "born": "since his birth in 1961", "her year of birth, 1958", "a 1958 baby", "1961 births".
// ("her son's birth in 1990" is someone else's and stays an event: the age beside it is the parent's.)
const BIRTH_NOUN_BEFORE = /(?<![’']s\s+)\b(?:(?:his|her|their|my|our)\s+)?(?:birth|year\s+of\s+birth)\s*(?:in|was|,|:)?\s+$/i;
const BIRTH_NOUN_AFTER = /^\s+(?:bab(?:y|ies)|births?)\b(?!\s+rates?\b)/i;
// "(1902–1967)", "(1902-67)": a lifespan in brackets; "lived from 1902 to 1967".
const LIFESPAN = /\(\s*((?:1[5-9]|20)\d\d)\s*[-–—]\s*((?:1[5-9]|20)?\d\d)\s*\)|\blived\s+from\s+((?:1[5-9]|20)\d\d)\s+(?:to|until|till)\s+((?:1[5-9]|20)\d\d)\b/gi;
const DIED_BEFORE = /\b(?:died|death|killed|passed away)\b[^,;.()]{0,25}?$/i;
const FUTURE_BEFORE = /\b(?:will|shall|due to|expected to|plans? to|aims? to|set to|is to|are to)\b[^,.;]{0,25}$|\bby\s+(?:the\s+end\s+of\s+)?$/i;
// "20 years later", "two decades on", "a year afterwards": a year counted from the last one named.
// ("after 45 years on the authority" is a time served, not a year 45 on.)
const LATER = new RegExp(`(?<!\\bafter\\s+(?:\\p{L}+\\s+)?)\\b(\\d{1,3}|${WORD_NUMBER}|a|an)\\s+(years?|decades?)\\s+(?:later|on|afterwards)\\b`, "giu");

export function collectYears(sentence: string): YearMention[] {
  const years: YearMention[] = [];
  for (const q of findQuantities(sentence)) {
    if (!q.isYear) continue;
    const before = sentence.slice(Math.max(0, q.start - 60), q.start);
    const after = sentence.slice(q.end, q.end + 8);
    // "Her father was 41 when she was born in 1983": someone else's birth, the year of the father's age.
    const role = WHEN_ANOTHER_BORN.test(before) ? "event" : BORN_BEFORE.test(before) || BORN_AFTER.test(after) || B_DOT_BEFORE.test(before) || isBirthNoun(sentence, q.start, q.end)
      ? "birth"
      : DIED_BEFORE.test(before.slice(-40)) ? "death" : "event";
    // "the 1980s" may be any year of the decade; "around 1980" a few years either way.
    years.push({
      value: q.value, start: q.start, end: q.end, role, fuzzy: q.unit === "s" ? 9 : q.approx === "about" ? 3 : 0,
      isFuture: role === "event" && FUTURE_BEFORE.test(before.slice(-35)),
    });
  }
  for (const match of sentence.matchAll(LIFESPAN)) markLifespan(years, match);
  for (const match of sentence.matchAll(LATER)) {
    // "Born in 1950, she emigrated 30 years later": a birth year counts from too.
    const base = [...years].reverse().find((y) => y.end <= match.index && !y.isRelative);
    const count = countOf(match[1]);
    if (!base || count === null) continue;
    const value = base.value + count * (match[2].toLowerCase().startsWith("decade") ? 10 : 1);
    years.push({ value, start: match.index, end: match.index + match[0].length, role: "event", isFuture: false, fuzzy: 0, isRelative: true });
  }
  return years.sort((a, b) => a.start - b.start);
}

function isBirthNoun(sentence: string, start: number, end: number): boolean {
  return BIRTH_NOUN_BEFORE.test(sentence.slice(Math.max(0, start - 30), start)) || BIRTH_NOUN_AFTER.test(sentence.slice(end, end + 10));
}

function markLifespan(years: YearMention[], match: RegExpMatchArray): void {
  const index = match.index ?? 0;
  const [first, second] = years.filter((y) => y.start >= index && y.end <= index + match[0].length);
  if (!first) return;
  first.role = "birth";
  if (second) second.role = "death";
  else if (match[2]) {
    // "(1902-67)": the death year written short takes the birth year's century.
    const short = Number(match[2]);
    const value = Math.floor(first.value / 100) * 100 + short;
    const end = index + match[0].length - 1;
    years.push({ value: value > first.value ? value : value + 100, start: end - match[2].length, end, role: "death", isFuture: false, fuzzy: 0 });
  }
}

function countOf(written: string): number | null {
  const text = written.toLowerCase();
  if (text === "a" || text === "an") return 1;
  if (/^\d+$/.test(text)) return Number(text);
  const value = wordValue(text);
  return Number.isNaN(value) ? null : value;
}
