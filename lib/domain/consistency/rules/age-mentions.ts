import { WORD_NUMBER } from "../number-words";
import { approximationBefore, parseNumber } from "../numbers";
import type { YearMention } from "./year-mentions";

/**
 * An age a sentence gives, as a range of whole years (`low`..`high`: "52" is 52..52, "in his 50s" 50..59,
 * "nearly 50" 47..50). `isPerson`: a person's, not a thing's ("a 50-year-old building"). `when` the age was:
 * - "dated": at the year written beside it (`year`: "at 23 in 1998", "died in 2001 aged 45", "died at 71" and a death year);
 * - "tied": at an event the sentence names, whose year is somewhere in it ("then 19", "aged 12 at the time", ", at 30,");
 * - "now": at the time of writing (an epithet: "the 38-year-old", "Smith, 52,"; the present: "is 35");
 * - "any": tied or now ("founded in 1900 by a 30-year-old": an indefinite epithet may be at the event told of);
 * - "open": at some time not named ("was 30 when she married", "left school at 16"), which no year can contradict.
 */
export type AgeMention = {
  low: number;
  high: number;
  start: number;
  end: number;
  text: string;
  isPerson: boolean;
  when: "dated" | "tied" | "now" | "any" | "open";
  isBirthday: boolean;
  isApprox: boolean;
  /** "the 19-year-old", "a 30-year-old": a noun phrase of its own, which may be another person than the sentence's subject. */
  isEpithet: boolean;
  year?: number;
};

type Raw = {
  value: number; start: number; end: number; numberStart: number; isPerson: boolean; isBirthday?: boolean; high?: number; tied?: boolean | "then";
  /** "the 38-year-old", "Smith, 52,", "is 35": at the time of writing unless "then". */
  isNow?: boolean;
  isIndefinite?: boolean;
  isEpithet?: boolean;
  /** "turns 74 this year": a range from when the birthday falls, not an approximation. */
  isTimed?: boolean;
};

