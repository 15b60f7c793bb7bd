import type { Finding } from "../rule";
import { RANK_RULE_ID } from "./rank-figures";

// (A file of its own to keep rank-against-figures small.) "Rovers have the lowest wage bill of the league's ten clubs,
// at £18m, £4m more than the next-lowest": "the next-lowest" is the one ranked just after the subject on the same
// measure, so the subject must be further that way than it, whatever its figures. A comparative the other way on the
// same measure ("more than the next-lowest", "cheaper than the next dearest", "slower than the next fastest")
// contradicts the ranking. Comparatives of another measure ("heavier than the next fastest") and directionless ranks
// ("the next best") say nothing of it.
type Measure = { up: readonly string[]; down: readonly string[] };
const MEASURES: readonly Measure[] = [
  { up: ["bigger", "larger", "greater"], down: ["smaller"] },
  { up: ["higher"], down: ["lower"] },
  { up: ["dearer", "pricier", "costlier", "more expensive"], down: ["cheaper", "less expensive"] },
  { up: ["faster", "quicker"], down: ["slower"] },
  { up: ["longer"], down: ["shorter"] },
  { up: ["taller"], down: ["shorter"] },
  { up: ["older"], down: ["younger"] },
  { up: ["hotter", "warmer"], down: ["colder", "cooler"] },
  { up: ["wetter"], down: ["drier"] },
  { up: ["heavier"], down: ["lighter"] },
  { up: ["richer"], down: ["poorer"] },
  { up: ["stronger"], down: ["weaker"] },
  { up: ["busier"], down: ["quieter"] },
];
// "£4m more", "fewer than": an amount compares on any measure but speed (more time is slower, so "more" is ambiguous).
const AMOUNT_UP = new Set(["more"]);
const AMOUNT_DOWN = new Set(["less", "fewer"]);
const SPEED = MEASURES[3];
// The superlative of each comparative: "bigger" → "biggest", "drier" → "driest", "more expensive" → "most expensive".
const superlativeOf = (comparative: string) => comparative.replace(/^more\s/, "most ").replace(/^less\s/, "least ").replace(/er$/, "est");
const COMPARATIVES = MEASURES.flatMap((m) => [...m.up, ...m.down]).concat([...AMOUNT_UP, ...AMOUNT_DOWN]);
const NEXT_GAP = new RegExp(`\\b(${COMPARATIVES.map((c) => c.replace(/\s/g, "\\s+")).join("|")})\\s+than\\s+(?:the|its|their)\\s+next[-\\s]+((?:most|least)[-\\s]+[\\p{L}-]+|[\\p{L}]+est)\\b`, "giu");

/** The direction a superlative ranks on `measure`, or null when it is not one of its superlatives. */
function directionOn(measure: Measure, superlative: string): "up" | "down" | null {
  if (measure.up.some((c) => superlativeOf(c) === superlative)) return "up";
  return measure.down.some((c) => superlativeOf(c) === superlative) ? "down" : null;
}

export function nextGapAgainstRank(sentence: string): Finding[] {
  if (!/\bnext[-\s]/i.test(sentence)) return [];
  for (const match of sentence.matchAll(NEXT_GAP)) {
    const comparative = match[1].toLowerCase().replace(/\s+/g, " ");
    const superlative = match[2].toLowerCase().replace(/[-\s]+/g, " ");
    let against = false;
    if (AMOUNT_UP.has(comparative) || AMOUNT_DOWN.has(comparative)) {
      const ranked = MEASURES.filter((m) => m !== SPEED).map((m) => directionOn(m, superlative)).find((d) => d !== null) ?? (/^(?:most|fewest)$/.test(superlative) ? "up" : superlative === "least" ? "down" : null);
      against = ranked !== null && ranked !== (AMOUNT_UP.has(comparative) ? "up" : "down");
    } else {
      const measure = MEASURES.find((m) => m.up.includes(comparative) || m.down.includes(comparative))!;
      // ("shorter" is both a length and a height: either reading will do.)
      const ranked = MEASURES.filter((m) => m.up.includes(comparative) || m.down.includes(comparative)).map((m) => directionOn(m, superlative)).find((d) => d !== null) ?? null;
      against = ranked !== null && ranked !== (measure.up.includes(comparative) ? "up" : "down");
    }
    if (!against) continue;
    return [{
      ruleId: RANK_RULE_ID,
      message: `“${match[0]}”: the next ${superlative} is ranked after it, so it cannot be ${comparative}.`,
      start: match.index,
      end: match.index + match[0].length,
    }];
  }
  return [];
}
