import { WORD_NUMBER, wordValue } from "../number-words";
import type { ConsistencyRule, Finding } from "../rule";
import { collectAges, PERSON_WORDS, type AgeMention } from "./age-mentions";
import { datedBySpan, nowAgainstDated, type Served } from "./age-one-life";
import { collectYears, type YearMention } from "./year-mentions";

// Ages against years by arithmetic, whatever the wording between them: a person's age is the year of the
// event less the birth year, or one less (the birthday may not have come yet). The sentence is read as a bag
// of birth years, other years and ages; an age is wrong only when no year named fits it. That is lenient
// on purpose: which year an age belongs to is a reading of the grammar, and a wrong reading would be a
// false alarm, while an age no year fits is wrong whichever way the sentence is read.

// An age of now cannot be later than this year (the one place the rule reads the clock, as age-mismatch does).
const THIS_YEAR = new Date().getUTCFullYear();

export const ageAgainstYears: ConsistencyRule = {
  id: "age-against-years",
  description: "A person's age must fit a year named less the birth year; dated ages, lifespans and times served must fit the years between.",
  check(sentence) {
    if (!/\d/.test(sentence)) return [];
    const years = collectYears(sentence);
    // Times served ("after 35 years", "a 25-year career"), read once for the two checks that use them.
    const served = SPANS.flatMap((pattern) => [...sentence.matchAll(pattern)]);
    // With no year named, only two ages a stated span apart, or a time served between them, can disagree.
    if (years.length === 0 && !LATER_BETWEEN.test(sentence) && served.length === 0) return [];
    LATER_BETWEEN.lastIndex = 0;
    // An age at the end of a time served is dated by the span's start ("joined in 1996 …, retires at 61 after 28 years").
    const starts = years.filter((y) => y.role !== "birth" && !y.isRelative && isStart(sentence, y));
    const ages = datedBySpan(sentence, collectAges(sentence, years), starts, served.flatMap(toServed));
    return [
      ...agesAgainstBirths(sentence, years, ages), ...datedAgesApart(sentence, ages), ...nowAgainstDated(sentence, ages, years, namesAnother),
      ...durationsAgainstSpans(sentence, years, served), ...spanLongerThanAges(sentence, ages, served),
    ];
  },
};

// ---- an age against a birth year --------------------------------------------------------------------------

// Another person between an age and a birth year ("Smith, 45, whose mother was born in 1950"): not one life.
const KIN = "mother|father|son|daughter|wife|husband|brother|sister|grandson|granddaughter|grandmother|grandfather|grandchild|child|children|partner|widow|widower|uncle|aunt|nephew|niece|cousin|baby|parents?|twin|fiancée?|girlfriend|boyfriend|spouse|friend|colleague|team-?mate";
const OTHERS = "boss|coach|rival|opponent|successor|predecessor|victim|attacker";
// ("the woman" is left out: it is most often the person the sentence is about; "became a partner" is the same person.)
// ("in his parents' garage": kin owning a place the sentence names is no other person told of.)
const OTHER_PERSON = new RegExp(
  `\\b(?:(?!(?<=\\b(?:in|at|from|into|outside|inside|behind)\\s+)(?:his|her|their)\\s+(?:${KIN})['’])(?:his|her|their|whose)\\s+(?:[\\p{L}\\d-]+\\s+)?(?:${KIN}|${OTHERS}|man|woman|boy|girl)|(?<!\\b(?:became|become|becomes|becoming|was|is|as|named|made|appointed|elected|remains?)\\s+)(?:a|an)\\s+(?:[\\p{L}\\d-]+\\s+)?(?:${KIN}|${OTHERS}|${PERSON_WORDS})|the\\s+(?:\\p{L}+\\s+)?(?:${OTHERS})|children|kids|sons|daughters|grandchildren|siblings|twins)\\b`,
  "iu",
);
const KIN_OF = new RegExp(`\\b(?:his|her|their|whose)\\s+(?:[\\p{L}-]+\\s+)?(?:${KIN})\\b`, "iu");
// Whose birth a year is: "her husband, born in 1950", "whose father was born in 1940", "married a man born in 1950".
const OTHER_BORN = /(?:\b(?:his|her|their|whose)\s+(?:\p{L}+\s+)?(?:mother|father|son|daughter|wife|husband|brother|sister|grandson|granddaughter|grandmother|grandfather|child|partner|parents?|twin|spouse)|\bmarried\s+(?:a|an)\s+\p{L}+)[^.;]{0,25}$/iu;

