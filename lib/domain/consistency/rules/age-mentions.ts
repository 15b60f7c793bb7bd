import { WORD_NUMBER } from "../number-words";
import { approximationBefore, parseNumber } from "../numbers";
import type { YearMention } from "./year-mentions";

/**
 * An age a sentence gives, as a range of whole years (`low`..`high`: "52" is 52..52, "in his 50s" 50..59,
 * "nearly 50" 47..50). `isPerson`: a person's, not a thing's ("a 50-year-old building"). `isTied`: at an event
 * ("then 19", "at the time", "at 23 in 1998", "died at 71" beside its year), not at the time of writing.
 * `year`: the year of the event when one is written beside the age.
 */
export type AgeMention = {
  low: number;
  high: number;
  start: number;
  end: number;
  text: string;
  isPerson: boolean;
  isTied: boolean;
  isBirthday: boolean;
  isApprox: boolean;
  year?: number;
};

type Raw = {
  value: number; start: number; end: number; numberStart: number; isPerson: boolean; isBirthday?: boolean; high?: number; tied?: boolean;
  /** "the 38-year-old": an epithet, at the time of writing unless "then". */
  isEpithet?: boolean;
};

const NUMBER = `(\\d{1,3}|${WORD_NUMBER})`;
// "the 38-year-old", "a then 19-year-old student", "is 70 years old".
const YEARS_OLD = new RegExp(`\\b${NUMBER}[- ]years?[- ]old\\b`, "giu");
// "aged 12", "aged just 12", "at the age of 41", "aged between 30 and 40", "aged 30 to 40".
const AGED = /\b(?:aged|at the age of|at age)\s+(?:(?:just|only|about|around|nearly|almost|barely|some|roughly|over|under|more than|less than)\s+)*(?:between\s+)?(\d{1,3})(?:\s*(?:-|–|to|and)\s*(\d{1,3}))?\b(?!\s*(?:months?|weeks?|days?|hours?|minutes?|%|per\s*cent))/gi;
// "at 52," "died at 71", "at 23 in 1998": "at" and a bare number, read as an age only after a person's verb or
// pronoun (below), never before a unit.
const AT = /\bat\s+(\d{1,3})\b(?=\s*(?:[,.;)—–]|$|\s+(?:in\s+(?:1[5-9]|20)\d\d|when|and|at|after|before|but|he|she|they)\b))/gi;
const AT_PERSON_BEFORE =
  /\b(?:he|she|they|him|her|his|I|we|joined|left|retired|died|married|won|debuted|became|was elected|elected|appointed|sold|founded|started|signed|qualified|graduated|moved|emigrated|entered|quit|stood|emerged|began|made|took|published|wrote|recorded|competed|played|ran|climbed|returned|succeeded|inherited|ascended|abdicated|resigned)\b[^;]{0,30}$/i;
