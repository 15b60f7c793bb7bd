import { unitNamed, type Dimension } from "../measures";
import { countedUnit, type Quantity } from "../numbers";

// What a rank word ranks by, so that a figure of another measure is not read as the ranked one: "The richest club, with
// 40 trophies, has won fewer than Celtic, with 55", "The longest bridge, built for £200m, cost less than the £300m
// tunnel", "The wettest county, with 1,200 farms, had fewer than Devon". Money ranks need money; ranks of size, weight,
// weather or speed need a figure in their units or a bare one, and never money. Other ranks (biggest, highest, top,
// most popular) may rank by anything.
const MONEY = /^(?:richest|poorest|cheapest|dearest|priciest|costliest|most\s+expensive|least\s+expensive|best-paid|highest-paid|lowest-paid|worst-paid|top-grossing|top-earning|most\s+valuable|least\s+valuable)$/i;
// Each rank word's dimensions in measures.ts's table of units, and the words for its measure that are no unit there
// ("storeys", "lengths", "stone", "in", "s").
const UNITS: { words: RegExp; dimensions: readonly Dimension[]; others: RegExp }[] = [
  { words: /^(?:tallest|shortest|longest|widest|narrowest|deepest|shallowest)$/i, dimensions: ["length", "time"], others: /^(?:in|storeys?|stories|floors?|lengths?|s)$/i },
  { words: /^(?:heaviest|lightest)$/i, dimensions: ["mass"], others: /^(?:stone)$/i },
  { words: /^(?:wettest|driest)$/i, dimensions: [], others: /^(?:mm|cm|millimetres?|centimetres?|in|inches|days?)$/i },
  { words: /^(?:hottest|coldest|warmest|coolest)$/i, dimensions: ["temperature"], others: /^(?:degrees?)$/i },
  { words: /^(?:fastest|slowest|quickest)$/i, dimensions: ["speed", "time"], others: /^(?:s|metres?|m|mile|miles)$/i },
];

function isUnitOf(dimension: (typeof UNITS)[number], word: string): boolean {
  const info = unitNamed(word);
  return (info !== undefined && dimension.dimensions.includes(info.dimension)) || dimension.others.test(word);
}
// Busiest ranks by traffic of any kind, oldest and youngest by age: never by money.
const NOT_MONEY = /^(?:busiest|oldest|youngest|newest)$/i;

/** Whether `q` can be what `word` ranks by. */
export function measuresRank(word: string, q: Quantity): boolean {
  const plain = word.toLowerCase().replace(/\s+/g, " ");
  if (MONEY.test(plain)) return q.currency !== null;
  if (NOT_MONEY.test(plain)) return q.currency === null;
  const dimension = UNITS.find(({ words }) => words.test(plain));
  if (!dimension) return true;
  if (q.currency !== null) return false;
  // ("beside the 2.03m captain": the unit may be glued to the figure, with a noun after it.)
  const unit = countedUnit(q).replace(/^-/, "");
  const glued = /[\p{L}°/]+$/u.exec(q.text.trim())?.[0] ?? "";
  return q.isPercent || unit === "" || isUnitOf(dimension, unit) || isUnitOf(dimension, glued);
}