function agesAgainstBirths(sentence: string, years: YearMention[], ages: AgeMention[]): Finding[] {
  const births = years.filter((y) => y.role === "birth");
  if (births.length === 0) return [];
  // Ages of now are bounded below by the last year told of as past and above by this year.
  const past = years.filter((y) => !y.isFuture);
  const latest = Math.max(...past.map((y) => y.value));
  const findings: Finding[] = [];
  for (const age of ages) {
    if (!age.isPerson) continue;
    const own = births.filter((b) => !OTHER_PERSON.test(between(sentence, age, b)) && !bornToAnother(sentence, age, b) && !epithetOfAnother(sentence, age, b));
    if (own.length === 0) continue;
    const fits = own.some((birth) => {
      const events = years.filter((y) => y !== birth && y.value > birth.value && !y.isFuture);
      if (age.when === "open") return birth.value + age.low <= THIS_YEAR;
      // An age of now: some year from the last one named to this one.
      const now = nowFits(age, birth.value, Math.max(latest, birth.value));
      if (age.when === "now" || (age.when === "any" && now)) return now;
      // An age at an event named is wrong only when the sentence names some event and none fits.
      // A dated age is held to its own year, future or not ("will be 60 in 2030").
      if (age.when === "dated" && age.year !== undefined) {
        const fuzzy = years.find((y) => y.value === age.year)?.fuzzy ?? 0;
        return age.year <= birth.value || ageFits(age, age.year - birth.value, fuzzy + birth.fuzzy);
      }
      return events.length === 0 || events.some((y) => ageFits(age, y.value - birth.value, y.fuzzy + birth.fuzzy));
    });
    if (fits) continue;
    const birth = own[0];
    findings.push({
      ruleId: ageAgainstYears.id,
      message: `“${age.text}”, but born in ${birth.value}: ${age.when === "now" ? describeNow(birth, latest) : describeYears(years, birth)}.`,
      start: Math.min(age.start, birth.start),
      end: Math.max(age.end, birth.end),
    });
  }
  return findings;
}

// The birth year is another's when the words before its "born" name someone else and the age is not among them.
function bornToAnother(sentence: string, age: AgeMention, birth: YearMention): boolean {
  const from = Math.max(0, birth.start - 45);
  return OTHER_BORN.test(sentence.slice(from, birth.start)) && !(age.start >= from && age.end <= birth.start);
}

// "Born in 1960, the manager signed the 19-year-old in 2015": an epithet is a noun phrase of its own, so a person
// named between it and the birth year (a pronoun, a name, a person's noun other than the epithet's own) is the one born.
const SOMEONE = new RegExp(`\\b(?:he|she|they|${PERSON_WORDS})\\b`, "iu");
// (Apart: with the i flag, \p{Lu} would match any letter.)
const NAME = /(?<=\S\s+)\p{Lu}\p{Ll}+/u;

