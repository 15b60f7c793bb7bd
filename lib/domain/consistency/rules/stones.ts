// Stones and pounds ("11st 10lb", "14 stone 2lb"), one weight however it is written: numbers.ts reads two figures and
// measures.ts no compound of them ("st" alone may be a street or a saint), so magnitude-mismatch and
// unit-restatement read the pair here as one weight in pounds (a stone is 14lb).
import type { Measure } from "../measures";
import type { Quantity } from "../numbers";

const POUND_KG = 0.45359;
const STONES_BEFORE = /(?<![\d.,])(\d+(?:\.\d+)?)(?:\s*st|\s+stones?)\s+$/i;

/** The figures of `sentence` with "11st 10lb" read as one figure of 164 (pounds, its unit the second's). */
export function inPounds(sentence: string, quantities: readonly Quantity[]): Quantity[] {
  const merged: Quantity[] = [];
  for (let i = 0; i < quantities.length; i++) {
    const [stones, pounds] = [quantities[i], quantities[i + 1]];
    const isPair = pounds && /^(?:st|stone|stones)$/.test(stones.unit) && /^lbs?$/.test(pounds.unit) && STONES_BEFORE.test(sentence.slice(stones.start, pounds.start));
    if (!isPair || stones.currency || pounds.currency) {
      merged.push(stones);
      continue;
    }
    merged.push({ ...pounds, value: stones.value * 14 + pounds.value, start: stones.start, text: sentence.slice(stones.start, pounds.end).replace(/lbs?$/, "") });
    i++;
  }
  return merged;
}

/** The measures of `sentence` with "11st 10lb" or "14 stone 2lb" joined into one weight. */
export function withStones(sentence: string, measures: readonly Measure[]): Measure[] {
  const joined: Measure[] = [];
  for (const m of measures) {
    const stones = /^lbs?$/i.test(m.unit) ? STONES_BEFORE.exec(sentence.slice(Math.max(0, m.start - 20), m.start)) : null;
    if (!stones) {
      joined.push(m);
      continue;
    }
    const start = m.start - stones[0].length;
    // ("14 stone" is a measure of its own in measures.ts: it is the pair's first half.)
    if (joined.at(-1)?.start === start) joined.pop();
    joined.push({ ...m, base: m.base + Number(stones[1]) * 14 * POUND_KG, start, text: sentence.slice(start, m.end), isCompound: true });
  }
  return joined;
}
