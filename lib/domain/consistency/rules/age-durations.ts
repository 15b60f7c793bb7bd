import { approximationBefore, parseNumber, type Approximation, type Quantity } from "../numbers";
import { WORD_NUMBER } from "../number-words";

// The durations age-mismatch holds to the years from a founding: "after 60 years of service", "20 years later",
// "stood for seven centuries before it burned in 1850". Kept apart from age-mismatch.ts, which reads the ages, to keep
// each file small.

/** `isNow`: an attributive age ("the 70-year-old"), true when the article was written, not at an event it names. */
/** `dated`: the year an anniversary is written beside ("its 150th anniversary in 2026"), future or not. */
/** `from`: the year a duration counts from when it is not the founding ("three decades after its centenary in 1994"). */
/** `untilEvent`: a time something lasted up to an event ("stood for 500 years before it burned in 1850"), from any year named from the founding on. */
export type Age = { years: number; slack: number; start: number; end: number; text: string; isNow?: boolean; isPresent?: boolean; approx?: Approximation; isPerson?: boolean; dated?: number; from?: Quantity; untilEvent?: boolean };

// "after 60 years of service", "20 years later", "two decades later": the time since it began.
const DURATION = new RegExp(`\\bafter\\s+(${WORD_NUMBER}|\\d{1,3}|an?)\\s+(years?|decades?|centur(?:y|ies))\\b|\\b(${WORD_NUMBER}|\\d{1,3}|an?)\\s+(years?|decades?|centur(?:y|ies))(\\s+and\\s+a\\s+half)?\\s+(?:later|on|after)\\b`, "gi");

// A duration belongs to the year written beside it ("20 years later, in 1910", "closed in 2015 after 60 years"),
// not to one in another clause ("rebuilt 30 years later and closed in 1980").
function isBesideAYear(sentence: string, start: number, end: number, years: Quantity[]): boolean {
  return years.some((year) => {
    const between = year.start >= end ? sentence.slice(end, year.start) : sentence.slice(year.end, start);
    return between.length <= 30 && !/\band\b|;/.test(between);
  });
}

// The words between "after" and the year of the event it names: one clause, a few words ("celebrating its centenary in").
const AFTER_EVENT_YEAR = /^(?:\s+[\p{L}’'-]+){1,5}\s+in\s+$/u;

export function findDurations(sentence: string, later: Quantity[], founding: Quantity): Age[] {
  const ages: Age[] = [];
  for (const match of sentence.matchAll(DURATION)) {
    const end = match.index + match[0].length;
    // "A decade after its launch in 2015, …": the duration's own phrase names the start.
    const namesStart = founding.start > end && founding.start - end <= 30 && !/[,;]/.test(sentence.slice(end, founding.start));
    if (!namesStart && !isBesideAYear(sentence, match.index, end, later)) continue;
    // "…in 2024, three decades after celebrating its centenary in 1994": "N years after" an event dated in its own
    // phrase counts from that event's year, not from the founding.
    const from = !namesStart && /after$/i.test(match[0]) ? later.find((y) => y.start > end && AFTER_EVENT_YEAR.test(sentence.slice(end, y.start))) : undefined;
    const written = match[1] ?? match[3];
    const count = /^an?$/i.test(written) ? 1 : parseNumber(written);
    if (count === null) continue;
    const unit = (match[2] ?? match[4]).toLowerCase();
    const scale = unit.startsWith("decade") ? 10 : unit.startsWith("centur") ? 100 : 1;
    const years = (count + (match[5] ? 0.5 : 0)) * scale;
    ages.push({ years, slack: scale === 1 ? 1 : scale / 5, start: match.index, end: match.index + match[0].length, text: match[0], ...(from ? { from } : {}) });
  }
  return ages;
}


// "stood for seven centuries before it was destroyed in 1850", "had stood for more than 140 years when storms damaged it
// in 2024", "ran for half a century before closing in 2016": how long the thing founded lasted, up to an event whose clause names its year. The verb comes right before
// "for", so a span of something done to it ("had been run by the family for 40 years") or in a state ("stood empty
// for 30 years") is not read.
const LASTED_FOR = new RegExp(
  `\\b((?:stood|lasted|survived|endured|existed|operated|served|ran|traded|(?:remained|been|was|were)\\s+in\\s+(?:service|use|operation))\\s+for\\s+(?:(?:more than|over|nearly|almost|about|around|some|just over|just under|less than|under|at least)\\s+)?)(${WORD_NUMBER}|\\d{1,3}(?:,\\d{3})?|an?|half\\s+an?)\\s+(years?|decades?|centur(?:y|ies))(?=,?\\s+(?:before|until|till|when)\\b[^;]{0,60}?\\b(?:1[0-9]|20)\\d\\d\\b)`,
  "giu",
);
// Between the founding and the verb only the subject, or nothing ("completed in 1320, stood", "Built in 1320, the spire
// stood"): a relative clause there ("bought the castle, which had stood …") is another thing's.
const SUBJECT_GAP = /^[^;]{0,45}$/;
const RELATIVE = /\b(?:which|that|who|whose)\b/i;

export function findLastedFor(sentence: string, founding: Quantity): Age[] {
  const ages: Age[] = [];
  for (const match of sentence.matchAll(LASTED_FOR)) {
    const gap = sentence.slice(founding.end, match.index);
    if (founding.end > match.index || !SUBJECT_GAP.test(gap) || RELATIVE.test(gap)) continue;
    const isHalf = /^half\b/i.test(match[2]);
    const count = isHalf ? 0.5 : /^an?$/i.test(match[2]) ? 1 : parseNumber(match[2]);
    if (count === null) continue;
    const unit = match[3].toLowerCase();
    const scale = unit.startsWith("decade") ? 10 : unit.startsWith("centur") ? 100 : 1;
    const approx = approximationBefore(sentence, match.index + match[1].length);
    // "stood for five centuries" of 530 years rounds to the unit written, as a time lasted is told; "half a century" is
    // told of 45 to 55 years, as "half-century-old" is read.
    ages.push({ years: count * scale, slack: isHalf ? Math.max(1, scale / 20) : scale === 1 ? 1 : scale / 2, start: match.index, end: match.index + match[0].length, text: match[0], approx, untilEvent: true });
  }
  return ages;
}

/** Whether `span` years (an end year less a start) allows the duration, as its approximation reads ("more than 140"). */
export function spanFits(age: Age, span: number, decade: number): boolean {
  const d = span - age.years;
  if (age.approx === "over") return d >= -age.slack;
  if (age.approx === "under") return d <= age.slack + decade && d >= -age.slack - age.years * 0.15;
  const slack = age.approx === "about" ? Math.max(age.slack, age.years * 0.1) : age.slack;
  return d >= -slack && d <= slack + decade;
}
