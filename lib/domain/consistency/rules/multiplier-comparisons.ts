import { wordValue } from "../number-words";
import { findQuantities, type Quantity } from "../numbers";
import type { Finding } from "../rule";

// "twice as many", "three times as much", "four times more", "double the number", "one and a half times as many".
// ("five times as common in the borough as in its neighbour": any adjective with a second "as" after it; a few go
// without one, "twice as expensive, at £40 against £20". Not "three times as captain, with 40 caps against 25".)
const TIMES = /\b(?:(twice)|(\w+|\d+(?:\.\d+)?)(\s+and\s+a\s+half)?\s+times)\s+(?:as\s+(?:many|much|high|large|big|likely|long|often|common|frequent|prevalent|expensive|costly|fast|heavy|deadly|popular)|as\s+(?!(?:a|an|the|part|well|its|their|his|her|of|in|on|for|to)\b)\p{L}+(?=(?:\s+(?!as\b)[\p{L}’'-]+){0,6}\s+as\s)|more|higher|larger|bigger|greater)\b/giu;
// "30,000 against 20,000", "90, compared with 45": the two figures compared.
const AGAINST = /^(?:\s+[\p{L}’'-]+){0,2}\s*,?\s*(?:against|compared with|compared to|versus|vs\.?|up from|from)\s+$/iu;
// "rose ten points", "fell by 3 percentage points".
// ("rates were raised by 50 basis points", "cut rates by 25 basis points": what a central bank does to a rate; a few
// words of object may come before "by".)
const POINTS = /\b(rose|risen|fell|fallen|up|down|gained|lost|increased|decreased|dropped|climbed|jumped|slipped|eased|slid|sank|shed|added|edged up|edged down|raised|lifted|hiked|cut|lowered|reduced|trimmed)\s+(?:(?:[\p{L}-]+\s+){0,3}?by\s+)?(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+)?(\d+(?:\.\d+)?|half\s+an?|a\s+quarter\s+of\s+an?|\w+)\s+(percentage\s+|basis\s+)?points?\b/giu;

function number(text: string): number {
  // "by half a point", "a quarter of a point".
  if (/^half\s/i.test(text)) return 0.5;
  if (/^a\s+quarter\s/i.test(text)) return 0.25;
  return /^\d/.test(text) ? Number(text) : text.toLowerCase() === "twice" ? 2 : wordValue(text.toLowerCase());
}

const EARLIER_AFTER = /^\s*(?:then|last\s+year|a\s+year\s+(?:earlier|ago|before)|in\s+(?:19|20)\d\d)\b/i;
const NOW_AFTER = /^\s*(?:today|now|this\s+year|at\s+present)\b/i;

// "twice as many votes as her rival, 18,200 to 11,700": a tally, the larger figure first (a smaller one first is a
// range, "from 10,000 to 12,000" a change).
const TALLY = /^(?:\s+[\p{L}’'-]+){0,1}\s+to\s+$/u;
function isTally(sentence: string, first: Quantity, second: Quantity): boolean {
  return first.value > second.value && TALLY.test(sentence.slice(first.end, second.start)) && !/\b(?:from|between)\s+$/i.test(sentence.slice(Math.max(0, first.start - 10), first.start));
}

// "2.4 offences per 1,000 people against 0.8": the base of a rate is no figure compared, and the words saying it are
// the first figure's unit.
const PER_BASE_BEFORE = /\b(?:per|for\s+every|in\s+every)\s+$/i;
// ("4.5 per million journeys against 1.5": the base may be a word.)
const PER_BASE = /\s+(?:per|for\s+every|in\s+every)\s+(?:\d[\d,]*|(?:a\s+)?(?:hundred|thousand|million|billion))(?:\s+[\p{L}-]+)?/giu;

// "Twice as many girls as boys passed, with 2,300 girls and 2,100 boys": the two things compared, each named again after
// its own figure in a list ("and", a comma), in either order. The first noun's figure is the larger one said.
const COMPARED_NOUNS = /^\s+([\p{L}-]+)\s+as\s+(?:the\s+)?([\p{L}-]+)\b/iu;
const LISTED = /^\s+[\p{L}-]+\s*(?:,|,?\s+and)\s+(?:(?:some|about|around|nearly|almost|just)\s+)?$/iu;
const singular = (word: string) => word.toLowerCase().replace(/s$/, "");

function namedPair(sentence: string, quantities: readonly Quantity[], end: number): [Quantity, Quantity] | null {
  const nouns = COMPARED_NOUNS.exec(sentence.slice(end, end + 60));
  if (!nouns || singular(nouns[1]) === singular(nouns[2])) return null;
  const [more, fewer] = [singular(nouns[1]), singular(nouns[2])];
  for (let i = 0; i + 1 < quantities.length; i++) {
    const [q, r] = [quantities[i], quantities[i + 1]];
    if (q.start < end || q.start - end > 120 || !LISTED.test(sentence.slice(q.end, r.start))) continue;
    const [qNoun, rNoun] = [singular(q.unit), singular(r.unit)];
    if (qNoun === more && rNoun === fewer) return [q, r];
    if (qNoun === fewer && rNoun === more) return [r, q];
  }
  return null;
}

/** "Twice as many people voted, 30,000 against 20,000": the ratio of the figures against the multiple. */
export function timesAsMany(sentence: string, ruleId: string): Finding[] {
  const quantities = findQuantities(sentence).filter((q) => !q.isYear && !PER_BASE_BEFORE.test(sentence.slice(Math.max(0, q.start - 12), q.start)));
  const findings: Finding[] = [];
  for (const match of sentence.matchAll(TIMES)) {
    const factor = number(match[1] ?? match[2]) + (match[3] ? 0.5 : 0);
    if (!Number.isFinite(factor) || factor <= 1) continue;
    const end = match.index + match[0].length;
    const pairIndex = quantities.findIndex((q, i) => q.start >= end && q.start - end < 120 && quantities[i + 1] && (AGAINST.test(sentence.slice(q.end, quantities[i + 1].start).replace(PER_BASE, "")) || isTally(sentence, q, quantities[i + 1])));
    const named = pairIndex < 0 ? namedPair(sentence, quantities, end) : null;
    if (pairIndex < 0 && !named) continue;
    const [first, second] = named ?? [quantities[pairIndex], quantities[pairIndex + 1]];
    // "200 of the 1,000 studied did, against 40 of 1,000 non-smokers": parts of wholes, compared as rates, not counts.
    if (/\bof\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, first.start - 8), first.start)) || /^\s+of\s+(?:the\s+)?\d/i.test(sentence.slice(second.end, second.end + 8))) continue;
    // "four times higher than in 2000, when a house cost £80,000 against £320,000 today": the earlier figure first.
    const isEarlierFirst = !named && (EARLIER_AFTER.test(sentence.slice(first.end, second.start)) || NOW_AFTER.test(sentence.slice(second.end, second.end + 16)));
    const [a, b] = isEarlierFirst ? [second, first] : [first, second];
    if (b.value === 0 || a.isPercent !== b.isPercent) continue;
    const ratio = a.value / b.value;
    // "three times more" is read by some as ×3 and by others as ×4: either is allowed.
    const isMore = /\btimes\s+(?:more|higher|larger|bigger|greater)\b/i.test(match[0]);
    const fits = (f: number) => ratio >= f * 0.92 && ratio <= f * 1.08;
    if (fits(factor) || (isMore && fits(factor + 1))) continue;
    findings.push({
      ruleId,
      message: `“${match[0]}” means ×${factor}, but ${a.text.trim()} against ${b.text.trim()} is ×${Number(ratio.toFixed(2))}.`,
      start: match.index,
      end: b.end,
    });
  }
  return findings;
}

/** "Turnout rose ten points, from 50% to 70%": the points against the difference of the shares. */
export function pointsAgainstShares(sentence: string, pair: { from: Quantity; to: Quantity }, ruleId: string): Finding[] {
  if (!pair.from.isPercent || !pair.to.isPercent) return [];
  const findings: Finding[] = [];
  for (const match of sentence.matchAll(POINTS)) {
    // 100 basis points make one percentage point.
    const unit = /basis/i.test(match[3] ?? "") ? 0.01 : 1;
    const points = number(match[2]) * unit;
    if (!Number.isFinite(points)) continue;
    const isFall = /^(?:fell|fallen|down|lost|decreased|dropped|slipped|eased|slid|sank|shed|edged down|cut|lowered|reduced|trimmed)$/i.test(match[1]);
    const change = pair.to.value - pair.from.value;
    // "half a point" is said exactly: a tenth of a point, not the 0.6 a rounded whole number of points may be off by.
    const isFractionOfPoint = /^(?:half|a\s+quarter)\s/i.test(match[2]);
    const slack = unit * (/\b(?:some|about|around|nearly|almost)\s/i.test(match[0]) ? Math.max(1, (0.2 * points) / unit) : isFractionOfPoint ? 0.1 : 0.6);
    if (Math.abs((isFall ? -points : points) - change) <= slack) continue;
    findings.push({
      ruleId,
      message: `“${match[0]}”, but ${pair.from.text.trim()} to ${pair.to.text.trim()} is ${Number(change.toFixed(2))} points.`,
      start: Math.min(match.index, pair.from.start),
      end: Math.max(match.index + match[0].length, pair.to.end),
    });
  }
  return findings;
}

// "cut by 500, from 3,000 to 2,000": a change by an amount, not a share.
const BY_AMOUNT = /\b(rose|risen|grew|grown|increased|climbed|jumped|up|fell|fallen|cut|reduced|dropped|decreased|declined|down|shrank)\s+by\s+$/i;
const FALLS = /^(?:fell|fallen|cut|reduced|dropped|decreased|declined|down|shrank)$/i;

const AMOUNT_CLAUSE_BREAK = /;|\b(?:while|whereas|but|although|though)\b|,\s+and\s+(?:[\p{L}’'-]+\s+){1,3}(?:has|have|had|is|are|was|were|rose|fell|grew|increased|dropped)\b/iu;
const OWN_END = /^\s+to\s+(?:(?:about|around|some|roughly|nearly|almost|just)\s+)?$/i;

function ownEnd(sentence: string, q: Quantity, pair: { from: Quantity; to: Quantity }): boolean {
  const next = findQuantities(sentence).find((other) => other.start >= q.end && other.start - q.end < 24 && OWN_END.test(sentence.slice(q.end, other.start)));
  return next !== undefined && next !== pair.to && next.start !== pair.to.start;
}

/** "The workforce was cut by 500, from 3,000 to 2,000": the amount against the difference of the figures. */
export function differenceAgainstPair(sentence: string, pair: { from: Quantity; to: Quantity; start: number; end: number }, ruleId: string): Finding[] {
  const findings: Finding[] = [];
  for (const q of findQuantities(sentence)) {
    if (q === pair.from || q === pair.to || q.isPercent || q.isYear || pair.from.isPercent) continue;
    const verb = BY_AMOUNT.exec(sentence.slice(Math.max(0, q.start - 20), q.start));
    if (!verb || q.currency !== pair.from.currency) continue;
    // "fell to £73m from £81m, while the subsidy rose by £5m to £42m": a change told in a clause of its own, or one
    // with its own end ("by £5m to £42m"), is of another thing than the pair.
    const gap = q.start < pair.start ? sentence.slice(q.end, pair.start) : sentence.slice(pair.end, q.start);
    if (AMOUNT_CLAUSE_BREAK.test(gap) || ownEnd(sentence, q, pair)) continue;
    const change = pair.to.value - pair.from.value;
    const expected = FALLS.test(verb[1]) ? -q.value : q.value;
    if (Math.abs(change - expected) <= 0.05 * Math.abs(expected)) continue;
    findings.push({
      ruleId,
      message: `“${verb[0]}${q.text.trim()}”, but ${pair.from.text.trim()} to ${pair.to.text.trim()} is a change of ${Number(change.toFixed(2)).toLocaleString("en-US")}.`,
      start: Math.min(q.start - verb[0].length, pair.from.start),
      end: Math.max(q.end, pair.to.end),
    });
  }
  return findings;
}
