// A fall in a price told again as the fraction it took off the value: "The shares slumped 32% on Tuesday, wiping a
// fifth off the company's value". fractions.ts does not read "a fifth off" as a share (a fraction there needs "of",
// a bracket or a verb after it, and "a fifth off" is mostly "a fifth off the price" of a sale, no share at all), so
// the construction is read here, in its own file to keep fraction-mismatch.ts short; fraction-mismatch compares.
import { approximationBefore, findPercentages, type Quantity } from "../numbers";
import { wordValue } from "../number-words";

const DENOMINATORS: Record<string, number> = { third: 3, quarter: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };
// ", wiping a fifth off", ", knocking almost two-thirds off": the fraction a fall took off, said right after it.
const OFF = /^[^,;:()–—]{0,40},\s*(?:which\s+)?(?:wiping|wiped|knocking|knocked|shaving|shaved|slicing|sliced|taking|took|cutting|cut)\s+(?:(?:almost|nearly|about|around|roughly|some|more\s+than|just\s+over|just\s+under|over|under)\s+)?((a|an|one|two|three|four|five|six|seven|eight|nine)[- ](third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)s?|half)\s+off\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}’'-]+[’']s\s+)?(?:market\s+)?(?:value|valuation|worth|capitali[sz]ation|share\s+price|price)\b/diu;
// "The shares slumped 32%", "its stock price fell 32%": a fall of a price, which takes the same share off the value
// ("Sales fell 32%, wiping a fifth off the group's value" is a fall of something else).
const PRICE_FELL = /\b(?:shares?|stocks?|share\s+price|stock\s+price|valuation|index)\s+(?:have\s+|has\s+|had\s+)?(?:fell|fallen|dropped|slumped|plunged|plummeted|tumbled|sank|sunk|slid|crashed|dived|declined|lost|shed|were\s+down|was\s+down)\s+(?:by\s+)?(?:(?:almost|nearly|about|around|roughly|some|more\s+than|over|just\s+over|just\s+under)\s+)?$/i;

export type FractionOff = { fall: Quantity; fraction: Quantity };

/** Each fall in a price and the fraction it is said to have wiped off the value. */
export function fractionsOffValue(sentence: string): FractionOff[] {
  if (!/\soff\s/i.test(sentence)) return [];
  const found: FractionOff[] = [];
  for (const fall of findPercentages(sentence)) {
    if (fall.isFraction || !PRICE_FELL.test(sentence.slice(Math.max(0, fall.start - 60), fall.start))) continue;
    const match = OFF.exec(sentence.slice(fall.end));
    if (!match) continue;
    const [, text, numeratorWord, denominatorWord] = match;
    const numerator = numeratorWord === undefined || /^an?$/i.test(numeratorWord) ? 1 : wordValue(numeratorWord.toLowerCase());
    const denominator = denominatorWord === undefined ? 2 : DENOMINATORS[denominatorWord.toLowerCase()];
    if (!Number.isFinite(numerator) || numerator >= denominator || !match.indices?.[1]) continue;
    const start = fall.end + match.indices[1][0];
    const fraction: Quantity = { ...fall, value: (100 * numerator) / denominator, text, start, end: start + text.length, isFraction: true, approx: approximationBefore(sentence, start) };
    found.push({ fall, fraction });
  }
  return found;
}
