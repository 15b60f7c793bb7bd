// Physical measures as news copy writes them, each with its dimension and its value in one
// base unit, so that one quantity restated in other units can be compared whatever the units:
// "2 hours 45 minutes", "an hour and 15 minutes", "one and a quarter hours", "a 90-minute
// break", "120mm", "1.2 centimetres", "1,800 hectares", "180 square kilometres",
// "18 million cubic metres", "1.8 billion litres", "1.5 tonnes". Money is not here: amounts of
// money are numbers.ts's (currencies and scales), and magnitude-mismatch compares them.
import { approximationBefore, type Approximation } from "./numbers";
import { WORD_NUMBER, wordValue } from "./number-words";

export type Dimension = "time" | "length" | "area" | "volume" | "mass" | "speed" | "power" | "energy" | "temperature";

export type Measure = {
  dimension: Dimension;
  /** In the dimension's base unit (BASE_UNIT_NAME): minutes, metres, square metres, litres, kilograms, km/h, watts, watt-hours. */
  base: number;
  /** How far rounding may have moved `base`: half the last digit written, of the smallest unit written. */
  slack: number;
  start: number;
  end: number;
  text: string;
  /** The last unit word as written, lower case ("minutes", "km", "square kilometres"). */
  unit: string;
  approx: Approximation;
  /** Written with more than one unit ("2 hours 45 minutes"). */
  isCompound: boolean;
};

// `loose`: a unit whose size depends on the country (gallons, tons), allowed that much besides rounding.
// `offset`: added after the factor, for the one scale that does not start at zero ("86F" is 30 degrees Celsius).
export type UnitInfo = { dimension: Dimension; factor: number; loose: number; offset: number };

export const BASE_UNIT_NAME: Record<Dimension, string> = {
  time: "minutes", length: "metres", area: "square metres", volume: "litres", mass: "kg", speed: "km/h", power: "watts", energy: "watt-hours",
  temperature: "°C",
};

// Each unit in the base unit of its dimension. Months and years are averages; gallons,
// tons and pounds are left out (which gallon, which ton, and "pounds" is money).
const UNITS: Record<string, UnitInfo> = {};
function define(dimension: Dimension, factor: number, names: string, loose = 0, offset = 0): void {
  for (const name of names.split("|")) UNITS[name] = { dimension, factor, loose, offset };
}
// Not "second" ("a second referendum") nor "s": too often something else. "m" and "g" may be millions and
// "5G", but a measure is compared only with another of its dimension set beside it ("a 30m (98ft) mast").
define("time", 1 / 60, "seconds|sec|secs");
define("time", 1, "minute|minutes|min|mins");
define("time", 60, "hour|hours|hr|hrs");
define("time", 1440, "day|days");
define("time", 10080, "week|weeks");
define("time", 20160, "fortnight|fortnights");
// A month is 28 to 31 days: an average, with the difference allowed.
define("time", 43830, "month|months", 0.05);
define("time", 525960, "year|years");
define("time", 5259600, "decade|decades");
define("length", 0.001, "mm|millimetre|millimetres|millimeter|millimeters");
define("length", 0.01, "cm|centimetre|centimetres|centimeter|centimeters");
define("length", 1, "m|metre|metres|meter|meters");
define("length", 1000, "km|kilometre|kilometres|kilometer|kilometers");
define("length", 1609.344, "mile|miles");
define("length", 0.3048, "ft|foot|feet");
define("length", 0.0254, "inch|inches");
define("length", 0.9144, "yard|yards");
define("area", 1, "square metre|square metres|square meter|square meters|sq m|m2|m²");
define("area", 1e6, "square kilometre|square kilometres|square kilometer|square kilometers|sq km|km2|km²");
define("area", 2_589_988, "square mile|square miles|sq miles|sq mile");
define("area", 0.092903, "square foot|square feet|sq ft");
define("area", 10_000, "hectare|hectares|ha");
define("area", 4046.86, "acre|acres");
define("volume", 1, "litre|litres|liter|liters");
define("volume", 0.001, "ml|millilitre|millilitres|milliliter|milliliters");
// Water authorities count reservoirs in megalitres and gigalitres ("2,000 megalitres, or two billion litres").
define("volume", 1e6, "megalitre|megalitres|megaliter|megaliters");
define("volume", 1e9, "gigalitre|gigalitres|gigaliter|gigaliters");
// US and imperial gallons differ by a fifth.
define("volume", 4.1, "gallon|gallons", 0.12);
// An oil barrel is 159 litres; a beer barrel 117 (US) to 164 (UK).
define("volume", 159, "barrel|barrels", 0.27);
define("volume", 1000, "cubic metre|cubic metres|cubic meter|cubic meters|m3|m³");
define("mass", 1e-9, "microgram|micrograms");
define("mass", 1e-6, "mg|milligram|milligrams");
define("mass", 0.001, "g|gram|grams");
define("mass", 0.45359, "lb|lbs");
// A stone is 14 lb ("14 stone (89kg)"); not "st", which is a street or a saint.
define("mass", 6.35029, "stone");
define("mass", 0.02835, "oz|ounce|ounces");
// Short, long and metric tons differ by up to 10%.
define("mass", 1000, "ton|tons", 0.1);
define("mass", 1, "kg|kilogram|kilograms|kilo|kilos");
define("mass", 1000, "tonne|tonnes");

