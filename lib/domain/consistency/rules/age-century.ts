import type { Finding } from "../rule";

// A thing's century against the year it was built: "The mill, built in 1840, is one of the few 18th-century buildings"
// (1840 is in the 19th). Kept apart from age-mismatch.ts, which reads ages as counts of years, to keep each file small.
// The century must be the built thing's own, so only three constructions are read: the century said of the subject
// after its set-off founding ("X, built in 1840, is an 18th-century …"), the century as the subject's epithet before it
// ("The 18th-century mill, built in 1840,") and after an opening founding ("Built in 1840, the 18th-century mill").
// A century anywhere else ("built in 1840 on the site of an 18th-century forge", "houses an 18th-century loom") may be
// another thing's.

const ORDINAL_WORDS: Record<string, number> = {
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, "twenty-first": 21,
};
// "18th-century", "eighteenth-century", "the 18th century"; "late-18th-century" is still the 18th.
const CENTURY = `(?<century>(?:\\d{1,2}(?:st|nd|rd|th)|${Object.keys(ORDINAL_WORDS).join("|")})[- ]century)`;
// The start of a thing, not a later work on it ("rebuilt", "restored", "extended", "completed" may come long after
// it was begun). "built in the 1840s" is any year of the decade; "built around 1800" a few years either way.
const BUILT = "(?:built|constructed|erected|founded|established|consecrated)\\s+(?:in\\s+)?(?<approx>(?:around|about|circa|c\\.)\\s+)?(?:the\\s+)?(?<year>1\\d\\d\\d|20\\d\\d)(?<decade>s)?\\b";
// Between "is" and the century only words that keep it the subject's ("one of the few", "a rare", "the last"), never a
// preposition ("is next to an 18th-century church").
const KEEPS_SUBJECT = "(?:one|some|among|of|the|a|an|few|last|only|rare|fine|finest|oldest|best|best-preserved|surviving|remaining|handful|genuine|true|typical|classic|original|grand|listed|town's|city's|village's|county's|country's)";
const CONSTRUCTIONS = [
  // "The mill, built in 1840, is one of the few 18th-century buildings left".
  new RegExp(`,\\s*(?:which\\s+was\\s+)?${BUILT},\\s+(?:is|was|remains|remained)\\s+(?:(?:now|still|also)\\s+)?(?:${KEEPS_SUBJECT}\\s+){0,5}?${CENTURY}`, "giu"),
  // "The 18th-century mill, built in 1840, …" (not "the 18th-century estate's house": the epithet is another noun's).
  new RegExp(`${CENTURY}\\s+(?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+,\\s+(?:which\\s+was\\s+)?${BUILT}`, "giu"),
  // "Built in 1840, the 18th-century mill …".
  new RegExp(`^\\s*${BUILT},\\s+(?:the|its|this|that)\\s+${CENTURY}`, "giu"),
];
// "an 18th-century-style façade", "in 18th-century revival style": a style, not a date.
const STYLE_AFTER = /^[- ](?:(?:[\p{L}-]+\s+)?(?:style|styled|revival|replica|copy|reproduction|pastiche|design|manner|fashion|tradition|architecture|inspired)\b)/iu;
const BC_AFTER = /^\s+(?:[\p{L}-]+\s+)?(?:BC|BCE|B\.C\.)/u;

function centuryValue(written: string): number {
  const ordinal = written.toLowerCase().replace(/[- ]century$/, "");
  return ORDINAL_WORDS[ordinal] ?? Number.parseInt(ordinal, 10);
}

// The centuries a year may be said to be in: 1800 is the last year of the 18th by the strict count and the first of the
// 19th by the common one.
function centuriesOf(year: number): number[] {
  return [Math.floor((year - 1) / 100) + 1, Math.floor(year / 100) + 1];
}

export function centuryAgainstBuilt(sentence: string): Finding[] {
  if (!/centur/i.test(sentence)) return [];
  const findings: Finding[] = [];
  for (const pattern of CONSTRUCTIONS) {
    for (const match of sentence.matchAll(pattern)) {
      const groups = match.groups ?? {};
      const centuryEnd = match.index + match[0].lastIndexOf(groups.century) + groups.century.length;
      const rest = sentence.slice(centuryEnd);
      if (STYLE_AFTER.test(rest) || BC_AFTER.test(rest)) continue;
      const century = centuryValue(groups.century);
      const year = Number(groups.year);
      // A decade spans ten years, "around 1800" a few either way.
      const [low, high] = [year - (groups.approx ? 5 : 0), year + (groups.decade ? 9 : 0) + (groups.approx ? 5 : 0)];
      if ([...centuriesOf(low), ...centuriesOf(high)].includes(century)) continue;
      findings.push({
        ruleId: "age-mismatch",
        message: `“${groups.century}”, but ${groups.year}${groups.decade ?? ""} is in the ${centuriesOf(year)[0]}${suffix(centuriesOf(year)[0])} century.`,
        start: match.index,
        end: Math.max(centuryEnd, match.index + match[0].length),
      });
    }
  }
  return findings;
}

function suffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return "th";
  return ["th", "st", "nd", "rd"][n % 10] ?? "th";
}