const NUMBER = `(\\d{1,3}|${WORD_NUMBER})`;
// An age written in words ("was thirty when", "aged fifty-two"); "one" is left out ("at one point").
const AGE_WORDS = WORD_NUMBER.replace("|one|", "|");
// "the 38-year-old", "a then 19-year-old student", "is 70 years old".
const YEARS_OLD = new RegExp(`\\b${NUMBER}[- ]years?[- ]old\\b`, "giu");
// "aged 12", "aged just 12", "at the age of 41", "aged between 30 and 40", "aged 30 to 40".
// ("a median age of 34", "the average age was 41": the age of a typical one of them.)
// ("reached the state pension age of 66 in 2024": an age reached is the age then.)
const AGED = new RegExp(String.raw`\b(?:aged|at the age of|at age|(?:reach|reached|reaches|reaching)\s+(?:the|their|his|her)\s+(?:[a-z-]+\s+){0,2}?age\s+of|(?:average|median|mean|typical)\s+age(?:\s+of\s+(?:the\s+|its\s+|their\s+)?[a-z’'-]+(?:\s+[a-z’'-]+)?(?=\s+(?:was|is|were|are)\b))?\s+(?:of|was|is|were|are|is\s+now|rose\s+to|fell\s+to))\s+(?:(?:just|only|about|around|nearly|almost|barely|some|roughly|over|under|more than|less than)\s+)*(between\s+)?(\d{1,3}|${AGE_WORDS})(?:\s*(?:-|–|to|and)\s*(\d{1,3}|${AGE_WORDS}))?\b(?!\s*(?:months?|weeks?|days?|hours?|minutes?|%|per\s*cent))`, "gi");
const AGE_SUPERLATIVE = String.raw`\s+(?:(?:one|among)\s+(?:of\s+)?)?(?:the|its|their|his|her)\s+(?:[\w’'-]+\s+)?(?:youngest|oldest)\b`;
const AGE_SUPERLATIVE_AFTER = new RegExp(`^${AGE_SUPERLATIVE}`, "i");
// "at 52," "died at 71", "at 23 in 1998", "champion at 16 in Beijing in 2008": "at" and a bare number, read as an age only after a person's verb or
// pronoun (below), never before a unit.
// ("at 39 the youngest in its history", "became at 77 the oldest to fly": an age before a superlative of age.)
const AT = new RegExp(String.raw`\bat\s+(?:(?:just|only|barely|nearly|almost|around|about)\s+)?(\d{1,3}|${AGE_WORDS})\b(?=\s*(?:[,.;)—–]|$|\s+(?:in\s+(?:[a-z][\w’'-]*\s+){0,3}?(?:in\s+)?(?:1[5-9]|20)\d\d|when|and|at|after|before|but|he|she|they)\b)|${AGE_SUPERLATIVE})`, "gi");
// (Verbs a figure also takes, "stood at 52", "began at 30", "closed at 52", are left out; a person's noun right before
// "at" is a person too: "Olympic champion at 16", "a grandmother at 38".)
const AT_PERSON_BEFORE = new RegExp(
  String.raw`\b(?:he|she|they|him|her|his|I|we|(?:hir|recruit|enlist|draft|ordain|knight|crown|widow|orphan|jail|arrest|convict|diagnos|promot|join|retir|di|marri|debut|elect|appoint|award|honour|honor|nominat|inaugurat|qualifi|graduat|emigrat|emerg|publish|compet|climb|succeed|inherit|ascend|abdicat|resign|found|sign)(?:ed|ing|es|s|e)?|left|leaving|became|becoming|quit|quitting|wrote|writing|dying)\b[^.]{0,30}$`,
  "i",
);
// "was 30 when", "turned 70 in May", "became, at 19," is AT; "is 35, and"; "turns 60 next month" (NEAR_NOW).
const NEAR_NOW = String.raw`(?:next|this)\s+(?:week|weekend|month|year|spring|summer|autumn|winter)|tomorrow|today`;
// "who turned 30 last month": a birthday just past is an age of now too, read only after "turned" ("was 30 last year"
// may be a figure's, and an age then is no age now).
const JUST_PAST = String.raw`last\s+(?:week|weekend|month|year|spring|summer|autumn|winter)|yesterday`;
const WAS = new RegExp(String.raw`\b(?:was|were|is|are|turned|turns|turning|became|becomes|be|been)\s+(?:(?:just|only|barely|still|already|nearly|almost|about|around|then|now)\s+)*(\d{1,3}|${AGE_WORDS})\b(?=\s*(?:[,.;)—–]|$|\s+(?:when|then|in|at|on|as|and|by|before|after|years?\s+old|${NEAR_NOW}|${JUST_PAST})\b))`, "gi");
const TURNED_JUST_PAST = new RegExp(String.raw`^\s+(?:${JUST_PAST})\b`, "i");
// "turns 60 next month": a birthday about to come is an age of the time of writing, as "is 59" would be.
const TURNS_NEAR_NOW = new RegExp(String.raw`^\s+(?:${NEAR_NOW})\b`, "i");
// "The actor, who was 19 when she …, turns 60": the verb after a "who" clause set off by commas is its holder's.
const WHO_CLAUSE_BEFORE = /\bwho\s+[^,;()]*,\s*$/i;
// "Kirkland, 52, …", "The king, 80 at his coronation": an age set off after a name or a person's noun.
const SET_OFF = /(?<=[\p{L}’'],\s+)(?:(?:then|now|just|only|aged)\s+)?(\d{1,3})(?=\s*(?:,|;|\)|—|–|\s+(?:at|when|in)\b))/giu;
// "The negotiator, 29, who graduated …", "The bricklayer, now 58, began his apprenticeship": whatever the noun, "who" or
// the holder's own "his"/"her" in the clause after the set-off age makes it a person's.
const SET_OFF_PERSON_AFTER = /^\s*,\s*(?:who\b|(?:[\p{L}’'-]+\s+){1,2}(?:his|her|their)\s)/iu;
// Only after one holder ("The trade negotiator, 29, who"): after a plural ("Of the 40 applicants, 29, who") it is a count.
const SINGULAR_BEFORE = /\b(?:[Tt]he|[Aa]n?)\s+(?:[\p{L}’'-]+\s+){0,2}[\p{L}’'-]*\p{L}(?<![sS]),\s+$/u;
// "Smith (45), born in 1980": an age in brackets after a name.
const BRACKET_AGE = /(?<=\p{Lu}[\p{L}’'-]+\s*)\((\d{1,3})\)/gu;
// "his 100th birthday": a person's birthday is the year less the birth year exactly.
const BIRTHDAY = /\b(?:his|her|their|[\p{Lu}][\p{L}’'-]*[’']s)\s+(\d{1,3})(?:st|nd|rd|th)\s+birthday\b/gu;
// "in his 50s", "in her late fifties", "in their early twenties".
const DECADE_OF_LIFE = /\bin\s+(?:his|her|their)\s+(early|mid|mid-|late)?\s*-?\s*(?:(\d)0s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b/gi;
const DECADE_WORDS: Record<string, number> = { twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90 };

// A person's noun ("the 38-year-old entrepreneur", "the explorer was 45", "the forward, 23,"); any other is a thing's.
export const PERSON_WORDS =
  "man|woman|men|women|boy|girl|son|daughter|mother|father|wife|husband|student|pupil|prodigy|entrepreneur|founder|owner|player|striker|winger|defender|midfielder|goalkeeper|forward|captain|manager|coach|chef|singer|actor|actress|artist|painter|sculptor|author|writer|novelist|poet|composer|conductor|musician|pianist|violinist|guitarist|drummer|rapper|dancer|driver|rider|cyclist|runner|swimmer|boxer|golfer|jockey|sprinter|athlete|champion|teenager|youngster|schoolboy|schoolgirl|graduate|doctor|nurse|surgeon|lawyer|judge|teacher|headmaster|headteacher|farmer|worker|miner|soldier|officer|sailor|pilot|victim|suspect|defendant|survivor|mum|dad|grandmother|grandfather|granddad|grandma|pensioner|widow|widower|king|queen|prince|princess|duke|duchess|president|minister|senator|mp|mayor|leader|chief|executive|banker|investor|tycoon|billionaire|millionaire|star|celebrity|candidate|politician|activist|campaigner|volunteer|resident|climber|explorer|scientist|professor|researcher|inventor|designer|architect|engineer|veteran|monk|nun|priest|bishop|pope|emperor|empress|sultan|heir|novice|rookie|apprentice|debutant|newcomer|centenarian|editor|journalist|astronaut|cosmonaut|councillor|constable|photographer|director|chairman|chairwoman|chair|philosopher|historian|economist|diplomat|footballer|cricketer|actor|comedian|presenter|broadcaster|chancellor|governor|monarch|tennis player|batsman|bowler|skater|skier|gymnast|rower|sailor";
const PERSON_NOUN = new RegExp(`^\\s*(?:[\\p{L}-]+\\s+)?(?:${PERSON_WORDS})s?\\b`, "iu");
// The noun just before "was 45" or ", 23,": "the explorer was 45", "The forward, 23 when he signed".
const PERSON_NOUN_BEFORE = new RegExp(`\\b(?:${PERSON_WORDS})\\s+$`, "iu");
// "The chapel's organist, 82,", "the florist, 64,": a noun in "-ist" is a person's trade or creed whatever the word, so
// the list above need not name them all (words in "-ist" that name no person are left out, as are verbs).
const IST_PERSON_BEFORE = /\b\p{L}{3,}ist(?<!\b(?:(?:check|play|short|wish|black|wait|set|track|hit|price|white|long|book|guest)list|assist|insist|resist|persist|consist|desist|subsist))\s+$/iu;
// A person's event after the age: "was 30 when she", "was 45 at his death", ", 80 at his coronation".
const PERSON_EVENT_AFTER = /^\s*(?:when\s+(?:he|she|they|I|we)\b|at\s+(?:his|her|their)\s+\p{L}+)/iu;
// A person before "was 30", ", 52,": a pronoun or a name (a capitalised word, perhaps with its lifespan in brackets).
// (A capitalised word opening the sentence is no name on its own: "Prices were 20", "The price was 22".)
const PERSON_BEFORE_WAS =
  /(?:\b(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|who)\s+(?:\p{L}+\s+){0,2}?|\p{Lu}[\p{L}’'-]+\s*\(\s*\d{4}\s*[-–—]\s*\d{2,4}\s*\)\s+|(?:(?<=\S\s+)|\p{Lu}[\p{L}’'-]+\s+)\p{Lu}[\p{L}’'-]+\s+)$/u;
// "Only 17 at the time of his debut", "80 at his coronation", "23 when he signed": a bare number tied to a person's event.
const BARE_TIED = /(?<![\d.,$£€¥%:-]\s?|\b(?:aged|at|was|were|is|are|turned|turns|became|be|been|then|of)\s)\b(\d{1,3})(?=\s+(?:at the time\b|when\s+(?:he|she|they|I|we)\b|at\s+(?:his|her|their)\s+\p{L}+|on\s+(?:his|her|their)\s+\p{L}+))/giu;
const AND_AGE = /(?:,\s*|\s)(?:and|but|then|by)\s+(?:(?:just|only|still|already)\s+)?(\d{1,3})(?=\s+(?:in\s+(?:1[5-9]|20)\d\d|when\s+(?:he|she|they|I|we))\b)/gi;
const THEN_BEFORE = /\b(?:then|at the time|at that time)[\s-]+$/i;
const TIED_AFTER = /^\s*(?:,\s*)?(?:at the time|then)\b/iu;

export function collectAges(sentence: string, years: YearMention[]): AgeMention[] {
  const raws = [readYearsOld, readAged, readAt, readWas].flatMap((read) => read(sentence));
  // "She was 22 in 2008 …, and 30 in 2023 when she last did": a second age of the person already aged, its verb left out.
  if (raws.some((r) => r.isPerson)) raws.push(...readAndAges(sentence));
  raws.push(...[readBareTied, readSetOff, readBracketAge, readBirthday, readDecadeOfLife].flatMap((read) => read(sentence)));
  return dedupe(raws)
    .filter((r) => r.value > 0 && r.value <= 125)
    .map((r) => toMention(sentence, r, years));
}

function readYearsOld(sentence: string): Raw[] {
  const raws: Raw[] = [];
  for (const m of sentence.matchAll(YEARS_OLD)) {
    const value = parseNumber(m[1]);
    if (value === null) continue;
    const end = m.index + m[0].length;
    const after = sentence.slice(end, end + 40);
    // "the 38-year-old," "the 20-year-old said": a person; "a 38-year-old man": a person; "a 50-year-old building": not.
    const bare = /^\s*(?:[,;:)—–]|$|\s\p{Lu}\p{Ll}|\s(?:who|was|is|has|had|said|says|told|will|would|and|from|of|in|on|at|became|won|died|made|born)\b)/u.test(after);
    const isIndefinite = /\b(?:a|an)\s+(?:then\s+)?$/i.test(sentence.slice(Math.max(0, m.index - 9), m.index));
    const predicative = /\b(?:is|was|were|are|turned|turns|be|been|being)\s+(?:\p{L}+\s+)?$/u.test(sentence.slice(Math.max(0, m.index - 25), m.index));
    // "The 40-year-old striker's club": the aged noun owns another thing.
    if (/^\s+(?:[\p{L}-]+\s+)?[\p{L}-]+[’']s\b/u.test(after)) continue;
    // "joined the force in 1996 as a 22-year-old constable": an age in a capacity is the subject's, at the event of its clause.
    if (/\bas\s+(?:a|an)\s+(?:then[\s-]+)?$/i.test(sentence.slice(Math.max(0, m.index - 12), m.index))) {
      raws.push({ value, start: m.index, end, numberStart: m.index, isPerson: true, tied: true });
      continue;
    }
    raws.push({ value, start: m.index, end, numberStart: m.index, isPerson: bare || PERSON_NOUN.test(after) || (predicative && value <= 115), isIndefinite, isEpithet: !predicative, isNow: !predicative || /\b(?:is|are)\s+(?:\p{L}+\s+)?$/u.test(sentence.slice(Math.max(0, m.index - 25), m.index)) });
  }
  return raws;
}

function readAged(sentence: string): Raw[] {
  const raws: Raw[] = [];
  for (const m of sentence.matchAll(AGED)) {
    // "aged 30 to 40", "aged between 30 and 40" is a range; "aged 5 and 8" two ages, of two people.
    const value = parseNumber(m[2]) ?? NaN;
    // A list of ages is of several people, any of whom a birth year may be: none of them is read.
    const isList = m[3] !== undefined && !m[1] && /\band\s*\S+$/.test(m[0]);
    if (isList) continue;
    const high = m[3] ? (parseNumber(m[3]) ?? NaN) : undefined;
    if (high !== undefined && high <= value) continue;
    raws.push({ value, high, start: m.index, end: m.index + m[0].length, numberStart: m.index + m[0].indexOf(m[2], m[1]?.length ?? 0), isPerson: true });
  }
  return raws;
}

function readAt(sentence: string): Raw[] {
  const raws: Raw[] = [];
  for (const m of sentence.matchAll(AT)) {
    // "At 25 in 2000 she …", "In 2012, at 19, the swimmer": an "at" opening the sentence or set off by commas.
    const rest = sentence.slice(m.index + m[0].length);
    const setOff = (/(?:^|,\s*)$/.test(sentence.slice(0, m.index)) && /^\s*(?:,|in\s+\d)/.test(rest)) || (m.index === 0 && /^\s+(?:he|she|they|I|we)\b/i.test(rest));
    // An age beside a superlative of age is a person's: "became at 77 the oldest to fly … in 1998" is at the event its
    // verb tells of; "The chancellor, at 39 the youngest in its history, … takes office in 2025", with no verb, is then
    // or now ("The senator, at 89 the oldest member, … first elected in 1992" is now).
    const isRecord = AGE_SUPERLATIVE_AFTER.test(rest);
    const personBefore = AT_PERSON_BEFORE.test(sentence.slice(Math.max(0, m.index - 40), m.index)) || PERSON_NOUN_BEFORE.test(sentence.slice(Math.max(0, m.index - 30), m.index));
    if (!setOff && !isRecord && !personBefore) continue;
    // ", at 30, the youngest mayor … when he won in 2010" is at the event told of, unless the clause is present ("At 34, she is").
    const end = m.index + m[0].length;
    const isPresent = /^\s*,\s*(?:[\p{L}’'-]+\s+){0,2}?(?:is|are)\b/u.test(sentence.slice(end, end + 30));
    const tied = (setOff || (isRecord && personBefore)) && !isPresent;
    const isIndefinite = isRecord && !setOff && !personBefore;
    raws.push({ value: parseNumber(m[1]) ?? NaN, start: m.index, end, numberStart: m.index + m[0].lastIndexOf(m[1]), isPerson: true, tied, isNow: setOff && isPresent, isIndefinite });
  }
  return raws;
}

function readWas(sentence: string): Raw[] {
  const raws: Raw[] = [];
  for (const m of sentence.matchAll(WAS)) {
    const before = sentence.slice(Math.max(0, m.index - 40), m.index);
    const end = m.index + m[0].length;
    // "The singer, born in 1942, was just 20 when …": the one just said to be born.
    const isPerson = PERSON_BEFORE_WAS.test(before) || PERSON_NOUN_BEFORE.test(before) || PERSON_EVENT_AFTER.test(sentence.slice(end, end + 40))
      || /\bborn\b[^.;]{0,25},\s*$/i.test(before) || WHO_CLAUSE_BEFORE.test(sentence.slice(Math.max(0, m.index - 100), m.index));
    const value = parseNumber(m[1]) ?? NaN;
    const past = TURNED_JUST_PAST.exec(sentence.slice(end, end + 20));
    if (past) {
      if (!/^turned\b/i.test(m[0])) continue;
      // "turned 30 last month" is 30 now; "last year" 30 or 31.
      const high = /year$/i.test(past[0]) ? value + 1 : value;
      raws.push({ value, ...(high > value ? { high } : {}), start: m.index, end, numberStart: m.index + m[0].lastIndexOf(m[1]), isPerson, isNow: true, isTimed: true });
      continue;
    }
    const near = /^turn(?:s|ing)\b/i.test(m[0]) ? TURNS_NEAR_NOW.exec(sentence.slice(end, end + 20)) : null;
    if (near) {
      // "turns 60 next month" is 59 now, "next year" 48 or 49 of 50, "this year" not yet or just, "today" already.
      const word = near[0].trim().toLowerCase();
      const [low, high] = word === "today" ? [value, value] : word === "next year" ? [value - 2, value - 1] : /^(?:next|tomorrow)/.test(word) ? [value - 1, value - 1] : [value - 1, value];
      raws.push({ value: low, ...(high > low ? { high } : {}), start: m.index, end, numberStart: m.index + m[0].lastIndexOf(m[1]), isPerson, isNow: true, isTimed: true });
      continue;
    }
    raws.push({ value, start: m.index, end, numberStart: m.index + m[0].lastIndexOf(m[1]), isPerson, isNow: /^(?:is|are)\b/i.test(m[0]) });
  }
  return raws;
}

function readBareTied(sentence: string): Raw[] {
  const raws: Raw[] = [];
  for (const m of sentence.matchAll(BARE_TIED)) {
    raws.push({ value: Number(m[1]), start: m.index, end: m.index + m[0].length, numberStart: m.index, isPerson: true, tied: /^\s+at the time\b/i.test(sentence.slice(m.index + m[0].length)) });
  }
  return raws;
}

function readSetOff(sentence: string): Raw[] {
  const raws: Raw[] = [];
  for (const m of sentence.matchAll(SET_OFF)) {
    const before = sentence.slice(Math.max(0, m.index - 40), m.index);
    const end = m.index + m[0].length;
    const isPerson = /\b\p{Lu}[\p{L}’'-]+,\s+$/u.test(before) || PERSON_NOUN_BEFORE.test(before.replace(/,\s+$/, " ")) || IST_PERSON_BEFORE.test(before.replace(/,\s+$/, " ")) || PERSON_EVENT_AFTER.test(sentence.slice(end, end + 40))
      || (SINGULAR_BEFORE.test(before) && SET_OFF_PERSON_AFTER.test(sentence.slice(end, end + 40)));
    raws.push({ value: Number(m[1]), start: m.index, end: m.index + m[0].length, numberStart: m.index + m[0].lastIndexOf(m[1]), isPerson, tied: /^then\b/i.test(m[0]) ? "then" : undefined, isNow: !/^then\b/i.test(m[0]) && /^\s*[,;)—–]/.test(sentence.slice(end)) });
  }
  return raws;
}

function readBracketAge(sentence: string): Raw[] {
  const raws: Raw[] = [];
  for (const m of sentence.matchAll(BRACKET_AGE)) {
    raws.push({ value: Number(m[1]), start: m.index, end: m.index + m[0].length, numberStart: m.index + 1, isPerson: true, isNow: true });
  }
  return raws;
}

function readBirthday(sentence: string): Raw[] {
  const raws: Raw[] = [];
  for (const m of sentence.matchAll(BIRTHDAY)) {
    raws.push({ value: Number(m[1]), start: m.index, end: m.index + m[0].length, numberStart: m.index, isPerson: true, isBirthday: true });
  }
  return raws;
}

function readDecadeOfLife(sentence: string): Raw[] {
  const raws: Raw[] = [];
  for (const m of sentence.matchAll(DECADE_OF_LIFE)) {
    const decade = m[2] ? Number(m[2]) * 10 : DECADE_WORDS[m[3].toLowerCase()];
    const part = (m[1] ?? "").toLowerCase().replace("-", "");
    const [low, high] = part === "early" ? [decade, decade + 4] : part === "mid" ? [decade + 3, decade + 7] : part === "late" ? [decade + 5, decade + 9] : [decade, decade + 9];
    raws.push({ value: low, high, start: m.index, end: m.index + m[0].length, numberStart: m.index, isPerson: true });
  }
  return raws;
}

function readAndAges(sentence: string): Raw[] {
  const raws: Raw[] = [];
  for (const m of sentence.matchAll(AND_AGE)) {
    const numberStart = m.index + m[0].lastIndexOf(m[1]);
    raws.push({ value: Number(m[1]), start: numberStart, end: m.index + m[0].length, numberStart, isPerson: true });
  }
  return raws;
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
  // "about 40" of someone 37 is fair; "nearly 50" is 46 to 49; "more than 30" has no upper bound to speak of.
  if (approx === "about") [low, high] = [low - 3, high + 3];
  else if (approx === "under") [low, high] = [low - 4, high];
  else if (approx === "over") [low, high] = [low, high + 15];
  const year = raw.isNow ? undefined : yearBeside(sentence, raw, years) ?? deathYear(sentence, raw, years);
  // "a then 19-year-old", ", then 23," date the age at the event of their clause; "was 25 then" looks back to an event
  // already dated, and with none dated before it the time is open. "at the time" may look either way ("Aged just 12
  // at the time, … won the title in 2021").
  const after = sentence.slice(raw.end, raw.end + 40);
  const before = sentence.slice(Math.max(0, raw.start - 16), raw.start);
  const atTheTime = /^\s*,?\s*at (?:the|that) time\b/i.test(after) || /\bat (?:the|that) time\s+$/i.test(before);
  const thenBefore = THEN_BEFORE.test(before) || raw.tied === "then";
  const thenAfter = TIED_AFTER.test(after) && years.some((y) => y.role !== "birth" && y.end <= raw.start);
  const isThen = atTheTime || thenBefore || thenAfter;
  const when = year !== undefined ? "dated" : raw.tied === true || isThen ? "tied" : raw.isIndefinite ? "any" : raw.isNow ? "now" : "open";
  return {
    low, high, start: raw.start, end: raw.end, text: sentence.slice(raw.start, raw.end), isPerson: raw.isPerson, when,
    isBirthday: raw.isBirthday === true, isApprox: approx !== "exact" || (raw.high !== undefined && raw.isTimed !== true), isEpithet: raw.isEpithet === true, year,
  };
}

// "Gould (1932–1982) died of a stroke at 60": an age at death is at the death year named, however far from it.
const DEATH_BEFORE = /\b(?:died|dies|death|dying|killed|passed away)\b[^.;]{0,30}$/i;
const DEATH_AFTER = /^\s*(?:when\s+(?:he|she|they)\s+died|at\s+(?:his|her|their)\s+death)\b/i;

function deathYear(sentence: string, raw: Raw, years: YearMention[]): number | undefined {
  const deaths = years.filter((y) => y.role === "death");
  if (deaths.length !== 1) return undefined;
  const isDeathAge = DEATH_BEFORE.test(sentence.slice(Math.max(0, raw.start - 40), raw.start)) || DEATH_AFTER.test(sentence.slice(raw.end, raw.end + 30));
  return isDeathAge ? deaths[0].value : undefined;
}

// " in ", " in March ", " on 3 March ": the words between an age and the year of its own date.
const OWN_DATE_GAP = /^\s+(?:in|on)\s+(?:(?:early|mid|late)[\s-]+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?)?$/;
const SPAN_START_BEFORE = /\b(?:since|from|until|till|to|by)\s+$/i;

// The year of the event an age is at: the nearest year (not a birth year) in its clause, a few words away.
function yearBeside(sentence: string, raw: Raw, years: YearMention[]): number | undefined {
  let best: { distance: number; value: number } | undefined;
  for (const y of years) {
    // "has chaired the bank since 2019": a span's start is not the date of an age.
    const gap = y.start >= raw.end ? sentence.slice(raw.end, y.start) : y.end <= raw.start ? sentence.slice(y.end, raw.start) : null;
    // ("in charge since 1995, when she was 24": a "when" clause after the span's start dates the age at that start.)
    const isWhenOfYear = y.end <= raw.start && /^,?\s*when\s+(?:he|she|they|I|we)\s+$/i.test(gap ?? "");
    if (y.role === "birth" || (y.role !== "death" && !isWhenOfYear && SPAN_START_BEFORE.test(sentence.slice(Math.max(0, y.start - 12), y.start)))) continue;
    // "who turned 80 in 2019, marked his 90th birthday in March 2024": a year in the age's own "in" phrase is its date,
    // however near a year across the comma before.
    if (y.start >= raw.end && gap !== null && OWN_DATE_GAP.test(gap)) return y.value;
    // ("left school aged 16 and won gold in 2012": "and" starts another event.)
    // ("was 29 when she won the world road race title in September 2022": a "when" clause may run a little longer.)
    const reach = /^\s*when\b/i.test(gap ?? "") ? 60 : 45;
    if (gap === null || gap.length > reach || /[;—–()]/.test(gap) || /\d/.test(gap) || /\band\b/i.test(gap)) continue;
    // A year after the age is its event's only inside the clause ("at 23 in 1998", "was 30 when she founded it in 1975").
    if (y.start >= raw.end && /,/.test(gap) && !/^\s*,?\s*(?:at the time|then)?\s*(?:when|in)\b/i.test(gap)) continue;
    // A year before it, across at most one comma ("in 2006, at 52", "died in 2001 aged 45", "20 years later, aged 49").
    if (y.end <= raw.start && (gap.match(/,/g)?.length ?? 0) > 1) continue;
    // "was 41 when first elected in 2019, will be 46 when he stands again in 2024": an age's own "when" clause dates it,
    // however near the year of the clause before; otherwise two ages said of two years would be read as of one.
    if (y.start >= raw.end && /^\s*when\b[^,]*$/i.test(gap)) return y.value;
    if (!best || gap.length < best.distance) best = { distance: gap.length, value: y.value };
  }
  return best?.value;
}