define("speed", 1, "km/h|kph|kmh|kilometres per hour|kilometers per hour");
define("speed", 1.609344, "mph|miles per hour");
define("speed", 1.852, "knot|knots");
// "a 2MW turbine (2,000 kW)", "1.2 TWh, or 1,200 GWh".
define("power", 1, "w|watt|watts");
define("power", 1e3, "kw|kilowatt|kilowatts");
define("power", 1e6, "mw|megawatt|megawatts");
define("power", 1e9, "gw|gigawatt|gigawatts");
define("energy", 1e3, "kwh|kilowatt-hour|kilowatt-hours");
define("energy", 1e6, "mwh|megawatt-hour|megawatt-hours");
define("energy", 1e9, "gwh|gigawatt-hour|gigawatt-hours");
define("energy", 1e12, "twh|terawatt-hour|terawatt-hours");
// "40C (104F)": Celsius and Fahrenheit, written as letters after the figure ("20 degrees" alone may be an angle).
define("temperature", 1, "c|°c|celsius|degrees celsius|degrees c|centigrade|degrees centigrade");
define("temperature", 5 / 9, "f|°f|fahrenheit|degrees fahrenheit|degrees f", 0, (-32 * 5) / 9);

/** The unit a word names ("km", "Miles", "square kilometres"), or undefined: the one table of units for every rule. */
export function unitNamed(word: string): UnitInfo | undefined {
  return UNITS[word.toLowerCase().replace(/\s+/g, " ")];
}

const UNIT_NAMES = Object.keys(UNITS)
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/ /g, "\\s+"))
  .join("|");
const DIGITS = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
// "half an hour", "a quarter of an hour", "three quarters of a mile": a fraction of one unit.
// "a half-hour drive", "a quarter-mile sprint": the fraction joined to its unit.
const FRACTION_OF = "half\\s+an?|a\\s+quarter\\s+of\\s+an?|three\\s+quarters\\s+of\\s+an?|an?\\s+third\\s+of\\s+an?|two\\s+thirds\\s+of\\s+an?|an?\\s+tenth\\s+of\\s+an?|half(?=-)|quarter(?=-)";
const NUMBER = `${DIGITS}|${WORD_NUMBER}|${FRACTION_OF}|an?`;
// "one and a quarter hours", "an hour and a half": a fraction added to a whole number.
// Hyphened too: "a three-and-a-half-hour flight", "an hour-and-a-half meeting".
const AND_FRACTION = "and[\\s-]+(?:a[\\s-]+half|a[\\s-]+quarter|three[\\s-]+quarters|a[\\s-]+third)";
const SCALE = "hundred|thousand|million|billion|trillion";
const MEASURE = new RegExp(
  `(?<![\\p{L}\\d.,$£€¥]|[^\\s(]-)(${NUMBER})(?:[\\s-]+(${AND_FRACTION}))?(?:\\s+(${SCALE}))?(?:\\s+|-|(?<=\\d))(${UNIT_NAMES})(?![\\p{L}\\d/²³]|-old\\b)(?:[\\s-]+(${AND_FRACTION})\\b)?`,
  "giu",
);
const FRACTION_VALUE: Record<string, number> = { "a half": 0.5, "a quarter": 0.25, "three quarters": 0.75, "a third": 1 / 3 };
const SCALE_VALUE: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
// "km/h", "metres per second", "litres a day": a rate, another dimension.
const PER_AFTER = /^\s*(?:\/|per\b)/i;

