import type { Quantity } from "../numbers";

// A multiple told after the figures, as a participle or in apposition, may be of something else, or against another
// baseline, than the figures before it:
// - the participle's object names another thing: "raised its price from £10 to £12, doubling its profit margin",
//   "grew from 40 to 55, doubling the size of the sales team" (not "…, halving it", "…, doubling its size",
//   "…, doubling the number of staff" after "Staff numbers": a pronoun, a level word, or a word of the sentence's own);
// - the apposition names another baseline: "from 8,000 to 12,000, a fivefold rise on its capacity in 1990",
//   "a threefold increase on the number it employed in 2010" (not "from 10,000 last year …, a fivefold rise on last
//   year", "to 30, doubling from 20": the pair's own earlier figure or words).
// A time span is neither: "doubling in two years", "a doubling in five years", "halving over the decade".
const FOLD_NOUN = /^\s+(?:rise|increase|jump|growth|gain|surge|leap|expansion|fall|drop|decline|cut|reduction)\b/i;
const BASELINE = /^\s+(?:on|compared\s+(?:with|to)|against|relative\s+to|from)\s+([^,;:.()–—]*)/i;
const IN_THING = /^\s+in\s+([^,;:.()–—]*)/i;
// The object: no preposition first; it ends at the clause or at a phrase of its own ("the strain on intensive care").
const OBJECT = /^\s+(?!(?:in|on|over|from|since|to|by|within|during|after|before|again|almost|nearly|between|compared|against|as|and|but|while|when|which|who|that|last|this|every|each|a\s+year)\b)([^,;:.()–—]*?)(?=\s+(?:on|in|over|from|since|to|by|within|during|compared|against|who|which|that|when|while|and|but|as|after|before)\b|[,;:.()–—]|$)/i;
const TIME_WORDS = /^(?:years?|months?|weeks?|days?|decades?|quarters?|periods?|hours?|spring|summer|autumn|winter|time|span|run|row|recent|past|last|next|few|several|space|course|same|one|two|three|four|five|six|seven|eight|nine|ten|\d+)$/i;
// Words that name no thing of their own: the multiple's own level ("its size", "their previous level"), pronouns, links.
const NO_THING = /^(?:the|a|an|its|their|his|her|our|my|your|this|that|these|those|it|them|of|for|with|in|on|at|to|by|who|which|had|has|have|was|were|is|are|own|size|level|levels|total|totals|number|numbers|amount|value|figure|figures|count|previous|former|earlier|original|old|peak|capacity|sum|price|cost|rate|before|then|previously|ago|many|much|as|than|when)$/i;

/** Whether the multiple word at `word` (after at least one of `figures`) tells of another thing or another baseline. */
export function isOfAnotherThing(sentence: string, word: { start: number; end: number }, figures: { from: Quantity; to: Quantity }): boolean {
  if (word.start < Math.min(figures.from.end, figures.to.end)) return false;
  let at = word.end;
  const noun = FOLD_NOUN.exec(sentence.slice(at));
  if (noun) at += noun[0].length;
  const after = sentence.slice(at);
  const baseline = BASELINE.exec(after);
  if (baseline) return !isOwnBaseline(sentence, baseline[1], at + baseline[0].length - baseline[1].length, figures.from);
  const inThing = IN_THING.exec(after);
  if (inThing && words(inThing[1]).some((w) => TIME_WORDS.test(w))) return false;
  const object = inThing ?? OBJECT.exec(after);
  if (!object) return false;
  const things = words(object[1]).filter((w) => !NO_THING.test(w) && !TIME_WORDS.test(w)).map(stem);
  const objectStart = at + object[0].length - object[1].length;
  const elsewhere = new Set(words(sentence.slice(0, word.start) + " " + sentence.slice(objectStart + object[1].length)).map(stem));
  return things.length > 0 && !things.some((thing) => elsewhere.has(thing));
}