// "the 52-year-old chief executive, born in 1980", "a then 45-year-old Morris, born": up to three words, then a comma or "who".
const OWN_NOUN = /^\s*(?:(?:[\p{L}’'-]+\s+){0,2}[\p{L}’'-]+(?=\s*,|\s+(?:who|born)\b)|[\p{L}’'-]+)/u;

function epithetOfAnother(sentence: string, age: AgeMention, birth: YearMention): boolean {
  if (!age.isEpithet) return false;
  // The epithet's own noun ("the 38-year-old entrepreneur", "a then 45-year-old Morris") is not another person.
  const gap = age.end <= birth.start ? sentence.slice(age.end, birth.start).replace(OWN_NOUN, "") : sentence.slice(birth.end, age.start);
  const words = gap.replace(/\bborn\b.*$/i, "");
  return SOMEONE.test(words) || NAME.test(words);
}

function describeNow(birth: YearMention, latest: number): string {
  const from = Math.max(latest, birth.value) - birth.value - 1;
  return `${Math.max(0, from)} to ${THIS_YEAR - birth.value} between ${Math.max(latest, birth.value)} and ${THIS_YEAR}`;
}

function describeYears(years: YearMention[], birth: YearMention): string {
  const events = years.filter((y) => y !== birth && y.value > birth.value && !y.isFuture);
  if (events.length === 0) return `that makes ${THIS_YEAR - birth.value} at most by ${THIS_YEAR}`;
  return events.map((y) => `${y.value - birth.value - 1} or ${y.value - birth.value} in ${y.value}`).join(", ");
}

/** Whether a lifetime of `span` years (event year less birth year) allows the age, give or take a year. */
function ageFits(age: AgeMention, span: number, fuzzy = 0): boolean {
  // "his 100th birthday in 2024" is the year less the birth year exactly; any other age may be one less.
  const [low, high] = [age.low - fuzzy, age.high + fuzzy];
  const oneLess = age.isBirthday ? 0 : 1;
  return span >= low && span - oneLess <= high;
}

function nowFits(age: AgeMention, birth: number, latest: number): boolean {
  // Some year `now` in [latest, THIS_YEAR] with now - birth - 1 <= age <= now - birth.
  return birth + age.high + 1 >= latest && birth + age.low <= THIS_YEAR;
}

function between(sentence: string, a: { start: number; end: number }, b: { start: number; end: number }): string {
  return a.end <= b.start ? sentence.slice(a.end, b.start) : sentence.slice(b.end, a.start);
}

// ---- two dated ages of one person -------------------------------------------------------------------------

// A person named between two ages, or "who"/"whom" opening another's clause, may make them two lives.
const ANOTHER_BETWEEN = new RegExp(`${OTHER_PERSON.source}|\\b(?:who|whom|while|whereas)\\b`, "iu");
// "took over the land from his father in 1960 at the age of 12": kin after "from" is what the subject's deed came from,
// and an age after it is still the subject's (unless set off after the kin: "from his father, then 50,"). ("sold it to
// his son at the age of 40", "emigrated with her mother aged 40" may be the kin's age: left as another person.)
const KIN_AS_OBJECT = new RegExp(`\\bfrom\\s+(?:his|her|their)\\s+(?:late\\s+)?(?:${KIN})\\b(?![’'s]|\\s*[,(])`, "giu");

function namesAnother(words: string): boolean {
  return ANOTHER_BETWEEN.test(words.replace(KIN_AS_OBJECT, " "));
}

function datedAgesApart(sentence: string, ages: AgeMention[]): Finding[] {
  const dated = ages.filter((a) => a.isPerson && a.year !== undefined && a.low === a.high && !a.isApprox);
  const findings: Finding[] = [];
  for (let i = 0; i + 1 < dated.length; i++) {
    const [a, b] = [dated[i], dated[i + 1]];
    if (a.year === b.year || namesAnother(sentence.slice(a.end, b.start))) continue;
    const apart = (b.year ?? 0) - (a.year ?? 0);
    const older = b.low - a.low;
    if (Math.abs(apart - older) <= 1) continue;
    // Told earlier year first: "55 in 1990 and 80 in 2010".
    const [first, last] = (a.year ?? 0) <= (b.year ?? 0) ? [a, b] : [b, a];
    findings.push({
      ruleId: ageAgainstYears.id,
      message: `${first.low} in ${first.year} and ${last.low} in ${last.year}: ${Math.abs(apart)} years apart, but ${last.low - first.low} years older.`,
      start: a.start,
      end: b.end,
    });
  }
  return [...findings, ...agesAcrossALaterSpan(sentence, ages), ...youngerNow(sentence, ages)];
}

// "Mr Tanaka, who was 61 when he was elected in 2021, is now 58": no one is younger now than at an event told of.
function youngerNow(sentence: string, ages: AgeMention[]): Finding[] {
  const now = ages.find((a) => a.when === "now" && /\bnow\b/i.test(a.text));
  // ("Her mother was 61 when she was born in 1990; she is now 35": two lives.)
  if (!now || KIN_OF.test(sentence)) return [];
  const past = ages.find((a) => a.isPerson && a.end <= now.start && (a.when === "dated" || a.when === "tied") && !a.isEpithet && a.low > now.high && !ANOTHER_BETWEEN.test(sentence.slice(a.end, now.start)));
  if (!past) return [];
  return [{
    ruleId: ageAgainstYears.id,
    message: `${past.low}${past.year ? ` in ${past.year}` : " then"}, but ${now.high} now: younger than before.`,
    start: past.start,
    end: now.end,
  }];
}

// "At 30 she became a partner; 12 years later, aged 45, she retired": with no year named, the span between two ages
// of one person is the time said to pass between them.
// ("spent 30 years on the parish council": "on" before a determiner is a place, not a time passed.)
const LATER_BETWEEN = new RegExp(`\\b(\\d{1,3}|${WORD_NUMBER}|a|an)\\s+(years?|decades?)\\s+(?:later|on(?!\\s+(?:the|a|an|his|her|its|their|this|that|these|those|our|my|board|duty|trial|average|record)\\b)|afterwards|after)\\b`, "giu");

function agesAcrossALaterSpan(sentence: string, ages: AgeMention[]): Finding[] {
  const plain = ages.filter((a) => a.isPerson && a.year === undefined && a.low === a.high && !a.isApprox && !a.isEpithet);
  const findings: Finding[] = [];
  for (let i = 0; i + 1 < plain.length; i++) {
    const [a, b] = [plain[i], plain[i + 1]];
    const gap = sentence.slice(a.end, b.start);
    const spans = [...gap.matchAll(LATER_BETWEEN)];
    if (spans.length !== 1 || /\d{4}/.test(gap) || ANOTHER_BETWEEN.test(gap)) continue;
    const count = countValue(spans[0][1]);
    if (count === null) continue;
    const apart = count * (spans[0][2].toLowerCase().startsWith("decade") ? 10 : 1);
    const slack = apart >= 10 && spans[0][2].toLowerCase().startsWith("decade") ? 2 : 1;
    // "At 41, …, 22 years after making his debut at 19": "after" may tell of the earlier age second.
    const isEarlierSecond = /\bafter\b/i.test(spans[0][0]) && b.low < a.low;
    if (Math.abs((isEarlierSecond ? a.low - b.low : b.low - a.low) - apart) <= slack) continue;
    findings.push({
      ruleId: ageAgainstYears.id,
      message: isEarlierSecond
        ? `${b.low}, then ${a.low} “${spans[0][0]}” it: ${a.low - b.low} years older, not ${apart}.`
        : `${a.low}, then ${b.low} “${spans[0][0]}”: ${b.low - a.low} years older, not ${apart}.`,
      start: a.start,
      end: b.end,
    });
  }
  return findings;
}

// ---- a time served against the years it spans ------------------------------------------------------------

// "left in 2019 after 35 years", "retired in 2010, after 40 years at the firm", "a 35-year career", "taught there
// for two decades": a span that ended at an event. "After five years of talks" is another span, and "jailed for
// ten years" a sentence that may not be served: only a time served in a post counts.
const COUNT = `(?<count>\\d{1,3}|${WORD_NUMBER}|a|an)`;
const APPROX = "(?<approx>(?:almost|nearly|more than|over|some|about|around|just over|just under)\\s+)?";
const UNIT = "(?<unit>years?|decades?)";
const SERVED_AFTER = "(?!\\s+in\\s+(?:prison|jail|custody|exile|hiding|a coma)\\b)(?=\\s*(?:[,.;)—–]|$)|['’]\\s+(?:service|work)\\b|\\s+(?:at|in|with|as|on|behind|there|here|of\\s+(?:service|work|marriage|loyal|devoted|faithful))\\b)";
const SPANS = [
  new RegExp(`\\bafter\\s+${APPROX}${COUNT}\\s+${UNIT}${SERVED_AFTER}`, "giu"),
  new RegExp(`\\b${COUNT}[- ]${UNIT}[- ](?:career|tenure|stint|spell|reign|marriage)\\b`, "giu"),
  new RegExp(`\\b(?:served|worked|taught|lived|played|reigned|ruled|led|ran|chaired|edited|managed|coached|presided|stayed|married|held|serving|working|teaching|living|playing|running|leading)\\b[^,;.]{0,30}?\\bfor\\s+${APPROX}${COUNT}\\s+${UNIT}\\b`, "giu"),
  new RegExp(`\\bspent\\s+${APPROX}${COUNT}\\s+${UNIT}\\s+(?:at|in|with|as)\\b`, "giu"),
  // "has served 14 years as a councillor", "served 20 years on the board": "served" needs no "for" (a sentence served,
  // "served 14 years in prison", is no time in a post and may not run from any start named).
  new RegExp(`\\bserved\\s+${APPROX}${COUNT}\\s+${UNIT}\\s+(?!in\\s+(?:prison|jail|custody|exile|detention)\\b|behind\\s+bars\\b)(?:at|in|with|as|on)\\b`, "giu"),
  // "was honoured in 2023 for two decades at the helm": a tribute for a time in a post ("honoured for 30 years in
  // nursing" may count years before any post named, so only a post's words are read).
  new RegExp(`\\b(?:honou?red|recogni[sz]ed|celebrated|thanked|praised|rewarded|f[eê]ted|knighted)\\b[^,;.]{0,30}?\\bfor\\s+${APPROX}${COUNT}\\s+${UNIT}\\s+(?:at\\s+the\\s+helm|in\\s+charge|in\\s+office|in\\s+(?:the|his|her|their)\\s+(?:post|job|role|chair)|as\\s+(?:its\\s+|the\\s+)?(?:head|chief|chair|chairman|chairwoman|president|leader|manager|editor|director|principal|captain|coach))\\b`, "giu"),
];
// The years a span runs between: a start ("joined", "appointed", "from 1990 to") and any later year.
// ("since 1991" is left out: "after ten years of growth, … the first fall since 1991".)
const STARTS = /\b(?:joined|joining|married|wed|began|started|starting|founded|set up|arrived|arriving|took over|taking over|taken over|took charge|taking charge|appointed|elected|hired|became|signed)\b[^,;.]{0,30}$/i;
// ("from 1960 until his retirement in 1985": the end may be an event of up to three words.)
const FROM_TO = /^\s*(?:to|until|till|and)\s+(?:\p{L}+\s+){0,3}?(?:1[5-9]|20)\d\d\b/u;

function isStart(sentence: string, year: YearMention): boolean {
  const before = sentence.slice(Math.max(0, year.start - 40), year.start);
  return STARTS.test(before) || (/\b(?:from|between)\s+$/i.test(before) && FROM_TO.test(sentence.slice(year.end, year.end + 30)));
}

function durationsAgainstSpans(sentence: string, years: YearMention[], matches: RegExpExecArray[]): Finding[] {
  const findings: Finding[] = [];
  const starts = years.filter((y) => y.role !== "birth" && !y.isRelative && isStart(sentence, y));
  if (starts.length === 0) return [];
  let fitting = 0;
  for (const match of matches) {
    const groups = match.groups ?? {};
    const count = countValue(groups.count);
    if (count === null) continue;
    const scale = groups.unit.toLowerCase().startsWith("decade") ? 10 : 1;
    const length = count * scale;
    const slack = (scale === 10 ? 2 : 1) + (groups.approx ? 2 : 0);
    const ends = years.filter((y) => !y.isFuture && starts.some((s) => y.value > s.value));
    if (ends.length === 0) {
      // "has been married for 40 years, having wed in 1990": a span still running ends now, from the last year named to this one.
      const isRunning = /\b(?:has|have)\s+(?:been\s+)?\p{L}+\b[^,;.]{0,30}$/iu.test(sentence.slice(Math.max(0, match.index - 40), match.index + match[0].indexOf(groups.count)));
      const s = starts[starts.length - 1];
      if (isRunning && starts.every((start) => start.value + length - slack > THIS_YEAR)) {
        findings.push({
          ruleId: ageAgainstYears.id,
          message: `“${match[0]}”, but ${s.value} to ${THIS_YEAR} is ${THIS_YEAR - s.value} years.`,
          start: Math.min(match.index, s.start),
          end: Math.max(match.index + match[0].length, s.end),
        });
      }
      continue;
    }
    // Any start and any later year named may be the span: the span is wrong only when none is its length.
    const fits = starts.some((s) => years.some((e) => e !== s && !e.isFuture && Math.abs(e.value - s.value - length) <= slack));
    if (fits) {
      fitting++;
      continue;
    }
    const [s, e] = [starts[0], ends.reduce((a, b) => (b.value > a.value ? b : a))];
    findings.push({
      ruleId: ageAgainstYears.id,
      message: `“${match[0]}”, but ${s.value} to ${e.value} is ${e.value - s.value} years.`,
      start: Math.min(match.index, s.start),
      end: Math.max(match.index + match[0].length, e.end),
    });
  }
  // "led the school for 15 years …, after 35 years in teaching": when one time served fits the years, another may be a
  // longer one begun before any year named.
  return fitting > 0 ? [] : findings;
}

// "Retiring at 61, he had spent 45 years at the utility, which he joined at 19": a time served between two ages of one
// person cannot be longer than the years between them (it may be shorter: the ages need not be its ends).
function spanLongerThanAges(sentence: string, ages: AgeMention[], spans: RegExpExecArray[]): Finding[] {
  const exact = ages.filter((a) => a.isPerson && a.low === a.high && !a.isApprox && !a.isEpithet);
  if (exact.length !== 2 || spans.length !== 1 || ANOTHER_BETWEEN.test(between(sentence, exact[0], exact[1]))) return [];
  // "The singer, 34, whose family has held the farm for 200 years": a span another holder opens its clause with is theirs.
  if (/\b(?:whose|its)\b[^,;]*$/i.test(sentence.slice(0, spans[0].index))) return [];
  const groups = spans[0].groups ?? {};
  const count = countValue(groups.count);
  if (count === null) return [];
  const length = count * (groups.unit.toLowerCase().startsWith("decade") ? 10 : 1);
  const slack = (groups.unit.toLowerCase().startsWith("decade") ? 2 : 1) + (groups.approx ? 2 : 0);
  const apart = Math.abs(exact[1].low - exact[0].low);
  if (length - slack <= apart) return [];
  const [young, old] = exact[0].low < exact[1].low ? [exact[0], exact[1]] : [exact[1], exact[0]];
  return [{
    ruleId: ageAgainstYears.id,
    message: `“${spans[0][0]}”, but from ${young.low} to ${old.low} is ${apart} years.`,
    start: Math.min(spans[0].index, exact[0].start),
    end: Math.max(spans[0].index + spans[0][0].length, exact[1].end),
  }];
}

// An exact time served, for dating the age at its end ("about 30 years" dates nothing).
function toServed(match: RegExpExecArray): Served[] {
  const groups = match.groups ?? {};
  const count = countValue(groups.count);
  if (count === null || groups.approx) return [];
  return [{ start: match.index, end: match.index + match[0].length, years: count * (groups.unit.toLowerCase().startsWith("decade") ? 10 : 1) }];
}

function countValue(written: string): number | null {
  const text = written.toLowerCase();
  if (text === "a" || text === "an") return 1;
  if (/^\d+$/.test(text)) return Number(text);
  const value = wordValue(text);
  return Number.isNaN(value) ? null : value;
}
