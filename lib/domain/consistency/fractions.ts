// Fractions written in words, as per cent: "a third" 33.3, "two-thirds" 66.7,
// "three-quarters" 75, "half of" 50, "one in five" 20, "4 out of 10" 40.
// Singular ones ("a third", "a quarter") are fractions only where a share is
// meant: before "of", or inside brackets ("(a quarter)"); "a third term",
// "the first quarter" and "the second half" are not shares.
import { WORD_NUMBER, wordValue } from "./number-words";

export type Fraction = { value: number; start: number; end: number; text: string };

const DENOMINATORS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
};
/** What "a third", "a quarter", "a fifth" divide by ("third" → 3), or undefined for a word that is no denominator. */
export function denominatorOf(word: string): number | undefined {
  return DENOMINATORS[word.toLowerCase()];
}
const DENOMINATOR = Object.keys(DENOMINATORS).sort((a, b) => b.length - a.length).join("|");
const NUMERATOR = `(?:a|an|one|two|three|four|five|six|seven|eight|nine|\\d+)`;
// "two-thirds", "a third", "one quarter", "three quarters".
const WORD_FRACTION = new RegExp(`\\b(${NUMERATOR})[- ](${DENOMINATOR})\\b`, "gi");
// "half of", "nearly half", "(half)".
const HALF = /(?<![\p{L}-])half\b(?!-)/giu;
// "one in five", "4 in 10", "nine out of ten", "two out of every three". (Not within a decimal or a thousands
// figure: "3.1 million out of 7.4 million" is a count of a count, not "1 million out of 7"; "one in 1,000" is read whole.)
const ONE_IN = new RegExp(`(?<![\\d.,])\\b(${WORD_NUMBER}|\\d+)\\s+(?:in|out of)\\s+(?:every\\s+)?(${WORD_NUMBER}|\\d{1,3}(?:,\\d{3})+|\\d+|a hundred|100)\\b(?![.,]\\d)`, "gi");
// "one applicant in every eight", "four cases out of five": the counted noun between. Only with "in every" or "out
// of", which say a share ("two goals in five minutes", "one man in 30 years" are not shares).
const ONE_NOUN_IN = new RegExp(`(?<![\\d.,])\\b(${WORD_NUMBER}|\\d+)\\s+[\\p{Ll}’'-]+\\s+(?:in\\s+every|out\\s+of(?:\\s+every)?)\\s+(${WORD_NUMBER}|\\d{1,3}(?:,\\d{3})+|\\d+|a hundred|100)\\b(?![.,]\\d)`, "giu");
// "one household in eight, or 20 per cent": with a plain "in", only when the denominator stands alone, set off by a
// comma, bracket or dash or ending the sentence (not "two goals in five minutes", "one man in 30 years").
const ONE_NOUN_IN_ALONE = new RegExp(`(?<![\\d.,])\\b(${WORD_NUMBER}|\\d+)\\s+[\\p{Ll}’'-]+\\s+in\\s+(${WORD_NUMBER}|\\d{1,3}(?:,\\d{3})+|\\d+|a hundred|100)(?![.,]\\d)(?=\\s*(?:[,;()–—]|\\.?\\s*$))`, "giu");

const ORDINAL_BEFORE = /\b(?:first|second|third|fourth|final|last|other|the|this|that|next|previous)\s+$/i;