// A contrast clause with a subject and a verb of its own: "…, while the metal's price has roughly halved", "although the
// container line's quarterly profit rose …", "even as the number of doctors leaving tripled", "even though referrals
// doubled". A multiple on one side of it and figures on the other are told of two subjects, so neither is the other's.
// (A subject is words before a verb, with no "from"/"to"/"by" among them. With no subject of its own the clause goes on
// with the same one: "though still up from 10 to 20", "while falling from 40 to 30", "but from a low base", "although
// only from 10 to 12"; a pronoun is the same one: "though they rose only from 40 to 60".)
const CONTRAST_CLAUSE =
  /\b(?:while|whilst|whereas|although|though|even\s+as|even\s+though|but|yet)\s+(?!(?:only|still|not|just|from|to|by|at|in|on|since|over|after|before|then|up|down|more|less|roughly|about|nearly|almost|also|slightly|sharply|far|much|it|they)\b)(?:(?!(?:from|to|by)\b)[\p{L}\d’'-]+\s+){1,6}?(?:has|have|had|is|are|was|were|will|would|did|does|do|rose|fell|grew|shrank|sank|went|\p{L}{3,}ed)\b/iu;

/** Whether a contrast clause with a subject of its own opens between `a` and `b` (a multiple and its figures). The
 * later one's own words count, since the multiple may be the clause's verb ("even though referrals doubled"). */
export function crossesContrastClause(sentence: string, a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const [first, last] = a.start <= b.start ? [a, b] : [b, a];
  return CONTRAST_CLAUSE.test(sentence.slice(first.end, last.end));
}

// "has doubled its fleet, cutting fares from £90 to £60", "sales have tripled, lifting the workforce from 200 to 260": a
// participle with an object of its own, between a multiple and the figures after it, tells another thing's change.
// Only after a verb of change: "ten times more sensitive, lowering the threshold from …" tells how. (Not ", having
// climbed from", ", rising from": no object; nor "halved its emissions, cutting them from 40 to 20" or
// "…, cutting emissions from 40 to 20" after "emissions": a pronoun, or a thing the sentence has named, is its own.)
const PARTICIPLE_OBJECT = /,\s+(?!having\b|being\b)\p{L}+ing\s+(?!(?:from|to|by|up|down|in|on|at|over|since|almost|nearly|some|about|roughly)\b)((?:[\p{L}’'-]+\s+){1,4}?)(?:from|to)\s+(?:(?:some|about|around|roughly)\s+)?$/iu;

/** Whether a participle with an object of its own stands between the multiple and the figures that follow it. */
export function participleOfAnotherThing(sentence: string, multiple: { start: number; end: number }, figuresStart: number): boolean {
  if (multiple.end > figuresStart) return false;
  const gap = sentence.slice(multiple.end, figuresStart);
  const participle = PARTICIPLE_OBJECT.exec(gap);
  if (!participle) return false;
  const things = words(participle[1]).filter((w) => !NO_THING.test(w) && !TIME_WORDS.test(w)).map(stem);
  const named = words(sentence.slice(0, multiple.end + participle.index)).map(stem);
  // ("Membership has doubled, taking the club's members from …": a word grown from another names the same thing.)
  const isNamed = (thing: string) => named.some((word) => word === thing || (Math.min(word.length, thing.length) >= 5 && (word.startsWith(thing) || thing.startsWith(word))));
  return things.length > 0 && !things.some(isNamed);
}

// "against 20,000 last year, three times as many as in 2010", "£30, against £25 last year, three times the price in
// 1990": a multiple set off after the figures, with a standard of its own, compares them with another time or thing.
// ("three times the old price", "ten times as many as before": the standard is the pair's earlier figure.)
const STANDARD = /^\s*(?:(?:many|much|high|large|big|likely|long|often|more|higher|larger|bigger|greater)\s+)?(?:as|than)?\s*([^,;:.()–—]*)/i;

/** Whether the multiple `times` ("three times as", "twice the"), after both `figures`, names another standard. */
export function namesAnotherStandard(sentence: string, times: { start: number; end: number }, figures: { from: Quantity; to: Quantity }): boolean {
  if (times.start < Math.max(figures.from.end, figures.to.end)) return namesAnotherYear(sentence, times, figures.from);
  const standard = STANDARD.exec(sentence.slice(times.end));
  if (!standard || standard[1].trim() === "") return false;
  return !isOwnBaseline(sentence, standard[1], times.end + standard[0].length - standard[1].length, figures.from);
}

// "£7,100 an acre, three times the price paid in 1995 and up from £4,200 in 2005": a multiple told before the baseline
// figure, whose standard names a year when the baseline is dated by another, is of that other year's level. (With no
// year of its own, "three times the price paid in 1995, up from £2,000", the baseline may be 1995's: it is checked.)
const YEAR = /\b(?:19|20)\d\d\b/g;
const DATED = /^(?:\s+(?:an?|per)\s+\p{L}+)?\s*,?\s*(?:in|during|for|at\s+the\s+(?:start|end)\s+of)\s+((?:19|20)\d\d)\b/iu;

function namesAnotherYear(sentence: string, times: { start: number; end: number }, from: Quantity): boolean {
  if (times.end > from.start) return false;
  const standardYears: string[] = sentence.slice(times.end, from.start).match(YEAR) ?? [];
  const own = DATED.exec(sentence.slice(from.end, from.end + 40))?.[1];
  return own !== undefined && standardYears.length > 0 && !standardYears.includes(own);
}

// The baseline is the pair's when it holds the pair's earlier figure, is the period just before ("on the year before",
// "on last year": what a pair with no time of its own is), or names nothing the sentence has not named.
const LAST_PERIOD = /^(?:the\s+|a\s+)?(?:(?:last|previous|prior|preceding)\s+(?:year|month|quarter|week|season)|(?:year|month|quarter|week|season)\s+(?:before|earlier|ago))$/i;

function isOwnBaseline(sentence: string, text: string, start: number, from: Quantity): boolean {
  if ((from.start >= start && from.end <= start + text.length) || LAST_PERIOD.test(text.trim())) return true;
  const elsewhere = new Set(words(sentence.slice(0, start)).map(stem));
  return words(text).filter((w) => !NO_THING.test(w)).every((w) => elsewhere.has(stem(w)));
}

function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\d][\p{L}\d’'-]*/gu) ?? []).map((w) => w.replace(/[’']s$/, ""));
}

// "crashes" and "crash", "numbers" and "number": a plural names the same thing.
function stem(word: string): string {
  return word.length > 3 ? word.replace(/(?<!s)s$/, "") : word;
}
