import { WORD_NUMBER, wordValue } from "../number-words";
import type { Finding } from "../rule";

// A fixed term against the years it runs: "The 30-year bond, sold in 2010, matures in 2050" (40 years); "signed a
// three-year contract in 2022 that runs until 2027". Kept apart from age-mismatch.ts, which reads ages from a founding,
// to keep each file small. The term is its scheduled length, so only a scheduled end is read ("matures", "expires",
// "runs until"), never an actual one ("was repaid in 2015", "ended in 2020 when he was sacked" may be early), and a
// term changed on the way ("extended", "renewed", "rolled over") says nothing of the years.

const YEAR = "(?:1[5-9]|20)\\d\\d";
const MONTH = "(?:(?:january|february|march|april|may|june|july|august|september|october|november|december|early|late|mid)[-\\s]+)?";
const TERM_NOUN = "bonds?|notes?|gilts?|treasur(?:y|ies)|loans?|mortgages?|leases?|contracts?|deals?|debentures?|licen[cs]es?|concessions?|franchises?|agreements?|mandates?|terms?";
// "a 30-year bond", "a five-year contract", "the 99-year lease" (not "the 30-year-old").
const TERM = new RegExp(
  `\\b(\\d{1,3}|${WORD_NUMBER})[- ]year\\s+(?:[\\p{L}-]+\\s+)?(?:${TERM_NOUN})\\b`,
  "giu",
);
// The start of the term: issued, signed, granted. ("sold" only set off after its noun: "the bond, sold in 2010" is its
// issue, "the fund sold the bond in 2015" a holder's sale.)
const START = new RegExp(`(?:\\b(?:issued|priced|launched|signed|agreed|granted|awarded|taken\\s+out|struck|floated)|,\\s+(?:first\\s+)?sold|\\bwas\\s+sold)\\s+(?:(?!(?:and|but|until|to)\\b|${YEAR}\\b)[\\p{L}\\d-]+\\s+){0,3}?(?:in\\s+)?${MONTH}(${YEAR})\\b`, "giu");
// The scheduled end: "matures in 2050", "due 2040", "expires in 2096", "runs until 2027", "a deal until 2027" (a bare
// "until" only right after the term's noun: "kept him at the club until 2021" may be an early end).
const END = new RegExp(`\\b(?:matures|matured|maturing|mature|maturity|due|expires|expired|expiring|expire|runs?\\s+(?:out\\s+)?(?:until|till|to|through)|running\\s+(?:until|till|to|through)|ends?\\s+in|will\\s+end\\s+in|(?<=(?:${TERM_NOUN})\\s+)(?:until|till|to|through))\\s+(?:in\\s+)?${MONTH}(${YEAR})\\b`, "giu");
const CHANGED = /\b(?:extend|extended|extending|extension|renew|renewed|renewal|rolled\s+over|roll\s+over|reopen|reopened|tapped|amended|restructured|rescheduled|converted|swapped|refinanced)\b/i;

function countOf(written: string): number {
  return /^\d+$/.test(written) ? Number(written) : wordValue(written.toLowerCase());
}

export function termAgainstYears(sentence: string): Finding[] {
  if (!/-year\b|\d year\b/i.test(sentence) || CHANGED.test(sentence)) return [];
  // One term, one start and one end: with two of any, which goes with which is a reading of the grammar.
  const terms = [...sentence.matchAll(TERM)];
  const starts = [...sentence.matchAll(START)];
  const ends = [...sentence.matchAll(END)];
  if (terms.length !== 1 || starts.length !== 1 || ends.length !== 1) return [];
  const [term, start, end] = [terms[0], starts[0], ends[0]];
  const length = countOf(term[1]);
  const [from, to] = [Number(start[1]), Number(end[1])];
  // A term told of its end before its start ("due in 2040, the bond was issued in 2010") still runs start to end.
  if (Number.isNaN(length) || to <= from || Math.abs(to - from - length) <= 1) return [];
  return [{
    ruleId: "age-mismatch",
    message: `“${term[0]}”, but ${from} to ${to} is ${to - from} years.`,
    start: Math.min(term.index, start.index, end.index),
    end: Math.max(term.index + term[0].length, start.index + start[0].length, end.index + end[0].length),
  }];
}