export function findFractions(sentence: string): Fraction[] {
  const found: Fraction[] = [];
  for (const match of sentence.matchAll(WORD_FRACTION)) {
    const numeratorWord = match[1].toLowerCase();
    const denominatorWord = match[2].toLowerCase();
    const isPlural = denominatorWord.endsWith("s") && denominatorWord !== "halves" ? true : denominatorWord === "halves";
    const numerator = numeratorWord === "a" || numeratorWord === "an" ? 1 : /^\d+$/.test(numeratorWord) ? Number(numeratorWord) : wordValue(numeratorWord);
    if (!Number.isFinite(numerator) || numerator === 0) continue;
    const end = match.index + match[0].length;
    // "a quarter of a point", "half of an hour": an amount of a unit, not a share of a whole.
    if (/^\s+of\s+an?\s/i.test(sentence.slice(end, end + 8))) continue;
    // "a one-third stake", "one-fifth of": "one" joined to its denominator by a hyphen is a fraction
    // ("a third term" and "one third party" are not).
    // "one-third what it is", "one-third as big": a multiplier, not a share.
    const isHyphenatedOne = numeratorWord === "one" && /-/.test(match[0]) && !/^\s+(?:what|as|that|the|than|less|more|[\p{L}]+er)\b/iu.test(sentence.slice(end, end + 12));
    if (!isPlural && !isHyphenatedOne && !isAShare(sentence, match.index, end)) continue;
    if (isPlural && numerator === 1) continue;
    found.push({ value: (100 * numerator) / DENOMINATORS[denominatorWord], start: match.index, end, text: match[0] });
  }
  for (const match of sentence.matchAll(HALF)) {
    const end = match.index + match[0].length;
    if (found.some((f) => f.start <= match.index && f.end >= end)) continue;
    if (ORDINAL_BEFORE.test(sentence.slice(Math.max(0, match.index - 12), match.index))) continue;
    // "cut by half a point", "half an hour": an amount of a unit, not a share of a whole.
    if (/^\s+an?\s+(?!(?:majority|minority)\b)/i.test(sentence.slice(end, end + 14))) continue;
    if (!isAShare(sentence, match.index, end)) continue;
    found.push({ value: 50, start: match.index, end, text: match[0] });
  }
  for (const match of [...sentence.matchAll(ONE_IN), ...sentence.matchAll(ONE_NOUN_IN), ...sentence.matchAll(ONE_NOUN_IN_ALONE)]) {
    const numerator = toNumber(match[1]);
    const denominator = toNumber(match[2]);
    // "35 in 2019" is an age and a year, not a fraction: denominators stop at 1,000.
    if (!numerator || !denominator || numerator > denominator || denominator > 1000) continue;
    if (found.some((f) => f.start < match.index + match[0].length && f.end > match.index)) continue;
    found.push({ value: (100 * numerator) / denominator, start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return found.sort((a, b) => a.start - b.start);
}

const APPROX = "(?:(?:about|some|around|roughly|nearly|almost|just|only|over|under)\\s+)?";
const ACCOUNTS_FOR = new RegExp(`\\baccount(?:s|ed|ing)?\\s+for\\s+(?:${APPROX}(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|\\d+)[- ][\\p{L}]+|[\\d.]+\\s?(?:%|per\\s?cent))\\s+(?:and|with|while)\\s+(?:the\\s+)?[\\p{L}’'-]+(?:\\s+[\\p{L}’'-]+){0,2}\\s+for\\s+)?${APPROX}$`, "iu");

// "draws 60 per cent of its income from the state, a quarter from donors and a fifth from ticket sales": a fraction
// listed after a percentage, told of with the preposition the percentage's part was, is a part beside it.
const PERCENTAGE = /\d\s?(?:%|per\s?cent\b|percent\b)/gi;

function isListedAfterAShare(sentence: string, start: number, end: number): boolean {
  const preposition = /^\s+(on|for|to|from|into)\s/i.exec(sentence.slice(end, end + 8))?.[1];
  if (!preposition || !/(?:,|\band)\s+$/i.test(sentence.slice(Math.max(0, start - 5), start))) return false;
  const share = [...sentence.slice(0, start).matchAll(PERCENTAGE)].pop();
  return share !== undefined && new RegExp(`\\b${preposition}\\b`, "i").test(sentence.slice(share.index + share[0].length, start));
}

function isAShare(sentence: string, start: number, end: number): boolean {
  const after = sentence.slice(end, end + 6);
  const before = sentence.slice(Math.max(0, start - 2), start);
  // "a third is woodland", "a quarter said": the fraction is the subject.
  const verbAfter = /^\s+(?:is|are|was|were|said|say|says|had|have|has|voted|backed|opposed)\b/i.test(sentence.slice(end, end + 10));
  // ", roughly a fifth,": set off like an apposition (", about a third." ends the sentence); so is a bound
  // (", just over half,", ", or fewer than half,", ", barely a third,").
  const setOff = /[,(–—]\s*(?:or\s+)?(?:(?:some|about|around|roughly|nearly|almost|just|only|barely|scarcely|hardly|fully|(?:just|well)\s+(?:over|under)|(?:more|less|fewer)\s+than)\s+)?$/.test(sentence.slice(Math.max(0, start - 18), start)) && /^\s*(?:[,);–—]|\.?\s*$)/.test(after);
  // "fell by a third", "half the workforce": a share of something named.
  const byBefore = /\bby\s+$/i.test(sentence.slice(Math.max(0, start - 4), start));
  const wholeAfter = /^\s+(?:the|its|their|his|her|all|our)\b/i.test(sentence.slice(end, end + 8)) && /^half$/i.test(sentence.slice(start, end));
  // "Two-thirds goes on staff and half on buildings": a share left elliptical after "and", in parallel.
  const parallel = /^half$/i.test(sentence.slice(start, end)) && /\b(?:and|or|while|with)\s+(?:another\s+|the other\s+)?$/i.test(sentence.slice(Math.max(0, start - 16), start)) && /^\s+(?:on|for|to|from|into)\s/i.test(sentence.slice(end, end + 8));
  // "collapsed to a fifth, 27.5%,": a fraction restated at once as a percentage is a share.
  // (", 3% down on 2019", ", 5 points behind": a change or a gap, not the share put again.)
  const restated = /^\s*(?:[,(]|[–—])\s*(?:(?:or|some|about|around|roughly|nearly|almost|just|only)\s+)*\d[\d.]*\s?(?:%|per\s?cent\b|percent\b)(?!\s*(?:down|up|higher|lower|more|less|behind|ahead|short|off|points?|rise|fall|drop|increase|decrease)\b)/i.test(sentence.slice(end, end + 40));
  // "a success rate of barely half", "a share of a third": the rate or share named before it.
  const rateOf = /\b(?:rate|share|proportion)\s+of\s+(?:(?:barely|only|just|about|around|roughly|nearly|almost|some)\s+)?$/i.test(sentence.slice(Math.max(0, start - 30), start));
  // "with Europe accounting for a third and the Americas for about a fifth": what a part accounts for is a share,
  // so is the next part's "for" in the same list. (Only before a clause's end: "accounted for a third successive year".)
  const accountsFor = ACCOUNTS_FOR.test(sentence.slice(Math.max(0, start - 120), start)) && /^\s*(?:[,.;)–—]|$|and\b|with\b|while\b)/.test(after);
  return accountsFor || isListedAfterAShare(sentence, start, end) || rateOf || byBefore || wholeAfter || parallel || restated || /^\s+of\b/i.test(after) || /^\s*\)/.test(after) || /\(\s*$/.test(before) || verbAfter || setOff;
}

function toNumber(text: string): number | null {
  const lower = text.toLowerCase();
  if (/^\d[\d,]*$/.test(lower)) return Number(lower.replace(/,/g, ""));
  if (lower === "a hundred") return 100;
  const value = wordValue(lower);
  return Number.isFinite(value) ? value : null;
}
