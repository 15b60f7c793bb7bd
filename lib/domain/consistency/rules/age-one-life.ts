import type { Finding } from "../rule";
import type { AgeMention } from "./age-mentions";
import type { YearMention } from "./year-mentions";

// Every age of one person names a birth year, give or take one: an age N in a year Y is a birth in Y - N or the year
// before; an age of now, in some year from the last one named to this one. Two ages of one life whose birth years
// cannot meet contradict each other, whatever the words between ("Hale, 71, who was first elected in 1979 at the age
// of 19, is stepping down in 2024": born 1959–60 by the one, 1952–55 by the other).

// An age of now cannot be later than this year (as in age-against-years and age-mismatch).
const THIS_YEAR = new Date().getUTCFullYear();

/** A time served, as its length in years and where it is written. */
export type Served = { start: number; end: number; years: number };

/**
 * An age right before a time served is at the end of it: "joined the force in 1996 …, retires this month at the age of
 * 61 after 28 years' service" is 61 in 2024. Read only when one start year is named, so the span has one beginning.
 */
export function datedBySpan(sentence: string, ages: AgeMention[], starts: YearMention[], served: Served[]): AgeMention[] {
  const begun = [...new Set(starts.map((s) => s.value))];
  if (begun.length !== 1) return ages;
  return ages.map((age) => {
    if (!age.isPerson || age.year !== undefined || age.isApprox) return age;
    const span = served.find((s) => s.start >= age.end && /^[\s,]*$/.test(sentence.slice(age.end, s.start)));
    return span ? { ...age, when: "dated", year: begun[0] + span.years } : age;
  });
}

/**
 * An age of now against an age dated in a year, of one person: the birth years they give must meet. `isAnother` tells
 * whether the words between the two name someone else (then they may be two lives).
 */
export function nowAgainstDated(sentence: string, ages: AgeMention[], years: YearMention[], isAnother: (words: string) => boolean): Finding[] {
  const exact = (a: AgeMention) => a.isPerson && !a.isApprox && !a.isBirthday;
  // An epithet is its own noun phrase, someone else's as often as not, unless it opens the sentence ("The 71-year-old, who …").
  const nows = ages.filter((a) => exact(a) && a.when === "now" && (!a.isEpithet || /^\s*(?:the|a|an)?\s*$/i.test(sentence.slice(0, a.start))));
  // An age the sentence looks forward to ("will be eligible for parole in 2026, aged 31") is not yet, nor is its year past.
  const dated = ages.filter((a) => exact(a) && a.when === "dated" && a.year !== undefined && !isFutureClause(sentence, a.start));
  const past = years.filter((y) => !y.isFuture && y.role !== "birth" && !isFutureClause(sentence, y.start)).map((y) => y.value);
  if (nows.length === 0 || dated.length === 0 || past.length === 0) return [];
  const latest = Math.max(...past);
  const findings: Finding[] = [];
  for (const now of nows) {
    for (const then of dated) {
      if (!oneLife(sentence, now, then, isAnother)) continue;
      const year = then.year ?? 0;
      // Born in [year - high - 1, year - low] by the dated age; in [latest - high - 1, THIS_YEAR - low] by the age of now.
      const [bornLow, bornHigh] = [year - then.high - 1, year - then.low];
      const [nowLow, nowHigh] = [latest - now.high - 1, THIS_YEAR - now.low];
      if (bornLow <= nowHigh && nowLow <= bornHigh) continue;
      const from = Math.max(latest, year);
      findings.push({
        ruleId: "age-against-years",
        message: `“${now.text.trim()}” now, but ${then.low} in ${year}: ${from - bornHigh} to ${THIS_YEAR - bornLow} between ${from} and ${THIS_YEAR}.`,
        start: Math.min(now.start, then.start),
        end: Math.max(now.end, then.end),
      });
      break;
    }
  }
  return findings;
}

// "Hale, 71, who was first elected …": a relative clause right after the age of now is about its holder; any other
// person named between (or a passive's agent, "signed by the manager") may be another life.
// ("Her mother was 61 when she was born in 1990, and she is now 35": a birth between, or kin before the first, is another.)
function oneLife(sentence: string, now: AgeMention, then: AgeMention, isAnother: (words: string) => boolean): boolean {
  const [first, last] = now.start < then.start ? [now, then] : [then, now];
  // ("The coach, who was 30 when …, turns 50": a "who" right before the first age opens a clause about the one named
  // before it, who holds both ages.)
  const before = sentence.slice(Math.max(0, first.start - 40), first.start);
  if (!/,\s*who\s+$/i.test(before) && isAnother(before)) return false;
  let words = sentence.slice(first.end, last.start);
  if (first === now && now.isEpithet) words = words.replace(/^[^,]*/, "");
  if (first === now) words = words.replace(/^\s*,?\s*(?:who|whom)\b/i, "");
  return !isAnother(words) && !/\bby\s+(?:the|a|an|his|her|their)\b|\bborn\b/i.test(words) && !/[;()]/.test(words);
}

// A "will", "would", "due to" … before a place in the sentence, with no "and"/"but" starting another clause after it.
const FUTURE_CLAUSE = /\b(?:will|would|shall|due\s+to|expected\s+to|set\s+to|is\s+to|are\s+to)\b(?![^;]*\b(?:and|but)\b)[^;]*$/i;

function isFutureClause(sentence: string, at: number): boolean {
  return FUTURE_CLAUSE.test(sentence.slice(Math.max(0, at - 70), at));
}
