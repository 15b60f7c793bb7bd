import { approximationBefore, findQuantities, parseNumber, type Quantity } from "../numbers";
import type { ConsistencyRule, Finding } from "../rule";
import { PERSON_WORDS } from "./age-mentions";
import { findDurations, findLastedFor, spanFits, type Age } from "./age-durations";
import { anniversaryAfterTimePassed } from "./age-anniversary-after";
import { centuryAgainstBuilt } from "./age-century";
import { editionsAgainstYears } from "./age-editions";
import { yearsSinceFirstEvent } from "./age-first-event";
import { termAgainstYears } from "./age-terms";
import { collectYears } from "./year-mentions";

// "was 70 years old when", "turned 900 years old in": an age tied to an event, not an epithet.
const TIED_BEFORE = /\b(?:was|is|were|are|turned|turns|be|been|being|became|becomes)\s+(?:just\s+|only\s+|nearly\s+|almost\s+|barely\s+|still\s+|already\s+)?$/i;
// "it was already 75 years old, having …": a thing's age told of a thing (a comma after it is no person's epithet).
const THING_SUBJECT_BEFORE = /\b(?:it|which)\s+(?:was|is|had\s+been|has\s+been|turned|turns|became)\s+(?:\w+\s+)?$/i;
const PRESENT_BEFORE = /\b(?:is|are)\s+(?:now\s+)?(?:(?:just|only|nearly|almost|barely|still|more than|over|about|around|some|less than|under|at least)\s+)*$/i;
const AS_A_BEFORE = /\bas\s+(?:a|an)\s+(?:then[\s-]+)?$/i;
// An age cannot put the time of writing after this year.
const THIS_YEAR = new Date().getUTCFullYear();

