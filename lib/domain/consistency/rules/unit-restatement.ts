import { BASE_UNIT_NAME, findMeasures, type Measure } from "../measures";
import { isPowerOfTenApart } from "../numbers";
import type { ConsistencyRule, Finding } from "../rule";
import { areaAgainstSides } from "./area-of-sides";
import { basisPointsAgainstPoints } from "./basis-points";
import { isDifferenceOrPart } from "./difference-after";
import { penceAgainstPercent } from "./pence-in-pound";
import { percentOnEvery } from "./percent-on-every";
import { timeSavedOverDays } from "./time-saved-over-days";
import { pointsBetweenShares } from "./points-between-shares";
import { withStones } from "./stones";
import { asChange, isTemperatureChange } from "./temperature-change";
import { isWholeOfShare } from "./whole-of-share";

/**
 * One measure set beside itself in other units must be the same measure, whatever the units:
 * "2 hours 45 minutes (145 minutes)", "a 90-minute break, or one and a quarter hours",
 * "1,800 hectares, or 180 square kilometres", "120mm of rain, or 1.2 centimetres".
 * Both are converted to one base unit; the less precise figure's rounding is allowed, 2%
 * besides, and 6% when either is approximate ("about", "some", "nearly"); for degrees
 * ("40C (104F)") one degree, or two.
 */
export const unitRestatement: ConsistencyRule = {
  id: "unit-restatement",
  description: "A measure restated in other units (“three days, or 36 hours”) must be the same measure.",
  check(sentence) {
    const measures = inTroyOunces(sentence, withStones(sentence, findMeasures(sentence)));
    const findings: Finding[] = [];
    for (let i = 0; i + 1 < measures.length; i++) {
      if (!isRestatement(sentence, measures[i], measures[i + 1], measures[i + 2])) continue;
      // ("warming of 1.5C, or 2.7F": a change in temperature is compared as a change, from its zero.)
      const isChange = isTemperatureChange(sentence, measures[i], measures[i + 1]);
      const [first, second] = isChange ? [asChange(measures[i]), asChange(measures[i + 1])] : [measures[i], measures[i + 1]];
      const isExact = first.approx === "exact" && second.approx === "exact";
      // Degrees have no zero to take a share of: "40C (104F)" may be a degree out, "about 86F" two.
      const tolerance = first.dimension === "temperature" && !isChange ? (isExact ? 1 : 2) : (isExact ? 0.02 : 0.06) * Math.max(first.base, second.base);
      const slack = Math.max(first.slack, second.slack) + tolerance;
      const side = wrongSide(first, second);
      if ((Math.abs(first.base - second.base) <= slack || isWithinLooseBound(sentence, first, second)) && !side) continue;
      const scale = Math.max(first.base, second.base);
      const [bound, exact] = second.approx === "exact" ? [first, second] : [second, first];
      findings.push({
        ruleId: unitRestatement.id,
        message: side && Math.abs(first.base - second.base) <= slack
          ? `${exact.text} is ${describe(exact.base, exact.dimension, scale)}, not ${side} ${bound.text} (${describe(bound.base, bound.dimension, scale)}).`
          : `${first.text} is ${describe(first.base, first.dimension, scale)}, but it is restated as ${second.text} (${describe(second.base, second.dimension, scale)})${isChange ? ", read as a change in temperature" : ""}.`,
        start: first.start,
        end: second.end,
      });
    }
    // ("cut by 25 basis points, a reduction of 2.5 percentage points": a unit of a change in a rate.)
    // ("105 metres by 68 metres, an area of 7,140 square metres": the area of two lengths.)
    // ("2.5 per cent, 25 basis points above the current 2.3 per cent": a gap between two percentages.)
    // ("3.2 per cent …, worth 32p in every pound": a percentage as pence in the pound; "at 4%, €4 on every €1,000".)
    const points = [...basisPointsAgainstPoints(sentence, unitRestatement.id), ...pointsBetweenShares(sentence, unitRestatement.id), ...penceAgainstPercent(sentence, unitRestatement.id), ...percentOnEvery(sentence, unitRestatement.id)];
    // ("cut journeys by 20 minutes, saving 80 hours over a 240-day year": a saving each day over the days.)
    return [...findings, ...points, ...areaAgainstSides(sentence, measures, unitRestatement.id), ...timeSavedOverDays(sentence, measures, unitRestatement.id)];
  },
  // magnitude-mismatch also converts tonnes, kilograms, kilometres and acres: one warning for one slip is enough.
  defersTo: ["magnitude-mismatch"],
};

