// Numbers written as words: "two", "twenty-five", "a dozen".
const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

const UNIT_WORDS = Object.keys(UNITS).join("|");
const TEN_WORDS = Object.keys(TENS).join("|");
export const WORD_NUMBER = `(?:(?:${TEN_WORDS})(?:[- ](?:${UNIT_WORDS}))?|${UNIT_WORDS}|a dozen|dozen)`;

/** The value of a lower-case number word matched by WORD_NUMBER (NaN otherwise). */
export function wordValue(words: string): number {
  if (words === "a dozen" || words === "dozen") return 12;
  const [tens, unit] = words.split(/[- ]/);
  if (tens in TENS) return TENS[tens] + (unit ? (UNITS[unit] ?? NaN) : 0);
  return UNITS[words] ?? NaN;
}