// "20-year-old", "20 years old", "two decades old", "two-decade-old", "half-century-old", "century-old".
const AGE = /\b(?:(\d{1,3}(?:,\d{3})+|[\p{L}\d]+(?:-[\p{L}]+)?)[- ](years?|decades?|centur(?:y|ies))|(half)[- ]century|(century))[- ]old\b/giu;
// "aged 19", "at the age of 43", "was 60 when", "then 30", "is 35 in 2019", "turned 40 this year" (an age of now).
// (", at 19, the youngest MP", "At 34, she": an age set off by commas after "at".)
const STATED_AGE = /\b(?:aged|at the age of|(?<=(?:^|,\s)[Aa]t)(?=\s+\d{1,2},)|(?:was|is|turned|turns|then)(?:\s+(?:just|only|barely|still|already))?(?=\s+\d+(?:\s+(?:when|in|years old|this\s+(?:year|month|week))\b|\s*[,.;)]|$)))\s+(\d{1,3})\b/gi;
// "its 50th anniversary", "their 50th wedding anniversary", "her 80th birthday", "its centenary"; "in its 150th year", "its 40th season" (the year Y of
// something begun in X is its (Y - X + 1)th, or by a looser count its (Y - X)th; "its 3rd year of losses" is no age).
const ANNIVERSARY = /\b(\d{1,3})(?:st|nd|rd|th)\s+(?:(?:wedding|marriage)\s+anniversary|anniversary|birthday)\b|(?<=\b(?:its|their)\s+)(\d{1,3})(?:st|nd|rd|th)\s+(?:year|season)\b(?!\s+(?:of|in\s+(?:a\s+)?row|running)\b)|\b(centenary|centennial|bicentenary|bicentennial|(?:golden|diamond|silver|ruby|pearl)\s+(?:jubilee|wedding))\b/gi;
// "will celebrate its 150th year in 2026": the year in the anniversary's own phrase is its date.
const OWN_YEAR_AFTER = /^\s+(?:[\p{L}’'-]+\s+){0,4}?in\s+((?:1[5-9]|20)\d\d)\b/u;
const NAMED_ANNIVERSARIES: Record<string, number> = {
  centenary: 100, centennial: 100, bicentenary: 200, bicentennial: 200, golden: 50, diamond: 60, silver: 25, ruby: 40, pearl: 30,
};
// "celebrated 150 years in business", "marking 25 years since": an age stated as a count of years.
// ("will celebrate 40 years in the air in 2025": the year in its own phrase dates it, as an anniversary's does.)
const YEARS_MARKED = /\b(?:celebrated|celebrates|celebrating|celebrate|marked|marks|marking|mark)\s+(?:its\s+|their\s+|his\s+|her\s+)?(\d{1,3})\s+years\b/gi;
// ("marking 25 years since its founding", "since it opened" are the age itself.)
const SINCE_ANOTHER = /^\s+since\b(?!\s+(?:(?:its|their|the)\s+(?:founding|foundation|formation|creation|launch|opening|inception)|it|they)\b)/i;
// "Smith, 52, who was born in 1980": a name, then an age set off by commas (case matters, so no i flag).
const NAME_AGE = /\b\p{Lu}[\p{L}’'-]+,\s+(\d{1,3}),/gu;
const BIRTH_OF_ANOTHER = /\bwhen\s+(?:she|he|they|\p{Lu}[\p{L}’'-]+)\s+(?:was|were)\s+born\b|\b(?:his|her|their|whose)\s+(?:mother|father|parents?|grand(?:mother|father|parents?)|son|daughter|children|child|wife|husband|brother|sister|twins?)\b/u;
// The year something began: "formed in 1979", "founded 1999", "born in 1990", "having opened in 1951"; what it began
// as may come between ("set up as a municipal undertaking in 1925", "founded as a cooperative in 1921"), after a verb
// only things take ("signed as a teenager in 2010" is a person's start, not a birth). Its doer may follow ("started by
// his great-grandfather in 1935"), and a chain's first shop is its opening ("opened its first store in 1969").
const FOUNDING =
  /\b(?:formed|founded|established|joined|created|set up|launched|born|built|started|begun|began|signed|opened|forged|passed|enacted|adopted|introduced|ratified|inaugurated|completed|erected|incorporated|planted|constructed|commissioned|consecrated|installed|unveiled|invented|published|released|married|launch|founding|foundation|opening|creation|inception|formation|dating (?:back )?(?:from|to)|dates (?:back )?(?:from|to)|since)\s+(?:(?<=\b(?:formed|founded|established|set up|built|created|incorporated|constructed|opened)\s+)as\s+(?:a|an)\s+(?:[\w-]+\s+){1,3}?)?(?:(?!(?:before|after|until|by)\b)\w+\s+){0,2}?(?:(?<=\bopened\s+)(?:its|their)\s+first\s+[\w-]+\s+)?(?:by\s+(?:his|her|their|its|the|a|an|my|our)\s+(?:[\w-]+\s+){1,2}?)?(?:in\s+)?$/i;
// "created by Congress in 1913", "founded by Henry Ford in 1903": a doer named, not brought in by a determiner, is cut
// before FOUNDING reads the verb (case matters, so apart from FOUNDING's i flag: "created by chance in" names no doer).
const NAMED_DOER = /(?<=\s)by\s+(?:[A-Z][\w’'.-]*\s+){1,3}(?=(?:in\s+)?$)/;
// "first staged in 1877", "first held in 1950": an event's first edition begins its years ("first played", "first
// performed" are left out: people play and perform, and "first played the role in 1978" founds no age). What it staged
// may follow the verb ("first staged racing in 1825", "first held the fair in 1900").
const FIRST_HELD = /\bfirst\s+(?:staged|held|run|contested|awarded|broadcast|aired|screened|shown|organi[sz]ed|hosted)\s+(?:(?!(?:before|after|until|by)\b)(?:the\s+|a\s+|an\s+|its\s+)?[a-z-]+\s+)?(?:in\s+)?$/i;
// "bought as a lamb in 2015", "planted as a sapling in 1990": taken on newborn, so the year is its birth, give or take one.
const AS_YOUNG = /\b(?:bought|acquired|adopted|rescued|taken\s+in|planted|found)\s+as\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:lamb|puppy|calf|foal|kitten|chick|cub|piglet|newborn|baby|hatchling|seedling|sapling|fledgling)\s+(?:in\s+)?$/i;
// "is now 14 years old, the shepherd said in 2023": the present tense of words reported as said in a year is that year.
const SAID_IN = /\b(?:said|told|wrote|reported|added|explained)\b[^.;]{0,30}?\bin\s+((?:1[5-9]|20)\d\d)\b/gi;
const JOINED_BEFORE = /\bjoined\s+(?:\w+\s+){0,2}?(?:in\s+)?$/i;
// A year the sentence looks forward to ("will close in 2030", "by the end of 2030") is not when the age was stated.
// ("damaged by shelling in 2022": "by" naming a doer is no bound; only "by" right before its time is.)
const FUTURE = /\b(?:will|would|until|due to|expected to|plans? to)\b[^,.;]{0,25}$|\bby\s+(?:the\s+(?:end|middle|start|turn)\s+of\s+)?(?:(?:early|late|mid)[-\s]?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|winter)[a-z]*\s+)?$/i;
// "by 2030", "until 2030": a bound, not the year a duration ends.
const BOUND_BEFORE = /\b(?:by|until|till|before)\s+(?:the\s+end\s+of\s+)?$/i;

/**
 * An age against the years named: "the 20-year-old alliance formed in 1979 …
 * in 2019" is 40 years old; "born in 1948, the senator was 60 when he retired in
 * 2018"; "opened in 1951, it marked its 50th anniversary in 2021". Needs the
 * year it began and a later year in the same sentence; an age may be a year
 * off (the birthday may not have come yet), decades up to four years, an
 * anniversary none.
 */
export const ageMismatch: ConsistencyRule = {
  id: "age-mismatch",
  description: "An age (“20-year-old”, “two decades old”, “50th anniversary”) must match the years named in the claim.",
  check(sentence) {
    return [...agesAgainstFounding(sentence), ...yearsSinceFirstEvent(sentence), ...centuryAgainstBuilt(sentence), ...editionsAgainstYears(sentence), ...termAgainstYears(sentence)];
  },
};

function agesAgainstFounding(sentence: string): Finding[] {
  const years = findQuantities(sentence).filter((q) => q.isYear || isMedievalYear(sentence, q));
  // Every finding needs a year: most sentences have none, and reading their birth years is the dear part.
  if (years.length === 0) return [];
  // A birth year, with or without "born" ("a 1958 baby", "since his birth in 1961").
  const births = new Set(collectYears(sentence).filter((y) => y.role === "birth").map((y) => y.start));
  const dated = agesBetweenDates(sentence, years, births);
  const foundings = years.filter((year) => {
    // (60 characters, so a founding with what it began as fits: "having been set up as a municipal undertaking in".)
    const before = sentence.slice(Math.max(0, year.start - 60), year.start);
    return births.has(year.start) || FOUNDING.test(before.replace(NAMED_DOER, "")) || FIRST_HELD.test(before) || AS_YOUNG.test(before);
  });
  // "She joined the board in 2010; the firm, founded in 1990, …": a joining founds only when nothing else is founded.
  const founding = foundings.find((year) => !JOINED_BEFORE.test(sentence.slice(Math.max(0, year.start - 40), year.start))) ?? foundings[0];
  if (!founding) return dated;
  // "Her father was 41 when she was born in 1983", "The twins, born in 1986, the year their grandmother emigrated at
  // 62": a birth beside another person's age dates that age; it is not the age's own birth. age-against-years, which
  // tells people apart, reads these.
  if (/\bborn\b/i.test(sentence.slice(Math.max(0, founding.start - 40), founding.start)) && BIRTH_OF_ANOTHER.test(sentence)) return dated;
  const later = years.filter((year) => year !== founding && year.value > founding.value && !FUTURE.test(sentence.slice(Math.max(0, year.start - 40), year.start)));
  // "will be retired in 2025 after 55 years of service": a year looked forward to still ends the duration beside it.
  const ends = years.filter((year) => year !== founding && year.value > founding.value && !BOUND_BEFORE.test(sentence.slice(Math.max(0, year.start - 20), year.start)));
  const isBirth = births.has(founding.start) || /\bborn\s+(?:\w+\s+){0,2}?(?:in\s+)?$/i.test(sentence.slice(Math.max(0, founding.start - 40), founding.start))
    || AS_YOUNG.test(sentence.slice(Math.max(0, founding.start - 60), founding.start));
  // "joined the company in 1994 … after 35 years": a joining dates only a time served, never the joiner's age
  // ("the 30-year-old striker, who joined the club in 2010").
  const isJoining = JOINED_BEFORE.test(sentence.slice(Math.max(0, founding.start - 40), founding.start));
  const findings: Finding[] = [...dated];
  // With no later year, only an age of now can be checked, against this year: "the 34-year-old, born in 1998",
  // "completed in 1250, it is more than 900 years old" (not "the 20-year-old released it in 2010": that is no birth).
  const allAges = findAges(sentence).filter((age) => !isJoining && (isBirth || !age.isPerson));
  // An anniversary dated in its own phrase is held to that year, future or not.
  for (const age of allAges.filter((a) => a.dated !== undefined && a.dated > founding.value)) {
    const d = age.dated! - founding.value - age.years;
    const decade = founding.unit === "s" ? 9 : 0;
    if (d < -age.slack || d > age.slack + decade) findings.push(finding(age, founding, years.find((y) => y.value === age.dated) ?? null));
  }
  const ages = allAges
    .filter((age) => age.dated === undefined)
    .filter((age) => later.length > 0 || (age.isNow && (isBirth || age.isPresent || isOwnFounding(sentence, age, founding))));
  // A person's age is never written as "after 20 years": durations count only for things founded.
  if (!isBirth) findings.push(...durationsAgainst(sentence, founding, ends));
  if (later.length === 0) {
    // ("formed in 2002 and, two decades on, marked its 15th anniversary": with no year after, a time passed dates it.)
    findings.push(...anniversaryAfterTimePassed(sentence, allAges, founding));
    for (const age of ages) if (!nowFits(sentence, age, founding, later)) findings.push(finding(age, founding, null));
    return findings;
  }
  for (const age of ages) {
    // "Built in the 1920s": a decade, so up to nine years later than written.
    const decade = founding.unit === "s" ? 9 : 0;
    const fits = (year: Quantity) => { const d = year.value - founding.value - age.years; return d >= -age.slack && d <= age.slack + decade; };
    if (age.isNow ? nowFits(sentence, age, founding, later) : later.some(fits)) continue;
    const reference = later.reduce((a, b) => (b.value > a.value ? b : a));
    findings.push(finding(age, founding, reference));
  }
  return findings;
}

function durationsAgainst(sentence: string, founding: Quantity, ends: Quantity[]): Finding[] {
  if (ends.length === 0) return [];
  // A duration counted from a dated event needs a year after that event to be held to.
  const durations = [...findDurations(sentence, ends, founding), ...findLastedFor(sentence, founding)].filter((d) => ends.some((y) => y.value > (d.from ?? founding).value));
  const findings: Finding[] = [];
  for (const age of durations) {
    const start = age.from ?? founding;
    // "Completed in 1320 and rebuilt in 1500, the spire stood for 350 years until 1850": a time lasted up to an event
    // may have begun at any year named from the founding on.
    const starts = age.untilEvent ? [founding, ...ends] : [start];
    // "Built in the 1920s": a decade, so up to nine years later than written.
    const fits = starts.some((s) => ends.some((e) => e.value > s.value && spanFits(age, e.value - s.value, s.unit === "s" ? 9 : 0)));
    if (fits) continue;
    findings.push(finding(age, start, ends.reduce((a, b) => (b.value > a.value ? b : a))));
  }
  return findings;
}

// "The 70-year-old, born in 1950, first stood in 1983": written in 2020, after every year named, and not in the future.
// "more than 900 years old" only bounds the time of writing from below, "nearly 40" from above.
function nowFits(sentence: string, age: Age, founding: Quantity, later: Quantity[]): boolean {
  const now = founding.value + age.years;
  const latest = Math.max(founding.value, ...later.map((y) => y.value));
  const [low, high] = [age.approx === "under" ? -Infinity : now - age.slack, age.approx === "over" ? Infinity : now + age.slack];
  // Only the present tense is the time the words were said: an epithet ("the 70-year-old said in 2019") is the writer's.
  const said = age.isPresent ? [...sentence.matchAll(SAID_IN)] : [];
  return high >= latest && low <= (said.length === 1 ? Number(said[0][1]) : THIS_YEAR);
}

// "The 12-year-old app, launched in 2020": the founding is set off right after the aged noun, so it is the noun's own
// ("the 20-year-old released her album in 2010" is a person and an event).
const OWN_FOUNDING_BETWEEN = /^\s+[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,2},\s+(?:which|that)?\s*(?:was\s+|were\s+)?(?:first\s+)?[\p{L}]+(?:\s+up)?\s+(?:in\s+)?$/u;

// "Opened in 1931, the 120-year-old building": a founding opening the sentence is its subject's, and the subject's
// epithet follows it right after the comma. Only verbs said of things ("Signed in 2019, the 25-year-old Brazilian" is a
// player's signing, and "Brazilian" no person's noun the age reader knows).
const OPENING_VERB = /^\s*(?:first\s+)?(?:opened|built|founded|established|completed|constructed|erected|launched|set\s+up|formed|created|planted|consecrated|inaugurated|incorporated|installed|unveiled|commissioned)\s+(?:in\s+)?(?:the\s+)?$/i;
const OPENING_TO_EPITHET = /^s?,\s+(?:the|its|this|that)\s+$/i;

function isOwnFounding(sentence: string, age: Age, founding: Quantity): boolean {
  if (founding.end <= age.start && OPENING_VERB.test(sentence.slice(0, founding.start)) && OPENING_TO_EPITHET.test(sentence.slice(founding.end, age.start))) return true;
  return founding.start > age.end && OWN_FOUNDING_BETWEEN.test(sentence.slice(age.end, founding.start));
}

// "joined in 2001 aged 18 and left in 2019 aged 40": two dated ages of one person must be as far apart as their years.
// ("retired in 2022 at 62": "at" and an age, not a time or a share.)
// (The two orders are read apart: "Born in 1958, aged 62 in 2020" is aged 62 in 2020, not in the birth year before it.)
const YEAR_THEN_AGE = /\b(?:in\s+)?((?:1[5-9]|20)\d\d),?\s+(?:when\s+(?:he|she|they)\s+(?:was|were)|aged|at the age of|at(?=\s+\d{1,3}\b(?!\s*(?:%|per\s?cent|[ap]\.?m\b|[:.]\d))))\s+(\d{1,3})\b/gi;
const AGE_THEN_YEAR = /\baged\s+(\d{1,3}),?\s+in\s+((?:1[5-9]|20)\d\d)\b/gi;
// "began in 1961 at the age of 12 and, aged 70, was still doing so in 2024": an age set off by commas with its clause's
// verb right after (or its holder's pronoun, then the verb) is at the year that clause ends on, a few words on.
const SET_OFF_AGED_THEN_YEAR = /(?:^|[,;—–]\s*)aged\s+(\d{1,3}),\s+((?:[\p{L}’'-]+\s+){1,6}?)in\s+((?:1[5-9]|20)\d\d)\b/gu;
// None of the words may open an earlier time, another clause or another's words ("aged 70, said the river first flooded
// in 1968"), and after the verb no participle may bring in a thing's own date ("aged 60, bought a house built in 1900").
const EARLIER_OR_ANOTHER = /\b(?:who|whom|whose|which|that|when|while|where|after|before|since|until|had|first|said|says|told|recalled|remembered)\b/i;
const PARTICIPLE = /^(?:\p{L}+ed|built|made|won|held|bought|sold|born|begun|found|taken|given|written|set|known|seen|run)$/iu;

function ownClauseGap(words: string): boolean {
  if (EARLIER_OR_ANOTHER.test(words)) return false;
  const tokens = words.trim().split(/\s+/);
  const verbAt = /^(?:he|she|they)$/i.test(tokens[0]) ? 1 : 0;
  return tokens.slice(verbAt + 1).every((t) => !PARTICIPLE.test(t) && !/^(?:he|she|they|him)$/i.test(t));
}

const ANOTHER_PERSON = /\b(?:a|an|the|her|his|their|whose|its)\s+(?:\p{L}+\s+)?(?:man|woman|men|women|son|sons|daughter|daughters|husband|wife|mother|father|brother|sister|child|children|partner|rival|friend|colleague|successor|predecessor|boy|girl|player|team-mate|teammate|opponent|baby)\b|\b(?:who|whom|whose)\b/iu;

// "she was 22 in 2008 …, and 30 in 2023": a person's age in a year, and then another in the same words.
const PERSON_AGE_IN = /\b(?:he|she|they|I|we)\s+(?:was|were)\s+(\d{1,3})\s+in\s+((?:1[5-9]|20)\d\d)\b/gi;
const AND_AGE_IN = /^\s*(?:,\s*)?(?:and|but|then)\s+(?:(?:was|were|aged)\s+)?(\d{1,3})\s+in\s+((?:1[5-9]|20)\d\d)\b/i;

function agesBetweenDates(sentence: string, years: Quantity[], births: Set<number>): Finding[] {
  if (years.length < 2) return [];
  // A birth year, with or without "born" ("a 1958 baby, aged 62 …"), is no year an age was told at.
  const yearFirst = [...sentence.matchAll(YEAR_THEN_AGE)].filter((m) => !births.has(m.index + m[0].indexOf(m[1])));
  const ageFirst = [...sentence.matchAll(AGE_THEN_YEAR)].filter((m) => !yearFirst.some((y) => y.index < m.index + m[0].length && m.index < y.index + y[0].length));
  const setOff = [...sentence.matchAll(SET_OFF_AGED_THEN_YEAR)].filter((m) => ownClauseGap(m[2]));
  const dated = [
    ...yearFirst.map((m) => ({ year: Number(m[1]), age: Number(m[2]), start: m.index, end: m.index + m[0].length })),
    ...ageFirst.map((m) => ({ year: Number(m[2]), age: Number(m[1]), start: m.index, end: m.index + m[0].length })),
    ...setOff.map((m) => ({ year: Number(m[3]), age: Number(m[1]), start: m.index, end: m.index + m[0].length })),
  ];
  for (const m of sentence.matchAll(PERSON_AGE_IN)) {
    dated.push({ year: Number(m[2]), age: Number(m[1]), start: m.index, end: m.index + m[0].length });
    // The next clause that starts "and 30 in 2023" (after at most one clause between) is the same person.
    const rest = sentence.slice(m.index + m[0].length);
    const clause = /^[^,;]*/.exec(rest)?.[0] ?? "";
    const next = AND_AGE_IN.exec(rest.slice(clause.length));
    if (next) {
      const start = m.index + m[0].length + clause.length;
      dated.push({ year: Number(next[2]), age: Number(next[1]), start, end: start + next[0].length });
    }
  }
  dated.sort((a, b) => a.start - b.start);
  const findings: Finding[] = [];
  for (let i = 0; i + 1 < dated.length; i++) {
    const [a, b] = [dated[i], dated[i + 1]];
    // "aged 30 in 2010, she married a man aged 45 in 2012", "… her daughter … in 2020 aged 28": another person.
    if (ANOTHER_PERSON.test(sentence.slice(a.end, b.start))) continue;
    if (Math.abs(b.year - a.year - (b.age - a.age)) <= 1) continue;
    findings.push({
      ruleId: ageMismatch.id,
      message: `Aged ${a.age} in ${a.year} and ${b.age} in ${b.year}: ${Math.abs(b.year - a.year)} years apart, but ${Math.abs(b.age - a.age)} years older.`,
      start: a.start,
      end: b.end,
    });
  }
  return findings;
}

const PERSON_NOUN_AFTER = new RegExp(`^\\s+(?:[\\p{L}-]+\\s+)?(?:${PERSON_WORDS})s?\\b`, "iu");
const PERSON_BEFORE_VERB = new RegExp(`\\b(?:he|she|they|I|we|${PERSON_WORDS})\\s+$`, "iu");
// The sentence's subject, then a "who" clause set off by commas, right before the verb ("Smith, who …, turned 50").
const WHO_SUBJECT_BEFORE = /^[^,;]*,\s*who\b[^;]*,\s*$/i;
const PERSON_BEFORE_AT = new RegExp(`\\b(?:he|she|they|him|his|her|who|whom|${PERSON_WORDS})\\b`, "iu");

// A year in the age's own clause: "in 2018, aged 70", "was 60 when he retired in 2018", "aged 19 when she won in 2010".
const YEAR_NEAR = /\b(?:1[0-9]|20)\d\d\b[^,;.]{0,12}$|\b(?:1[0-9]|20)\d\d,\s*$/;
const YEAR_NEAR_AFTER = /^[^,;.]{0,35}?\b(?:1[0-9]|20)\d\d\b/;

function findAges(sentence: string): Age[] {
  const ages: Age[] = [];
  for (const match of sentence.matchAll(AGE)) {
    const before = sentence.slice(Math.max(0, match.index - 30), match.index);
    const approx = approximationBefore(sentence, match.index);
    // "it is more than 900 years old": the present tense is the time of writing, as an epithet is.
    const isPresent = PRESENT_BEFORE.test(before);
    // "demolished in 2019 at 55 years old": "at" ties the age to the event of its clause, and it is a person's only
    // where one is told of before it ("he retired in 2019 at 60 years old").
    const isAt = /\bat\s+$/i.test(before);
    // "which he joined as a 25-year-old in 1980": an age in a capacity ("as a …") is at the event of its clause.
    const isAs = AS_A_BEFORE.test(before);
    const isNow = isPresent || (!TIED_BEFORE.test(before) && !isAt && !isAs);
    // "The 64-year-old, a minister …", "the 70-year-old said": the age of a person, whom only a birth year founds.
    const isPerson = THING_SUBJECT_BEFORE.test(before) ? false : isAt
      ? PERSON_BEFORE_AT.test(sentence.slice(Math.max(0, match.index - 80), match.index))
      : /^\s*(?:[,;)]|\s(?:who|was|is|has|had|said|says|told|will|would|and|from|of)\b)/.test(sentence.slice(match.index + match[0].length, match.index + match[0].length + 8))
        // "appointed a 41-year-old manager in 2019": an aged person's noun is a person too, never the club founded.
        || PERSON_NOUN_AFTER.test(sentence.slice(match.index + match[0].length, match.index + match[0].length + 40));
    // "The 40-year-old striker's club was founded in 1878": the aged noun owns the thing founded; it is not that thing.
    if (/^\s+(?:[\p{L}-]+\s+)?[\p{L}-]+[’']s\b/u.test(sentence.slice(match.index + match[0].length, match.index + match[0].length + 30))) continue;
    const base = { start: match.index, end: match.index + match[0].length, text: match[0], isNow, isPresent, approx, isPerson };
    if (match[3] || match[1]?.toLowerCase() === "half") ages.push({ ...base, years: 50, slack: 5 });
    else if (match[4]) ages.push({ ...base, years: 100, slack: 10 });
    else {
      const count = parseNumber(match[1]);
      if (count === null) continue;
      const unit = match[2].toLowerCase();
      if (unit.startsWith("decade")) ages.push({ ...base, years: count * 10, slack: 4 });
      else if (unit.startsWith("centur")) ages.push({ ...base, years: count * 100, slack: 10 });
      else ages.push({ ...base, years: count, slack: 1 });
    }
  }
  for (const match of sentence.matchAll(STATED_AGE)) {
    const end = match.index + match[0].length;
    // "She died on Tuesday aged 97": an age with no year beside it is at the time of writing.
    // "became, at 19, the youngest MP": an age set off after "at" is at the event the clause tells of, unless it is
    // in the present ("At 34, she is").
    // (Only that form matches no word before its number.)
    const isSetOffAt = /^\s*\d/.test(match[0]);
    const isNow = isSetOffAt
      ? /^\s*,\s*(?:[\p{L}’'-]+\s+){0,2}?(?:is|are)\b/u.test(sentence.slice(end, end + 30))
      : !YEAR_NEAR.test(sentence.slice(Math.max(0, match.index - 30), match.index)) && !YEAR_NEAR_AFTER.test(sentence.slice(end, end + 40));
    // "aged 77", "at the age of 43", ", at 19,": said of people, whose age only a birth year founds ("died in 1990 aged
    // 77" is not the age of the mural "completed in 1951"); "was 70 when", "turned 25" may be a thing's.
    // "signed in 1957 when the chancellor was 81": a person or pronoun before the verb makes it a person's too.
    // "The founder, who started the business in 1996 at the age of 23, turned 50": a subject a "who" clause is set off
    // after is a person.
    const isPerson = /^(?:aged|at\b|\s*\d)/i.test(match[0]) || PERSON_BEFORE_VERB.test(sentence.slice(Math.max(0, match.index - 40), match.index))
      || WHO_SUBJECT_BEFORE.test(sentence.slice(0, match.index));
    // "turned 40 this year" is told of the time of writing, as the present tense is, so no later year is needed.
    const isPresent = /^\s+this\s+(?:year|month|week)\b/i.test(sentence.slice(end, end + 16));
    ages.push({ years: Number(match[1]), slack: 1, start: match.index, end, text: match[0], isNow: isNow || isPresent, isPresent, isPerson });
  }
  for (const match of sentence.matchAll(ANNIVERSARY)) {
    const end = match.index + match[0].length;
    const dated = OWN_YEAR_AFTER.exec(sentence.slice(end, end + 50));
    // "her 60th birthday" is a person's, whom only a birth founds ("whose novel was published in 1990"); "its" a thing's.
    const isPerson = /birthday$/i.test(match[0]) && /\b(?:his|her|their)\s+$/i.test(sentence.slice(Math.max(0, match.index - 8), match.index));
    const base = { start: match.index, end, text: match[0], isPerson, ...(dated ? { dated: Number(dated[1]) } : {}) };
    if (match[2]) ages.push({ ...base, years: Number(match[2]) - 0.5, slack: 0.5 });
    else ages.push({ ...base, years: match[1] ? Number(match[1]) : NAMED_ANNIVERSARIES[match[3].toLowerCase().split(/\s+/)[0]] ?? NaN, slack: 0 });
  }
  for (const match of sentence.matchAll(YEARS_MARKED)) {
    const end = match.index + match[0].length;
    // "will mark 40 years since its first hit in 2025": years since another event are not the age of the thing founded.
    if (SINCE_ANOTHER.test(sentence.slice(end, end + 40))) continue;
    // ("celebrated 60 years since its founding in 1958": a year after "since" is the start counted from, not the date.)
    const dated = /^\s+since\b/i.test(sentence.slice(end)) ? null : OWN_YEAR_AFTER.exec(sentence.slice(end, end + 50));
    ages.push({ years: Number(match[1]), slack: 0, start: match.index, end, text: match[0], ...(dated ? { dated: Number(dated[1]) } : {}) });
  }
  for (const match of sentence.matchAll(NAME_AGE)) {
    const years = Number(match[1]);
    if (years <= 120) ages.push({ years, slack: 1, start: match.index, end: match.index + match[0].length, text: match[0], isPerson: true });
  }
  return ages;
}

// "built in 1220": before 1500 a four-digit number is a year only right after "in".
function isMedievalYear(sentence: string, q: Quantity): boolean {
  return /^1[0-4]\d\d$/.test(q.text) && /\bin\s+$/.test(sentence.slice(Math.max(0, q.start - 4), q.start));
}

function finding(age: Age, founding: Quantity, reference: Quantity | null): Finding {
  if (!reference) {
    return {
      ruleId: ageMismatch.id,
      message: `“${age.text}”, but ${founding.value} to ${THIS_YEAR} is ${THIS_YEAR - founding.value} years.`,
      start: Math.min(age.start, founding.start),
      end: Math.max(age.end, founding.end),
    };
  }
  return {
    ruleId: ageMismatch.id,
    message: `“${age.text}”, but ${founding.value} to ${reference.value} is ${reference.value - founding.value} years.`,
    start: Math.min(age.start, founding.start, reference.start),
    end: Math.max(age.end, founding.end, reference.end),
  };
}