// Gold, silver and the other precious metals are weighed in troy ounces (31.1 g, not 28.35 g): "3.1 million ounces,
// equivalent to about 96 tonnes of the metal".
const PRECIOUS = /\b(?:gold|silver|platinum|palladium|rhodium|bullion|precious metals?|troy)\b/i;
const OUNCE = /^(?:oz|ounces?)$/i;
const TROY_PER_OUNCE = 31.1035 / 28.3495;

function inTroyOunces(sentence: string, measures: Measure[]): Measure[] {
  if (!PRECIOUS.test(sentence)) return measures;
  return measures.map((m) => (OUNCE.test(m.unit) ? { ...m, base: m.base * TROY_PER_OUNCE, slack: m.slack * TROY_PER_OUNCE } : m));
}

// A bound said of one measure puts the other on its side: "90 minutes, just over two hours", "42 minutes, well over
// an hour", "nearly three hours (190 minutes)" are each on the wrong side of their bound, however loosely the bound's
// own round number ("two hours") is written. Only the exact figure's rounding is allowed, and 2% besides (degrees: one).
// Returns the bound in words ("more than", "less than") when the exact figure breaks it.
function wrongSide(first: Measure, second: Measure): string | null {
  const [bound, exact] = second.approx === "over" || second.approx === "under" ? [second, first] : [first, second];
  if (exact.approx === "over" || exact.approx === "under" || bound.approx === "exact" || bound.approx === "about") return null;
  const tolerance = exact.slack + (bound.dimension === "temperature" ? 1 : 0.02 * bound.base);
  if (bound.approx === "over" && exact.base + tolerance < bound.base) return "more than";
  if (bound.approx === "under" && exact.base - tolerance > bound.base) return "less than";
  return null;
}

// "72 minutes, well over an hour", "10 minutes, less than an hour": a loose bound holds anything on its side; only
// "just over", "nearly" and the like say how near.
const TIGHT_BOUND = /\b(?:just|a\s+little|slightly|nearly|almost|close\s+to|not\s+quite)\s+(?:over|under|more\s+than|less\s+than|short\s+of\s+)?\s*$/i;

function isWithinLooseBound(sentence: string, first: Measure, second: Measure): boolean {
  const [bound, exact] = second.approx === "over" || second.approx === "under" ? [second, first] : [first, second];
  if (exact.approx === "over" || exact.approx === "under" || !(bound.approx === "over" || bound.approx === "under")) return false;
  if (TIGHT_BOUND.test(sentence.slice(Math.max(0, bound.start - 20), bound.start))) return false;
  // ("1,200 acres, well over 48 hectares": a power of ten apart is the slip, whatever the bound.)
  return (bound.approx === "over" ? exact.base >= bound.base : exact.base <= bound.base) && !isPowerOfTenApart(exact.base, bound.base);
}

