// Reading figures out of a sentence for the consistency rules.
const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
};

export type Figure = { value: number; start: number; end: number; isPercent: boolean; isYear: boolean };

const FIGURE = /\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(\s?%|\s?per ?cent\b)?|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\b/gi;

export function readFigures(sentence: string): Figure[] {
  const figures: Figure[] = [];
  for (const match of sentence.matchAll(FIGURE)) {
    const value = match[3] ? WORDS[match[3].toLowerCase()] : Number(match[1].replace(/,/g, ""));
    const isPercent = Boolean(match[2]);
    const isYear = !isPercent && /^(1[89]|20)\d\d$/.test(match[1] ?? "");
    figures.push({ value, start: match.index!, end: match.index! + match[0].length, isPercent, isYear });
  }
  return figures;
}

export function parseNumberWord(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  return WORDS[word.toLowerCase()] ?? null;
}
