// Numbers as news copy writes them: "1,200", "1.5", "$3bn", "2 million",
// "twenty-five", "a dozen", "15%", "15 per cent". Offsets refer to the sentence.

export type Quantity = { value: number; start: number; end: number; isPercent: boolean; isYear: boolean; text: string };

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
};

const UNIT_WORDS = Object.keys(UNITS).join("|");
const TEN_WORDS = Object.keys(TENS).join("|");
const WORD_NUMBER = `(?:(?:${TEN_WORDS})(?:[- ](?:${UNIT_WORDS}))?|${UNIT_WORDS}|a dozen|dozen)`;
const DIGITS = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
const SCALE = "(?:\\s?(?:hundred|thousand|million|billion|trillion)\\b|(?:k|m|mn|bn|b|tn)\\b)";
const PERCENT = "(?:\\s?%|\\s?(?:percent|per cent|pc)\\b)";
const QUANTITY = new RegExp(
  `(?<![\\p{L}\\d.,])[$£€¥]?(?:(${DIGITS})|\\b(${WORD_NUMBER})\\b)(${SCALE})?(${PERCENT})?`,
  "giu",
);

/** Every number in `sentence`, in order. */
export function findQuantities(sentence: string): Quantity[] {
  const quantities: Quantity[] = [];
  QUANTITY.lastIndex = 0;
  for (let match = QUANTITY.exec(sentence); match; match = QUANTITY.exec(sentence)) {
    const [text, digits, words, scale, percent] = match;
    const base = digits !== undefined ? Number(digits.replace(/,/g, "")) : wordValue(words.toLowerCase());
    const multiplier = scale ? SCALES[scale.trim().toLowerCase()] : 1;
    const value = base * multiplier;
    const isYear = digits !== undefined && !scale && !percent && /^(?:1[5-9]|20)\d\d$/.test(digits);
    quantities.push({ value, start: match.index, end: match.index + text.length, isPercent: Boolean(percent), isYear, text });
  }
  return quantities;
}

/** Shares written as percentages. */
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
  const digits = /[\d,]+(?:\.(\d+))?/.exec(quantity.text);
  if (!digits) return 0;
  const decimals = digits[1]?.length ?? 0;
  const base = Number(digits[0].replace(/,/g, ""));
  const multiplier = base === 0 ? 1 : quantity.value / base;
  if (decimals === 0 && multiplier === 1) return 0;
  return 0.5 * 10 ** -decimals * multiplier;
}

function wordValue(words: string): number {
  if (words === "a dozen" || words === "dozen") return 12;
  const [tens, unit] = words.split(/[- ]/);
  if (tens in TENS) return TENS[tens] + (unit ? UNITS[unit] : 0);
  return UNITS[words];
}
