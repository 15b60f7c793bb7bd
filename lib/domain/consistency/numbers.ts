// Numbers as news copy writes them: "1,200", "1.5", "$3bn", "2 million",
// "twenty-five", "a dozen", "15%", "15 per cent", "10-15%"; fractions ("a third",
// "two-thirds", "half of", "one in five", "4 out of 10") as percentages; and
// the approximation written before a number ("nearly", "more than", "about").
// Offsets refer to the sentence. Hand-written rather than a library: see
// docs/decisions/024-consistency-numbers-hand-written.md (compromise measured
// 2.3 s per 10,000 words and misread "$3.5bn" and "one in five").
import { findFractions } from "./fractions";
import { WORD_NUMBER, wordValue } from "./number-words";

export type Approximation = "exact" | "about" | "over" | "under";

export type Quantity = {
  value: number;
  start: number;
  end: number;
  isPercent: boolean;
  isYear: boolean;
  text: string;
  /** Written as a fraction ("a third", "one in five"); `value` is then in per cent. */
  isFraction: boolean;
  approx: Approximation;
  /** The upper end of a range ("10-15%", "between 10 and 15"), else undefined. */
  high?: number;
  /** "$", "€", "£", "¥" (from the symbol or a currency word after), else null. */
  currency: string | null;
  /** The word right after the number ("people", "mm", "tonnes"), lower case, or "". */
  unit: string;
  /** Written as words with a scale: "half a million", "a billion". */
  isScaledWords?: boolean;
};

const SCALES: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12, trn: 1e12,
};
const CURRENCY_WORDS: Record<string, string> = {
  dollar: "$", dollars: "$", euro: "€", euros: "€", pound: "£", pounds: "£", sterling: "£", yen: "¥",
  // Other currencies only need to differ from these and from each other.
  yuan: "CNY", renminbi: "CNY", rupee: "INR", rupees: "INR", franc: "CHF", francs: "CHF", won: "KRW", rouble: "RUB", roubles: "RUB",
  ruble: "RUB", rubles: "RUB", lira: "TRY", peso: "MXN", pesos: "MXN", rand: "ZAR", krona: "SEK", kronor: "SEK", krone: "DKK", kroner: "DKK",
  real: "BRL", reais: "BRL", riyal: "SAR", riyals: "SAR", dirham: "AED", dirhams: "AED", naira: "NGN", shilling: "KES", shillings: "KES",
};
// "half a million", "a quarter of a billion", "a third of a million", "a million": a fraction or "a" times a scale.
const SCALED_WORDS = /(?<![\p{L}-])(half an?|a quarter of an?|three quarters of an?|a third of an?|two[\s-]thirds of an?|a|an|one)\s+(hundred|thousand|million|billion|trillion)\b/giu;
const SCALED_FACTOR: Record<string, number> = {
  "half a": 0.5, "half an": 0.5, "a quarter of a": 0.25, "a quarter of an": 0.25, "three quarters of a": 0.75, "three quarters of an": 0.75,
  "a third of a": 1 / 3, "a third of an": 1 / 3, "two thirds of a": 2 / 3, "two thirds of an": 2 / 3, "two-thirds of a": 2 / 3, "two-thirds of an": 2 / 3,
};

