// "GBP46m", "USD 3bn", "EUR500m": wire copy writes the ISO code where a symbol would go. numbers.ts reads only the
// symbols, and a code glued to its figure hides the figure altogether, so a rule that compares amounts reads the
// sentence with each code put as its symbol, padded to the code's own length so that every offset stays the same.
// (Its own file: the shared parser stays as it is, and any amount rule may read codes the same way.)

// The code, then at most one space, then the figure: each replaced by a symbol numbers.ts knows, right-aligned.
const CODE_BEFORE_FIGURE = /\b(GBP|USD|EUR|JPY|AUD|CAD|NZD|HKD|SGD)(\s?)(?=\d)/g;
const SYMBOL: Record<string, string> = { GBP: "£", USD: "$", EUR: "€", JPY: "¥", AUD: "A$", CAD: "C$", NZD: "NZ$", HKD: "HK$", SGD: "S$" };

/** `sentence` with "GBP46m" as "  £46m" (the same length), or the very sentence when it has no code. */
export function withCurrencySymbols(sentence: string): string {
  if (!/\b(?:GBP|USD|EUR|JPY|AUD|CAD|NZD|HKD|SGD)\s?\d/.test(sentence)) return sentence;
  return sentence.replace(CODE_BEFORE_FIGURE, (code: string, name: string, space: string) => SYMBOL[name].padStart(name.length + space.length, " "));
}

/** A finding's start moved back over the code its figure was written with ("GBP46m" starts at the "G", not the "P"). */
export function startOfCode(written: string, start: number): number {
  for (const code of written.matchAll(CODE_BEFORE_FIGURE)) {
    if (code.index + code[0].length - SYMBOL[code[1]].length === start) return code.index;
  }
  return start;
}