// Between a measure and its restatement: a few words of what is measured ("of rain", "lunch
// break"), a bracket, comma, dash or colon, then perhaps "or", "that is", "equivalent to" and an
// approximation — nothing else ("5km, walked 3km" is two things).
// "3,000 square kilometres, an area of about 3,000 square miles": a noun naming the measure says it is the same one.
const MARKER = "or|that is|i\\.e\\.,?|equivalent to|the equivalent of|which is|an? (?:area|distance|length|depth|height|weight|mass|volume) of";
const APPROX = "some|about|around|roughly|nearly|almost|approximately|just over|just under|well over|well under|a little over|a little under|more than|less than|over|under|close to|not quite|just short of|at least|upwards of|in excess of|up to";
// ("lost 3.2 metres of thickness since 2000, or 32 centimetres": the year of a change may come before the comma.)
// ("lasted 48 hours, a full three days": "a full", "a whole" stress that it is the same length, all of it.)
const BETWEEN = new RegExp(
  `^(?:\\s+(?:of\\s+)?[\\p{L}’'-]+){0,3}?(?:\\s+(?:since|in|by)\\s+(?:19|20)\\d\\d)?\\s*\\)?\\s*(\\(|,|[–—]|\\s-\\s|:)\\s*(?:(${MARKER})\\s+)?(?:(?:${APPROX}|a\\s+full|a\\s+whole|an\\s+entire)\\s+)?$`,
  "iu",
);
// A rate of either ("a day", "per year", "every week"): a rate and a total are not one quantity.
const RATE = /^(?:\s+(?:of\s+)?[\p{L}’'-]+){0,2}?\s*(?:a|an|per|each|every)\s+(?:day|week|month|year|hour|minute|second|season|night|head|person)\b/iu;
// "500 gigawatt-hours a year (5 terawatt-hours)", "30 litres a day (6.6 gallons)": a bracket closed right after the
// second figure restates the rate in other units, its period understood, unless another length of time in the
// sentence may be what the second is the total over ("a 10-year deal for 500 GWh a year (5 TWh)").
const RATE_THEN_BRACKET = new RegExp(`^(?:\\s+(?:of\\s+)?[\\p{L}’'-]+){0,2}?\\s*(?:a|an|per|each|every)\\s+\\p{L}+\\s*\\(\\s*(?:(?:${APPROX})\\s+)?$`, "iu");

function isRateBracketed(sentence: string, afterFirst: string, second: Measure): boolean {
  if (!RATE_THEN_BRACKET.test(afterFirst)) return false;
  return /^\s*\)/.test(sentence.slice(second.end)) && isPeriodUnderstood(sentence, second);
}

function isPeriodUnderstood(sentence: string, second: Measure): boolean {
  if (second.dimension === "time") return false;
  return !findMeasures(sentence).some((m) => m.dimension === "time") && !/\b(?:decades?|lifetime|life|term)\b/i.test(sentence);
}

// "lost 630 million litres a day to leaks, the equivalent of 63,000 cubic metres": a rate, a few words of where it
// goes, then a comma and words that say the next measure is the same ("the equivalent of", "that is", "or"), its
// period understood as a bracket's is. The second must then be set off, with no period of its own.
const RATE_THEN_SAID_SAME = new RegExp(
  `^(?:\\s+(?:of\\s+)?[\\p{L}’'-]+){0,2}?\\s*(?:a|an|per|each|every)\\s+\\p{L}+(?:\\s+[\\p{L}’'-]+){0,3}?\\s*(?:,|[–—]|\\s-\\s)\\s*(?:or|that is|equivalent to|the equivalent of|which is)\\s+(?:(?:${APPROX})\\s+)?$`,
  "iu",
);

function isRateSaidSame(sentence: string, first: Measure, second: Measure): boolean {
  const afterSecond = sentence.slice(second.end, second.end + 40);
  if (first.dimension !== second.dimension || !RATE_THEN_SAID_SAME.test(sentence.slice(first.end, second.start))) return false;
  if (isDifferenceOrPart(afterSecond) || RATE.test(afterSecond) || !SET_OFF_AFTER.test(afterSecond)) return false;
  return isPeriodUnderstood(sentence, second);
}

// The restatement is set off: it ends the sentence or its clause, or is closed by the bracket or dash that opened it.
// "Of it" or "of the fuel" may close it first ("900kg of fuel — nine tonnes of it —", "…, 32,000 cubic metres of crude.").
// So may whose measure it is ("140 minutes by the Speaker's clock", "… according to the organisers").
const SET_OFF_AFTER = /^(?:\s+of\s+(?:it|them|the\s+[\p{L}’'-]+|[\p{L}’'-]+))?\s*(?:\)|,|;|[–—]|\s-\s|\.|:|$|(?:in all|in total|altogether|according to)\b|by\s+(?:[\p{L}’'-]+\s+){0,3}?(?:clock|count|estimate|estimates|reckoning|measure|calculation|calculations|stopwatch|timing|figures)\b)/iu;

// A restatement after a bracket, comma or dash may end with two words of what it is of ("48 hours, a full three days
// of continuous film."); not after a participle ("spanning 2km of open water, opened …" goes on).
const OF_TWO_WORDS_ENDING = /^\s+of\s+[\p{L}’'-]+\s+[\p{L}’'-]+\s*(?:[.;)]|$)/u;

// "The platforms, at 320 metres, are now a third of a mile long": a measure set off after "at", then said again
// of the same subject by its verb.
const SET_OFF_AT = /(?:^|,)\s*at\s+(?:(?:some|about|around|roughly|nearly|almost|just over|just under)\s+)?$/i;
const SAID_AGAIN_BY_VERB = new RegExp(`^\\s*,\\s*(?:is|are|was|were)(?:\\s+now)?\\s+(?:(?:${"some|about|around|roughly|nearly|almost|approximately|just over|just under"})\\s+)?$`, "i");
const MEASURED_AFTER = /^\s+(?:long|wide|high|tall|deep|across|in\s+(?:length|height|diameter))\b/i;
// "At 9,000lb, the bronze statue weighs more than 40 tonnes": the subject may come after the comma when its verb
// weighs, which says the figure after it is the same weight. Not verbs of length ("At 3,000 metres, the lake
// measures 3km across", "…, the glacier stretches 12km": an altitude and a length).
const SAID_AGAIN_BY_WEIGHING = new RegExp(`^\\s*,\\s*(?:(?:the|its|his|her|their|this|that)\\s+)?(?:[\\p{L}’'-]+\\s+){0,3}(?:weighs|weighed)\\s+(?:(?:${"some|about|around|roughly|nearly|almost|approximately|just over|just under|more than|less than|over|under"})\\s+)?$`, "iu");

// "The 3.2-tonne bronze statue of the late Queen, weighing some 320kg", "a 40-metre mast, standing some 130ft tall": a
// measure hyphened to its noun, the rest of the noun phrase, then a participle that measures the same thing again.
// The participle must measure the measure's dimension; the noun phrase may not add another thing ("and its plinth").
const HYPHENED_TO_NOUN = /[\d\p{L}]-\p{L}+$/u;
const NOUN_THEN_PARTICIPLE = /^(?:\s+(?!(?:and|or|with|plus|on|beside|but|which|that|who|while)\b)[\p{L}’'-]+){1,8}?\s*,?\s+(weighing|measuring|standing|spanning)\s+(?:(?:some|about|around|roughly|nearly|almost|approximately|just over|just under|more than|less than|over|under|close to)\s+)?$/iu;
const PARTICIPLE_DIMENSIONS: Record<string, readonly Measure["dimension"][]> = {
  weighing: ["mass"], measuring: ["length", "area", "volume"], standing: ["length"], spanning: ["length", "area"],
};
function isNounMeasuredAgain(sentence: string, first: Measure, second: Measure): boolean {
  if (!HYPHENED_TO_NOUN.test(first.text)) return false;
  const participle = NOUN_THEN_PARTICIPLE.exec(sentence.slice(first.end, second.start))?.[1].toLowerCase();
  if (!participle || !PARTICIPLE_DIMENSIONS[participle].includes(second.dimension)) return false;
  // ("standing 130ft tall", "measuring 12 metres across": the measure may be said of a direction.)
  const afterSecond = sentence.slice(second.end, second.end + 40).replace(MEASURED_AFTER, "");
  return !isDifferenceOrPart(afterSecond) && !RATE.test(afterSecond) && SET_OFF_AFTER.test(afterSecond);
}

function isRestatement(sentence: string, first: Measure, second: Measure, third: Measure | undefined): boolean {
  if (first.dimension !== second.dimension) return false;
  // "Most of the satellite's 3.5-tonne mass, some 2.2 tonnes": the second, smaller, is a part of the first ("40% of the
  // 3,000 sq km park (1,158 sq miles)" brackets the whole again; "or" says it again).
  const isSaidAgain = /\(|\b(?:or|that is|i\.e\.|equivalent)\b/i.test(sentence.slice(first.end, second.start));
  if (second.base < first.base && !isSaidAgain && isWholeOfShare(sentence, first)) return false;
  if (isNounMeasuredAgain(sentence, first, second)) return true;
  if (SET_OFF_AT.test(sentence.slice(Math.max(0, first.start - 20), first.start)) && SAID_AGAIN_BY_VERB.test(sentence.slice(first.end, second.start))) {
    return MEASURED_AFTER.test(sentence.slice(second.end, second.end + 20));
  }
  if (SET_OFF_AT.test(sentence.slice(Math.max(0, first.start - 20), first.start)) && SAID_AGAIN_BY_WEIGHING.test(sentence.slice(first.end, second.start))) {
    // ("At 90kg, the boxer weighs 5kg more than his rival".)
    return !isDifferenceOrPart(sentence.slice(second.end, second.end + 40));
  }
  if (isRateSaidSame(sentence, first, second)) return true;
  const between = BETWEEN.exec(sentence.slice(first.end, second.start));
  if (!between) return false;
  const [, separator, marker] = between;
  const afterFirst = sentence.slice(first.end, second.start);
  const afterSecond = sentence.slice(second.end, second.end + 40);
  // "28kg, 3kg heavier than the runner-up", "2km of it uphill", "an hour in extra time".
  if (isDifferenceOrPart(afterSecond) || /^\s*in\s+(?:extra|added|injury)\b/i.test(afterSecond)) return false;
  if (RATE.test(afterSecond) || (RATE.test(afterFirst) && !isRateBracketed(sentence, afterFirst, second))) return false;
  // "within 24 hours, or three days for serious cases": what goes on after the second makes it another case.
  if (!SET_OFF_AFTER.test(afterSecond) && !OF_TWO_WORDS_ENDING.test(afterSecond)) return false;
  // "5km, 10km and 21km": a list of one kind of figure, unless "or"/"that is" says it is restated.
  if (!marker && third && third.dimension === first.dimension && /^\s*(?:,|and\b|or\b)\s*$/i.test(sentence.slice(second.end, third.start))) return false;
  // The same unit twice is a list, a change or an alternative ("11 hours, or 13 hours with a stop") unless it is
  // bracketed, dashed or said to be the same ("that is"), or is the slip of a power of ten ("10,000 sq ft, or
  // 100 sq ft"); a compound ("2 hours 45 minutes (145 minutes)") is another unit.
  const isSaidSame = separator === "(" || /[–—-]/.test(separator) || (marker !== undefined && marker.toLowerCase() !== "or");
  if (first.unit === second.unit && !first.isCompound && !second.isCompound && !isSaidSame) return marker !== undefined && isPowerOfTenApart(first.base, second.base);
  return true;
}

// Long durations read better in hours or days than in minutes: [from how many minutes, minutes each, name].
const LONGER_TIME: readonly [number, number, string][] = [[3 * 1440, 1440, "days"], [180, 60, "hours"]];

// Both figures in one unit, chosen by the larger (`scale`), so that they can be compared at a glance.
function describe(base: number, dimension: Measure["dimension"], scale: number): string {
  const [, size, name] = (dimension === "time" && LONGER_TIME.find(([from]) => scale >= from)) || [0, 1, BASE_UNIT_NAME[dimension]];
  return `${Number((base / size).toPrecision(4)).toLocaleString("en-US")} ${name}`;
}