// "was 30 when", "turned 70 in May", "became, at 19," is AT; "is 35, and".
const WAS = /\b(?:was|were|is|are|turned|turns|became|becomes|be|been)\s+(?:(?:just|only|barely|still|already|nearly|almost|about|around|then)\s+)*(\d{1,3})\b(?=\s*(?:[,.;)—–]|$|\s+(?:when|in|at|on|as|and|by|before|after|years?\s+old)\b))/gi;
// "Kirkland, 52, …", "The king, 80 at his coronation": an age set off after a name or a person's noun.
const SET_OFF = /(?<=[\p{L}’'],\s+)(?:(?:then|now|just|only|aged)\s+)?(\d{1,3})(?=\s*(?:,|;|\)|—|–|\s+(?:at|when|in)\b))/giu;
// "his 100th birthday": a person's birthday is the year less the birth year exactly.
const BIRTHDAY = /\b(?:his|her|their|[\p{Lu}][\p{L}’'-]*[’']s)\s+(\d{1,3})(?:st|nd|rd|th)\s+birthday\b/gu;
// "in his 50s", "in her late fifties", "in their early twenties".
const DECADE_OF_LIFE = /\bin\s+(?:his|her|their)\s+(early|mid|mid-|late)?\s*-?\s*(?:(\d)0s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b/gi;
const DECADE_WORDS: Record<string, number> = { twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90 };

// A person's noun after an attributive age ("the 38-year-old entrepreneur"); anything else is a thing.
const PERSON_NOUN =
  /^\s*(?:[\p{L}-]+\s+)?(?:man|woman|men|women|boy|girl|son|daughter|mother|father|wife|husband|student|pupil|prodigy|entrepreneur|founder|owner|player|striker|winger|defender|midfielder|goalkeeper|forward|captain|manager|coach|chef|singer|actor|actress|artist|author|writer|poet|composer|musician|pianist|violinist|guitarist|drummer|rapper|dancer|driver|rider|cyclist|runner|swimmer|boxer|golfer|jockey|sprinter|athlete|champion|teenager|youngster|schoolboy|schoolgirl|graduate|doctor|nurse|surgeon|lawyer|judge|teacher|farmer|worker|miner|soldier|officer|sailor|pilot|victim|suspect|defendant|survivor|mum|dad|grandmother|grandfather|granddad|grandmother|grandma|pensioner|widow|widower|king|queen|prince|princess|president|minister|senator|mp|mayor|leader|chief|executive|banker|investor|tycoon|billionaire|millionaire|star|celebrity|candidate|politician|activist|campaigner|volunteer|resident|climber|explorer|scientist|professor|researcher|inventor|designer|architect|engineer|veteran|monk|nun|priest|bishop|pope|emperor|sultan|heir|novice|rookie|apprentice|debutant|newcomer|centenarian|pensioner)s?\b/iu;
// A person before "was 30", ", 52,": a pronoun, a name (a capitalised word) or a person's noun.
const PERSON_BEFORE_WAS = /(?:\b(?:he|she|they|I|we|who)|\b\p{Lu}[\p{L}’'-]+|\b(?:king|queen|prince|princess|man|woman|boy|girl|founder|owner|player|singer|composer|poet|artist|author|writer|mother|father|son|daughter|wife|husband|president|minister|leader|star|chief|executive|volunteer|swimmer|runner|driver|prodigy|student|teenager|victim))\s+(?:\p{L}+\s+){0,2}?$/u;
const THEN_BEFORE = /\b(?:then|at the time|at that time)\s+$/i;
const TIED_AFTER = /^\s*(?:,\s*)?(?:at the time|then|when|at (?:his|her|their|the) \p{L}+|on (?:his|her|their) (?:death|debut|arrival|election|appointment|accession|coronation))\b/iu;

export function collectAges(sentence: string, years: YearMention[]): AgeMention[] {
  const raws: Raw[] = [];
  for (const m of sentence.matchAll(YEARS_OLD)) {
    const value = parseNumber(m[1]);
    if (value === null) continue;
    const end = m.index + m[0].length;
    const after = sentence.slice(end, end + 40);
    // "the 38-year-old," "the 20-year-old said": a person; "a 38-year-old man": a person; "a 50-year-old building": not.
    const bare = /^\s*(?:[,;:)—–]|$|\s(?:who|was|is|has|had|said|says|told|will|would|and|from|of|in|on|at|became|won|died|made)\b)/.test(after);
    const predicative = /\b(?:is|was|were|are|turned|turns|be|been|being)\s+(?:\p{L}+\s+)?$/u.test(sentence.slice(Math.max(0, m.index - 25), m.index));
    // "The 40-year-old striker's club": the aged noun owns another thing.
    if (/^\s+(?:[\p{L}-]+\s+)?[\p{L}-]+[’']s\b/u.test(after)) continue;
    raws.push({ value, start: m.index, end, numberStart: m.index, isPerson: bare || PERSON_NOUN.test(after) || (predicative && value <= 115), isEpithet: !predicative });
  }
  for (const m of sentence.matchAll(AGED)) {
    const value = Number(m[1]);
    const high = m[2] ? Number(m[2]) : undefined;
    if (high !== undefined && high <= value) continue;
    raws.push({ value, high, start: m.index, end: m.index + m[0].length, numberStart: m.index + m[0].lastIndexOf(m[1]), isPerson: true });
  }
  for (const m of sentence.matchAll(AT)) {
    if (!AT_PERSON_BEFORE.test(sentence.slice(Math.max(0, m.index - 40), m.index))) continue;
    raws.push({ value: Number(m[1]), start: m.index, end: m.index + m[0].length, numberStart: m.index + m[0].lastIndexOf(m[1]), isPerson: true });
  }
  for (const m of sentence.matchAll(WAS)) {
    const before = sentence.slice(Math.max(0, m.index - 40), m.index);
    raws.push({ value: Number(m[1]), start: m.index, end: m.index + m[0].length, numberStart: m.index + m[0].lastIndexOf(m[1]), isPerson: PERSON_BEFORE_WAS.test(before) });
  }
  for (const m of sentence.matchAll(SET_OFF)) {
    const before = sentence.slice(Math.max(0, m.index - 40), m.index);
    const isPerson = /(?:\b\p{Lu}[\p{L}’'-]+|\b(?:king|queen|prince|princess|founder|owner|singer|composer|poet|artist|author|writer|mother|father|president|minister|leader|chief|executive)),\s+$/u.test(before);
    raws.push({ value: Number(m[1]), start: m.index, end: m.index + m[0].length, numberStart: m.index + m[0].lastIndexOf(m[1]), isPerson, tied: /^then\b/i.test(m[0]) });
  }
  for (const m of sentence.matchAll(BIRTHDAY)) {
    raws.push({ value: Number(m[1]), start: m.index, end: m.index + m[0].length, numberStart: m.index, isPerson: true, isBirthday: true, tied: true });
  }
  for (const m of sentence.matchAll(DECADE_OF_LIFE)) {
    const decade = m[2] ? Number(m[2]) * 10 : DECADE_WORDS[m[3].toLowerCase()];
    const part = (m[1] ?? "").toLowerCase().replace("-", "");
    const [low, high] = part === "early" ? [decade, decade + 4] : part === "mid" ? [decade + 3, decade + 7] : part === "late" ? [decade + 5, decade + 9] : [decade, decade + 9];
    raws.push({ value: low, high, start: m.index, end: m.index + m[0].length, numberStart: m.index, isPerson: true });
  }
  return dedupe(raws)
    .filter((r) => r.value > 0 && r.value <= 125)
    .map((r) => toMention(sentence, r, years));
}

// One age may match two patterns ("was 30 when", "aged 30"; "at 52," and "Kirkland, 52,"): keep the first at each number.
function dedupe(raws: Raw[]): Raw[] {
  const seen = new Map<number, Raw>();
  for (const raw of raws) {
    const kept = seen.get(raw.numberStart);
    if (!kept) seen.set(raw.numberStart, raw);
    else if (raw.isPerson && !kept.isPerson) seen.set(raw.numberStart, { ...kept, isPerson: true });
  }
  return [...seen.values()].sort((a, b) => a.start - b.start);
}

function toMention(sentence: string, raw: Raw, years: YearMention[]): AgeMention {
  const approx = approximationBefore(sentence, raw.numberStart);
  let [low, high] = [raw.value, raw.high ?? raw.value];
  if (approx === "about") [low, high] = [low - 2, high + 2];
  else if (approx === "under") [low, high] = [low - 4, high];
  else if (approx === "over") [low, high] = [low, high + 15];
  const year = raw.isEpithet ? undefined : yearBeside(sentence, raw, years);
  const tied = raw.tied === true || year !== undefined || THEN_BEFORE.test(sentence.slice(Math.max(0, raw.start - 16), raw.start))
    || TIED_AFTER.test(sentence.slice(raw.end, raw.end + 40));
  return {
    low, high, start: raw.start, end: raw.end, text: sentence.slice(raw.start, raw.end), isPerson: raw.isPerson, isTied: tied,
    isBirthday: raw.isBirthday === true, isApprox: approx !== "exact" || raw.high !== undefined, year,
  };
}

const SPAN_START_BEFORE = /\b(?:since|from|until|till|to|by)\s+$/i;

// The year of the event an age is at: the nearest year (not a birth year) in its clause, a few words away.
function yearBeside(sentence: string, raw: Raw, years: YearMention[]): number | undefined {
  let best: { distance: number; value: number } | undefined;
  for (const y of years) {
    // "has chaired the bank since 2019": a span's start is not the date of an age.
    if (y.role === "birth" || (y.role !== "death" && SPAN_START_BEFORE.test(sentence.slice(Math.max(0, y.start - 12), y.start)))) continue;
    const gap = y.start >= raw.end ? sentence.slice(raw.end, y.start) : y.end <= raw.start ? sentence.slice(y.end, raw.start) : null;
    if (gap === null || gap.length > 45 || /[;—–()]/.test(gap) || /\d/.test(gap)) continue;
    // A year after the age is its event's only inside the clause ("at 23 in 1998", "was 30 when she founded it in 1975").
    if (y.start >= raw.end && /,/.test(gap) && !/^\s*,?\s*(?:at the time|then)?\s*(?:when|in)\b/i.test(gap)) continue;
    // A year before it, across at most one comma ("in 2006, at 52", "died in 2001 aged 45", "20 years later, aged 49").
    if (y.end <= raw.start && (gap.match(/,/g)?.length ?? 0) > 1) continue;
    if (!best || gap.length < best.distance) best = { distance: gap.length, value: y.value };
  }
  return best?.value;
}