// "The biggest party, with 35% of the vote, won 40% of the seats, against 30% for Labour": shares of two wholes rank
// nothing against each other. A share's whole is the one named after it ("of the vote", "of its book"), or else the
// whole of the share before it ("against 30% for Labour" is of the seats). An "its" whole is each holder's own.
const WHOLE_AFTER = /^\s+of\s+(?:the\s+|all\s+)?((?:its|their|his|her)\s+)?((?:[\p{L}-]+[’']s\s+)?[\p{L}-]+)/iu;

/** The whole each share in `quantities` is of, lower case, or null where none is told. */
export function shareWholes(sentence: string, quantities: readonly Quantity[]): Map<Quantity, string | null> {
  const wholes = new Map<Quantity, string | null>();
  let previous: string | null = null;
  for (const q of [...quantities].sort((a, b) => a.start - b.start)) {
    if (!q.isPercent || q.isFraction) continue;
    const named = WHOLE_AFTER.exec(sentence.slice(q.end, q.end + 40));
    const whole: string | null = named ? `${named[1] ? "its " : ""}${named[2].toLowerCase()}` : previous;
    wholes.set(q, whole);
    previous = whole;
  }
  return wholes;
}

/** Whether two shares are told of different wholes. */
export function otherWholes(wholes: Map<Quantity, string | null>, a: Quantity, b: Quantity): boolean {
  const [wa, wb] = [wholes.get(a) ?? null, wholes.get(b) ?? null];
  return wa !== null && wb !== null && (wa !== wb || wa.startsWith("its "));
}

// A rank has a scope; a figure from beyond it is no rival: "ranked worst in the region, …, against 61% nationally",
// "the country's busiest airport, …, against 90 million at Atlanta, the world's busiest" (a rival called the top of its
// own scope). Another named place is left alone: "the largest in Britain, …, against 500 in London" names one within.
// ("leads among women with 46%, though the Republican has 48% overall".)
const WIDER_AFTER = /^\s*,?\s*(?:nationally|globally|overall|worldwide|internationally|across\s+the\s+(?:country|world|nation|uk|us|eu)|in\s+the\s+world|elsewhere\s+in\s+the\s+(?:country|world))\b/i;
const TOP_OF_ITS_OWN = /^(?:[\s,]+[\p{L}’'-]+){0,4}?,\s+(?:the\s+)?(?:\p{L}+[’']s\s+)?(?:[\p{L}-]+est|most\s+\p{L}+|best|worst)\b|^,?\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*[’']s|world[’']s|country[’']s|nation[’']s)\s+(?:[\p{L}-]+est|most\s+\p{L}+|best|worst)\b/u;

// ("edged out the second-fastest, at 1min 27.9sec": a rival's place after the first is no top of a scope of its own.)
const TOP_OF_ITS_OWN_BEFORE = /(?:\p{L}+[’']s|\bthe)\s+(?!(?:second|third|fourth|fifth|next)[-\s])(?:[\p{L}-]+est|most\s+\p{L}+|best|worst)(?:\s+[\p{L}-]+)?\s*,\s+(?:(?:with|on|at)\s+)?(?:(?:about|some|just|nearly)\s+)?$/u;

/** Whether the figure at `start`–`end` is from beyond the scope of the rank that ends at `rankEnd`. */
export function beyondScope(sentence: string, rankEnd: number, start: number, end: number): boolean {
  const after = sentence.slice(end, end + 60);
  // ("Rutland, England's smallest, with 38,000": the rival's own rank may come before its figure.)
  if (start > rankEnd + 1 && TOP_OF_ITS_OWN_BEFORE.test(sentence.slice(rankEnd + 1, start))) return true;
  return WIDER_AFTER.test(after) || TOP_OF_ITS_OWN.test(after);
}

// "The largest employer, with 3,000 staff, serves 40,000 customers, against 60,000 at its rival": counts of two things
// rank nothing against each other. A bare count is of the thing the count before it named.
const NOT_A_THING = /^(?:fewer|more|less|than|higher|lower|bigger|smaller|larger|greater|ahead|behind|above|below|up|down|over|under|short|apart|times|per|each|a|an|in|of|on|at|to|from|with|against|compared|and|or|but|while|now|then|this|last|next|other|others)$/;
const TIME_WORD = /^(?:seconds?|secs?|s|minutes?|mins?|hours?|hrs?|h|days?|weeks?|months?|years?)$/;

/** The thing each count in `quantities` counts, or "" where none is told. */
export function countUnits(quantities: readonly Quantity[]): Map<Quantity, string> {
  const units = new Map<Quantity, string>();
  let previous = "";
  for (const q of [...quantities].sort((a, b) => a.start - b.start)) {
    if (q.isPercent || q.isFraction || q.currency !== null || q.isYear) continue;
    // ("2 million fewer than", "6 hours 10 minutes": a word of comparison is no thing counted, and units of time are one.)
    const word = countedUnit(q).replace(/^-/, "").toLowerCase();
    const named = NOT_A_THING.test(word) ? "" : TIME_WORD.test(word) ? "time" : word.replace(/s$/, "");
    const unit = named || previous;
    units.set(q, unit);
    previous = unit;
  }
  return units;
}

/** Whether two counts are told of different things. */
export function otherThings(units: Map<Quantity, string>, a: Quantity, b: Quantity): boolean {
  const [ua, ub] = [units.get(a) ?? "", units.get(b) ?? ""];
  return ua !== "" && ub !== "" && ua !== ub;
}

// "the biggest individual shareholder, with 9%, though institutions together own 72%": a figure said of many holders
// at once ("together", "combined", "between them") is no one rival's level.
const JOINT_BEFORE = /\b(?:together|combined|jointly|collectively|between\s+them)\s+(?:[\p{L}’'-]+\s+){0,2}?(?:(?:about|some|just|only|nearly|almost)\s+)?$/iu;
const JOINT_AFTER = /^\s+(?:[\p{L}’'-]+\s+){0,3}?(?:together|combined|between\s+them|jointly|collectively)\b/iu;

/** Whether the figure at `start`–`end` is the sum of several holders'. */
export function isJointFigure(sentence: string, start: number, end: number): boolean {
  return JOINT_BEFORE.test(sentence.slice(Math.max(0, start - 40), start)) || JOINT_AFTER.test(sentence.slice(end, end + 30));
}