const DIGITS = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+";
// "hundred thousand", "hundred million": a scale of a scale.
const SCALE = "(?:\\s?hundred(?:\\s(?:thousand|million|billion))?\\b|\\s?(?:thousand|million|billion|trillion)\\b|(?:k|m|mn|bn|b|tn|trn)\\b)";
const PERCENT = "(?:\\s?%|\\s?(?:percent|per cent|pc)\\b)";
const QUANTITY = new RegExp(
  `(?<![\\p{L}\\d.,$])((?:US|A|C|NZ|HK|S)?[$£€¥])?(?:(${DIGITS})|\\b(${WORD_NUMBER})\\b)(${SCALE})?(${PERCENT})?`,
  "giu",
);
const HUNDRED_AND = new RegExp(`^\\s+and\\s+(${WORD_NUMBER})\\b`, "iu");
// "US$5m" is dollars as "$5m" is; other dollars differ from them and from each other.
const SYMBOL_CURRENCIES: Record<string, string> = { "US$": "$", "A$": "AUD", "C$": "CAD", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD" };

function scaleOf(scale: string): number {
  return scale.trim().toLowerCase().split(/\s+/).reduce((product, word) => product * SCALES[word], 1);
}

// "10-15%", "10 – 15 per cent": the second number of a range.
// "$7 trillion - $8 trillion", "£45-£60": the tail may repeat the head's currency symbol (group 4).
const RANGE_TAIL = new RegExp(`^\\s?[-–]\\s?((?:US|A|C|NZ|HK|S)?[$£€¥])?(${DIGITS})(${SCALE})?(${PERCENT})?`, "iu");
const UNIT_AFTER = /^[-\s]?([\p{L}]+)/u;

const UNDER = /\b(?:nearly|almost|just under|under|less than|fewer than|not quite|close to|just short of|below|up to)\s+$/i;
const OVER = /\b(?:more than|over|above|at least|upwards of|in excess of|just over|greater than)\s+$/i;
// "40% or more", "500 or fewer", "£1m and above": a bound written after the number.
const OVER_AFTER = /^\s*(?:or|and)\s+(?:more|over|above|higher|upwards|greater)\b|^\s*(?:-\s*)?plus\b/i;
const UNDER_AFTER = /^\s*(?:or|and)\s+(?:less|fewer|under|below|lower)\b/i;
const ABOUT = /(?:\b(?:about|around|roughly|some|approximately|an estimated|estimated|circa|almost exactly)\s+|~\s*)$/i;

/** The approximation written just before `start` ("nearly 40%": "under"), or just after `end` ("40% or more": "over"). */
export function approximationBefore(sentence: string, start: number, end?: number): Approximation {
  if (end !== undefined) {
    const after = sentence.slice(end, end + 16);
    if (OVER_AFTER.test(after)) return "over";
    if (UNDER_AFTER.test(after)) return "under";
  }
  const before = sentence.slice(Math.max(0, start - 25), start);
  if (UNDER.test(before)) return "under";
  if (OVER.test(before)) return "over";
  if (ABOUT.test(before)) return "about";
  return "exact";
}

// Every rule reads the same sentence's numbers: parse each sentence once.
let cached: { sentence: string; quantities: Quantity[] } | null = null;

/** Every number in `sentence`, fractions included, in order (do not mutate the result). */
export function findQuantities(sentence: string): Quantity[] {
  if (cached?.sentence !== sentence) cached = { sentence, quantities: parseQuantities(sentence) };
  return cached.quantities;
}

function parseQuantities(sentence: string): Quantity[] {
  const quantities: Quantity[] = [];
  QUANTITY.lastIndex = 0;
  for (let match = QUANTITY.exec(sentence); match; match = QUANTITY.exec(sentence)) {
    const [matched, symbol, digits, words, scale, percent] = match;
    let text = matched;
    const base = digits !== undefined ? Number(digits.replace(/,/g, "")) : wordValue(words.toLowerCase());
    const multiplier = scale ? scaleOf(scale) : 1;
    let value = base * multiplier;
    // "two hundred and fifty": the words after "hundred and" add to it.
    const andMore = words !== undefined && /hundred$/i.test(scale ?? "") ? HUNDRED_AND.exec(sentence.slice(match.index + text.length)) : null;
    if (andMore) {
      value += wordValue(andMore[1].toLowerCase());
      text += andMore[0];
      QUANTITY.lastIndex = match.index + text.length;
    }
    let high: number | undefined;
    let isPercent = Boolean(percent);
    const tail = digits !== undefined && !percent ? RANGE_TAIL.exec(sentence.slice(match.index + text.length)) : null;
    // [whole, digits, scale, percent] as before the symbol was allowed; a symbol must be the head's own.
    const range = tail && (tail[1] === undefined || tail[1] === symbol) ? [tail[0], tail[2], tail[3], tail[4]] : null;
    const tailScale = range?.[2] ? scaleOf(range[2]) : undefined;
    const rangeHigh = range ? Number(range[1].replace(/,/g, "")) * (tailScale ?? multiplier) : NaN;
    // "£3-5bn": the head takes the tail's scale when it has none.
    const rangeLow = !scale && tailScale !== undefined ? base * tailScale : value;
    // A range runs upwards: "£45m – 4.5 million pounds" is one amount restated, "won 3-1" a score.
    // "€2.4m – 240,000 euros": a tail written out to its thousands takes no scale from the head.
    const isWrittenOut = range !== null && scale !== undefined && tailScale === undefined && range[1].includes(",");
    if (range && !/^\d{4}$/.test(digits) && rangeHigh > rangeLow && !isWrittenOut) {
      value = rangeLow;
      high = rangeHigh;
      isPercent = Boolean(range[3]);
      text += range[0];
      QUANTITY.lastIndex = match.index + text.length;
    }
    const isYear = digits !== undefined && !scale && !percent && !symbol && high === undefined && /^(?:1[5-9]|20)\d\d$/.test(digits);
    const end = match.index + text.length;
    const unitMatch = UNIT_AFTER.exec(sentence.slice(end, end + 30));
    const unit = unitMatch ? unitMatch[1].toLowerCase() : "";
    // "250p", "120 pence": pounds in hundredths.
    const isPence = !symbol && !percent && (unit === "pence" || (unit === "p" && sentence[end] === "p" && !/^p[\p{L}]/u.test(sentence.slice(end, end + 2))));
    const currency = isPence ? "£" : ((symbol && (SYMBOL_CURRENCIES[symbol.toUpperCase()] ?? symbol)) ?? CURRENCY_WORDS[unit] ?? null);
    quantities.push({
      value: isPence ? value / 100 : value, start: match.index, end: isPence && unit === "p" ? end + 1 : end, isPercent, isYear, text: isPence && unit === "p" ? `${text}p` : text, isFraction: false,
      approx: approximationBefore(sentence, match.index, end), high, currency, unit,
    });
  }
  addScaledWords(sentence, quantities);
  mergeBetweenRanges(sentence, quantities);
  // A fraction's own words ("two" in "two-thirds", "five" in "one in five") are not numbers of their own,
  // and "a quarter" in "a quarter of a million" is not a share.
  const scaled = quantities.filter((q) => q.isScaledWords);
  const fractions = findFractions(sentence).filter((f) => !scaled.some((q) => q.start <= f.start && q.end > f.start));
  const plain = quantities.filter((q) => !fractions.some((f) => q.start < f.end && q.end > f.start));
  const withFractions = fractions.map((f): Quantity => ({
    ...f, isPercent: true, isYear: false, isFraction: true, approx: approximationBefore(sentence, f.start, f.end), currency: null, unit: "",
  }));
  return [...plain, ...withFractions].sort((a, b) => a.start - b.start);
}

// "two and a half million euros", "1 and a quarter billion": a whole number and a fraction times a scale.
const MIXED_SCALED = new RegExp(`(?<![\\p{L}\\d.,-])(${WORD_NUMBER}|\\d+)\\s+and\\s+(a half|a quarter|three quarters)\\s+(hundred|thousand|million|billion|trillion)\\b`, "giu");
const MIXED_FRACTION: Record<string, number> = { "a half": 0.5, "a quarter": 0.25, "three quarters": 0.75 };

type ScaledMatch = { start: number; end: number; text: string; factor: number; scale: string };

function scaledMatches(sentence: string): ScaledMatch[] {
  // The full pattern only where its fraction is: it would otherwise try every word of every sentence.
  const hasMixed = /\band\s+(?:a|three)\s+(?:half|quarter)/i.test(sentence);
  const mixed = (hasMixed ? [...sentence.matchAll(MIXED_SCALED)] : []).map((m): ScaledMatch => {
    const whole = /^\d/.test(m[1]) ? Number(m[1]) : wordValue(m[1].toLowerCase());
    return { start: m.index, end: m.index + m[0].length, text: m[0], factor: whole + MIXED_FRACTION[m[2].toLowerCase()], scale: m[3] };
  });
  const plain = [...sentence.matchAll(SCALED_WORDS)]
    .map((m): ScaledMatch => ({ start: m.index, end: m.index + m[0].length, text: m[0], factor: SCALED_FACTOR[m[1].toLowerCase().replace(/\s+/g, " ")] ?? 1, scale: m[2] }))
    // A mixed number's own words are not a second amount.
    .filter((p) => !mixed.some((m) => m.start <= p.start && m.end >= p.end));
  return [...mixed, ...plain];
}

function addScaledWords(sentence: string, quantities: Quantity[]): void {
  for (const { start, end, text, factor, scale } of scaledMatches(sentence)) {
    const scaleWord = scale.toLowerCase();
    // "one million" is already read; "a million" and "half a million" are not.
    for (let i = quantities.length - 1; i >= 0; i--) if (quantities[i].start < end && quantities[i].end > start) quantities.splice(i, 1);
    const unitMatch = UNIT_AFTER.exec(sentence.slice(end, end + 30));
    const unit = unitMatch ? unitMatch[1].toLowerCase() : "";
    quantities.push({
      value: factor * SCALES[scaleWord], start, end, isPercent: false, isYear: false, text, isFraction: false,
      approx: approximationBefore(sentence, start, end), currency: CURRENCY_WORDS[unit] ?? null, unit, isScaledWords: true,
    });
  }
  quantities.sort((a, b) => a.start - b.start);
}

// "between 10 and 15 per cent": one quantity from 10 to 15 (the percent sign may come only at the end);
// "40 to 50 per cent" too, but "from 40 to 50 per cent" is a change and "rose 2 to 5%" is two figures.
function mergeBetweenRanges(sentence: string, quantities: Quantity[]): void {
  for (let i = 0; i + 1 < quantities.length; i++) {
    const [low, high] = [quantities[i], quantities[i + 1]];
    if (low.isYear || high.isYear) continue;
    const before = sentence.slice(Math.max(0, low.start - 12), low.start);
    const between = sentence.slice(low.end, high.start);
    const isBetween = /\bbetween\s+$/i.test(before) && /^\s+and\s+$/i.test(between);
    const isToPercent = /^\s+to\s+$/i.test(between) && !low.isPercent && high.isPercent && !high.isFraction && low.unit === "to" && low.value < high.value && !/\b(?:from|rose|fell|up|down|by|cut|raised|increased|decreased)\s+$/i.test(before);
    if (!isBetween && !isToPercent) continue;
    quantities.splice(i, 2, { ...low, end: high.end, text: sentence.slice(low.start, high.end), high: high.value, isPercent: low.isPercent || high.isPercent, unit: high.unit, currency: low.currency ?? high.currency });
  }
}

/** Shares written as percentages or fractions. */
export function findPercentages(sentence: string): Quantity[] {
  return findQuantities(sentence).filter((quantity) => quantity.isPercent);
}

/** Years (1500–2099) written in digits. */
export function findYears(sentence: string): Quantity[] {
  return findQuantities(sentence).filter((quantity) => quantity.isYear);
}

/** Parses one number ("20", "two", "twenty-five", "1,500"), or null. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim().toLowerCase();
  if (/^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/.test(trimmed)) return Number(trimmed.replace(/,/g, ""));
  return new RegExp(`^${WORD_NUMBER}$`, "i").test(trimmed) ? wordValue(trimmed) : null;
}

/**
 * How far rounding may have moved a written number: half its last digit's
 * place when it has decimals or a scale ("1.5 million" ± 50,000, "3bn" ± 0.5bn);
 * nothing for a plain whole number, which is a count.
 */
export function roundingSlack(quantity: Quantity): number {
  if (quantity.isFraction) return 0;
  const digits = /[\d,]*(?:\.(\d+))?/.exec(quantity.text.replace(/^(?:US|A|C|NZ|HK|S)?[$£€¥]/, ""));
  if (!digits || digits[0] === "") return 0;
  const decimals = digits[1]?.length ?? 0;
  const base = Number(digits[0].replace(/,/g, ""));
  const multiplier = base === 0 ? 1 : quantity.value / base;
  if (decimals === 0 && multiplier === 1) return 0;
  return 0.5 * 10 ** -decimals * multiplier;
}

/**
 * Rounding a writer shows by decimals only: "1.5 million" ± 50,000, but "$4bn"
 * and "1,200" as written. For sums and ratios of several figures, where "half
 * the last digit" of every whole number of billions would swallow any error.
 */
export function decimalSlack(quantity: Quantity): number {
  return /\d\.\d/.test(quantity.text) ? roundingSlack(quantity) : 0;
}

/** The smallest and largest value a quantity allows, from its approximation and range. */
export function bounds(quantity: Quantity, tolerance: number): [number, number] {
  const high = quantity.high ?? quantity.value;
  switch (quantity.approx) {
    case "over":
      return [quantity.value, Infinity];
    case "under":
      return [-Infinity, high];
    case "about":
      return [quantity.value - 2 * tolerance, high + 2 * tolerance];
    default:
      return [quantity.value - tolerance, high + tolerance];
  }
}

/** 3,000 against 300 or 30,000: two figures a power of ten apart, the slip of a misplaced digit or scale. */
export function isPowerOfTenApart(a: number, b: number): boolean {
  if (a <= 0 || b <= 0) return false;
  const exponent = Math.log10(Math.max(a, b) / Math.min(a, b));
  return exponent >= 0.9 && Math.abs(exponent - Math.round(exponent)) < 0.05;
}

// The word after a figure names what it counts only when it is no function word: "9,000 in 2022", "£5m to the
// fund", "40 last year", "1.2 billion (…" name nothing.
const FUNCTION_WORDS = new Set([
  "a", "an", "the", "this", "that", "last", "then", "now", "today", "before", "earlier", "ago",
  "in", "on", "at", "to", "from", "against", "for", "of", "per", "each", "by", "with", "than", "worth",
  "and", "or", "but", "while", "is", "was", "were", "are",
]);

/** The noun a quantity counts ("people" in "40 people"), or "" when the word after it is a function word. */
export function countedUnit(q: Quantity): string {
  return FUNCTION_WORDS.has(q.unit) ? "" : q.unit;
}