// "three times a day", "£5 an hour": "a day" after a figure is a rate. A lone "a/an" unit is a measure only
// where it is said to be one ("for a week", "lasted an hour", "about an hour", "(an hour)") or starts a
// compound ("an hour and 15 minutes", "an hour and a half").
const ONE_BEFORE = /(?:^|\b(?:for|took|takes|take|lasted|lasts|last|about|around|some|nearly|almost|over|under|than|or|of|in|within)|[,(—–])\s*$/i;

function isRateOfOne(sentence: string, match: RegExpExecArray): boolean {
  if (!/^an?$/i.test(match[1]) || match[5] !== undefined) return false;
  const end = match.index + match[0].length;
  if (/^\s+and\s+(?:\d|\p{L}+\s+(?:minutes?|seconds|inches|feet))/iu.test(sentence.slice(end, end + 30))) return false;
  return !ONE_BEFORE.test(sentence.slice(Math.max(0, match.index - 12), match.index));
}

const squash = (text: string) => text.toLowerCase().replace(/\s+/g, " ");

/** The value of a number as written, and half its last written digit (the rounding it allows). */
function numberValue(written: string): { value: number; slack: number } {
  const text = squash(written);
  if (/^\d/.test(text)) {
    const value = Number(text.replace(/,/g, ""));
    return { value, slack: 0.5 * placeOfLastDigit(text.replace(/,/g, "")) };
  }
  // "half an hour", "an hour": said loosely, to the nearest eighth or so ("35 minutes, about half an hour").
  if (text === "a" || text === "an") return { value: 1, slack: 0.125 };
  if (text.startsWith("half")) return { value: 0.5, slack: 0.125 };
  if (text.startsWith("a quarter") || text === "quarter") return { value: 0.25, slack: 0.125 };
  if (text.startsWith("three quarters")) return { value: 0.75, slack: 0.125 };
  if (/^an? third/.test(text)) return { value: 1 / 3, slack: 0.04 };
  if (text.startsWith("two thirds")) return { value: 2 / 3, slack: 0.04 };
  if (/^an? tenth/.test(text)) return { value: 0.1, slack: 0.02 };
  const value = wordValue(text);
  return { value, slack: 0.5 * placeOfLastDigit(String(value)) };
}

// "1.25" → 0.01, "130" → 10, "1800" → 100, "145" → 1: a round number of three digits or more may be
// rounded to its last non-zero digit; "10 days" or "40 minutes" is taken as written.
function placeOfLastDigit(digits: string): number {
  const [whole, decimals] = digits.split(".");
  if (decimals) return 10 ** -decimals.length;
  const zeros = /0*$/.exec(whole)?.[0].length ?? 0;
  return zeros === whole.length || whole.length < 3 ? 1 : 10 ** zeros;
}

type Piece = Omit<Measure, "approx" | "isCompound"> & { factor: number };

function readPiece(match: RegExpExecArray): Piece | null {
  const [text, number, fractionBefore, scale, unitWritten, fractionAfter] = match;
  const unit = squash(unitWritten);
  const info = UNITS[unit];
  // "5G", "£5M": a one-letter unit is written lower case, but for degrees ("40C", "104F").
  if (!info || (/^[A-Z]$/.test(unitWritten) && info.dimension !== "temperature")) return null;
  const { value, slack: numberSlack } = numberValue(number);
  const fraction = FRACTION_VALUE[squash((fractionBefore ?? fractionAfter ?? "").replace(/-/g, " ").replace(/^and\s+/i, ""))] ?? 0;
  // "one and a quarter hours" is as precise as its fraction, not as "one"; "100C" is not rounded to the hundred.
  const slack = fraction ? 0 : info.dimension === "temperature" ? Math.min(numberSlack, 0.5) : numberSlack;
  const multiplier = scale ? SCALE_VALUE[squash(scale)] : 1;
  if (!Number.isFinite(value)) return null;
  return {
    dimension: info.dimension, base: (value + fraction) * multiplier * info.factor + info.offset, slack: (slack * multiplier + info.loose * (value + fraction) * multiplier) * info.factor,
    start: match.index, end: match.index + text.length, text, unit, factor: info.factor,
  };
}

// "-10C", "−10C", "minus 10C": a degree below zero. A hyphen before any other measure is no sign ("a 10 -15km
// range"), and is dropped as before.
const MINUS_BEFORE = /(?:(?:^|[\s(])[-−]|\bminus\s+)$/i;

function signed(sentence: string, piece: Piece | null): Piece | null {
  if (!piece) return null;
  const minus = MINUS_BEFORE.exec(sentence.slice(Math.max(0, piece.start - 7), piece.start));
  if (!minus) return piece;
  if (piece.dimension !== "temperature") return /-$/.test(minus[0]) ? null : piece;
  const sign = minus[0].replace(/^[\s(]/, "");
  // Only the figure is negated: "-10C" is 10 degrees below 0C, or below 32F ("-40F" is -40C).
  const zero = unitNamed(piece.unit)?.offset ?? 0;
  return { ...piece, base: 2 * zero - piece.base, start: piece.start - sign.length, text: sentence.slice(piece.start - sign.length, piece.end) };
}

// "2 hours 45 minutes", "an hour and 15 minutes", "6ft 2 inches": a larger unit, then a smaller one.
const COMPOUND_JOIN = /^(?:\s+|\s+and\s+|,\s+)$/i;

// Hours and minutes, feet and inches, pounds and ounces are written together; "12 square kilometres and
// 300 hectares" or "2km and 300 metres" are two measures.
const IMPERIAL_PAIRS = new Set(["ft inch", "foot inch", "feet inch", "feet inches", "ft inches", "foot inches", "lb oz", "lbs oz", "lb ounces", "lbs ounces"]);

function isCompoundPair(larger: Piece, smaller: Piece): boolean {
  if (larger.dimension !== smaller.dimension || larger.factor <= smaller.factor) return false;
  return larger.dimension === "time" || IMPERIAL_PAIRS.has(`${larger.unit} ${smaller.unit}`);
}

function joinCompounds(sentence: string, pieces: Piece[]): { piece: Piece; isCompound: boolean }[] {
  const joined: { piece: Piece; isCompound: boolean }[] = [];
  for (const piece of pieces) {
    const last = joined.at(-1);
    const between = last ? sentence.slice(last.piece.end, piece.start) : "";
    // A comma joins only when the smaller unit ends the compound ("1 hour, 20 minutes" but not a list of them).
    const canJoin = last && isCompoundPair(last.piece, piece) && COMPOUND_JOIN.test(between) && !(between.startsWith(",") && /^\s*\d/.test(sentence.slice(piece.end, piece.end + 3)));
    if (last && canJoin) {
      last.piece = { ...piece, base: last.piece.base + piece.base, start: last.piece.start, text: sentence.slice(last.piece.start, piece.end) };
      last.isCompound = true;
    } else joined.push({ piece, isCompound: false });
  }
  return joined;
}

let cached: { sentence: string; measures: Measure[] } | null = null;

/** Every physical measure in `sentence`, compounds joined, in order (do not mutate the result). */
export function findMeasures(sentence: string): Measure[] {
  if (cached?.sentence !== sentence) cached = { sentence, measures: parseMeasures(sentence) };
  return cached.measures;
}

// Most sentences name no measure twice: counting the unit words right after something like a number ("mm"
// in "120mm", "square" in "6 square metres", "hours" in "a quarter hours") spares them the full parse, which
// tries every unit at every word ("years", "m" and "day" are everywhere in news copy).
const UNIT_WORDS = new Set(Object.keys(UNITS).flatMap((name) => name.toLowerCase().match(/[a-z]+/g) ?? []).filter((word) => word !== "per" && word !== "h"));
const NUMBER_LIKE = new RegExp(`^(?:\\d[\\d,.]*|${WORD_NUMBER}|an?|half|quarters?|third|${SCALE})$`);

function mayHoldTwoMeasures(sentence: string): boolean {
  let count = 0;
  let previous = "";
  for (const token of sentence.toLowerCase().match(/\d[\d,.]*|[a-z]+/g) ?? []) {
    if (UNIT_WORDS.has(token) && NUMBER_LIKE.test(previous) && ++count >= 2) return true;
    previous = token;
  }
  return false;
}

function parseMeasures(sentence: string): Measure[] {
  if (!mayHoldTwoMeasures(sentence)) return [];
  const pieces: Piece[] = [];
  MEASURE.lastIndex = 0;
  for (let match = MEASURE.exec(sentence); match; match = MEASURE.exec(sentence)) {
    const piece = signed(sentence, readPiece(match));
    if (piece && !PER_AFTER.test(sentence.slice(piece.end, piece.end + 6)) && !isRateOfOne(sentence, match)) pieces.push(piece);
  }
  return joinCompounds(sentence, pieces).map(({ piece, isCompound }) => ({
    dimension: piece.dimension, base: piece.base, slack: piece.slack, start: piece.start, end: piece.end, text: piece.text, unit: piece.unit,
    approx: approximationBefore(sentence, piece.start, piece.end), isCompound,
  }));
}
