import { decimalSlack, findQuantities, type Quantity } from "../numbers";
import type { ConsistencyRule, Finding } from "../rule";
import { isAnAge } from "./age-figure";
import { isClockTime } from "./clock-time";
import { comparedFigures, partReadings, type Compared } from "./compared-figure";
import { ADDED_BESIDE, countsSharers, isSubsetOfParts, withFurtherReadings } from "./parts-outside";
import { namedContributorParts } from "./named-contributors";
import { eachTimesCount, FRACTION_OF_WHOM, FRACTION_STARTER, fractionParts, mergedParts } from "./derived-parts";
import { voteTallyFinding } from "./vote-tally";
import { isExhaustive } from "./exhaustive-outcomes";
import { sharesBesideFinding } from "./shares-beside";
import { arePeriodParts, LEVEL_REACHED, namesPeriods } from "./period-parts";
import { countNames, singleItems } from "./listed-items";
import { farDashStarter } from "./far-dash";
import { sourcedPartsEnd } from "./sourced-parts";
import { isPartBeforeGap } from "./gapped-parts";
import { withOtherUnitReadings } from "./other-unit-parts";
import { farOfThemStarter, isTotalSubject, kindsGoOn, laterBreakdown } from "./later-starters";

/**
 * `needsOutcomes`: a breakdown only if its parts are labelled with outcomes that cover every case (OUTCOMES);
 * `needsPeriods`: only if they are the periods of the span a level was reached over (period-parts.ts); `isBeside`: no
 * parts, but shares beside the total of the same whole (shares-beside.ts).
 */
type Breakdown = { from: number; to: number; isPartial: boolean; isStrong?: boolean; isLoose?: boolean; isOfWhom?: boolean; isVerb?: boolean; needsOutcomes?: boolean; needsPeriods?: boolean; isBeside?: boolean };

// A total said to be one: "a total of 12", "totalling 12", "12 in total", "In all, 600", "Overall there were 2.3 million",
// "jailed for a combined 19 years", "their combined 40 goals", "accounting for all 44 that fell".
const TOTAL_BEFORE = /\b(?:a total of|total of|totall?ing|totall?ed|totals|in total|in all|altogether|overall|combined|(?:accounting|accounted|account)\s+for\s+all(?:\s+(?:of\s+)?the)?|making\s+up\s+all(?:\s+(?:of\s+)?the)?)\b,?\s+(?:(?:there|it|they)\s+(?:were|was|are|is)\s+|about\s+|some\s+)?$/i;
// ("in all competitions" is no total: "in all" must end its phrase.)
const TOTAL_AFTER = /^(?:\s+[\p{L}’'-]+){0,3}?\s+(?:in total|in all(?=\s*(?:[,.;:)–—]|$|\s+(?:were|was|are|is|have|had|will|signed|took|died)\b))|altogether)\b/iu;
// A count that a list may break down: "The 40 passengers", "has 14 branches", "numbers 75 aircraft", "the eight-member panel",
// "the Test produced 1,144 runs".
const COUNT_BEFORE = /(?:\b(?:the|its|their|his|her|our|these|those|all|has|have|had|employs|employed|numbers|numbered|produced|yielded|of)|[’']s)\s+$/i;
// "arrested 14 people: nine men and four women": any count of things, broken down after a colon, bracket or dash,
// unless it is a change ("rose 50 points: from 100 to 150").
const CHANGE_BEFORE = /\b(?:rose|fell|up|down|by|to|from|gained|lost|grew|dropped|increased|decreased|cut)\s+$/i;
const STRONG_STARTER = /^(?::|\(|[–—-])$/;
// ", three of whom were children", ", 10 of which are in London": parts, maybe not all of them.
const OF_WHOM = /^\s*(?:[$£€]?[\d.,]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\s+of\s+(?:whom|them|which|those)\b/i;
const FIGURE = "(?:[$£€]?\\d[\\d,.]*(?:\\s?(?:m|bn|k|million|billion))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
// ("The coalition's 212 MPs, 150 from the Christian Democrats, 48 from the Greens and 19 from the Free Democrats,":
// each part may say in a few words whose it is.)
const PART_WORDS = "(?:\\s+[\\p{L}’'-]+){1,4}";
const FIGURE_LIST = new RegExp(`^\\s*${FIGURE}${PART_WORDS}(?:\\s*,\\s*${FIGURE}${PART_WORDS})*\\s+and\\s+${FIGURE}${PART_WORDS}\\s*$`, "iu");
const SET_OFF_FIGURES = new RegExp(`^\\s*${FIGURE}${PART_WORDS}(?:\\s*,\\s*${FIGURE}${PART_WORDS})*\\s+and\\s+${FIGURE}${PART_WORDS}\\s*,`, "iu");
// ("Three bidders are left in the race for the rail franchise: Arriva, …": up to ten words.)
const FAR_COLON = /^((?:[-\s]+[\p{L}’'-]+){5,10}?)\s*(:)/u;
// "The 23-man squad named by the head coach is made up of …": a verb that says the parts follow may come further on.
// ("3,460 knife offences in the county last year, comprising …", "94p a share for the year, consisting of …"; "Twenty-three
// people died in the outbreak, of whom …" opens partial parts as far on, and so does "Some 3,400 homes lost power in the
// storm, including …"; "A total of 1,250 planning applications were received last year, of which …" all of it, for a
// total said to be one. "made up solely of" says no part is left out, as "made up of" does.)
const FAR_VERB = /^((?:[-\s]+[\p{L}’'-]+){5,8}?)(,?\s(?:is |are |were |was )?(?:made up of|comprises|comprised|comprising|consists of|consisted of|consisting of|split between|divided between|divided into|broken down into|breaks down as|broke down (?:as|into)(?=\s+(?:[$£€]?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)))|,\s+(?:of whom|of which|including))\b/u;
// Only when the first part says it is one ("$1.5 million of it"): "40 were arrested on Saturday, 12 on Sunday" lists more.
const FAR_FIGURES = /^((?:[-\s]+[\p{L}’'-]+){5,8}?)\s*(,)(?=\s+[$£€]?\d[\d.,]*(?:\s?(?:m|bn|k|million|billion))?\s+of\s+(?:it|them|this|that)\b)/u;
const FAR_WITH = /^((?:[-\s]+[\p{L}’'-]+){5,8}?)(,\s+with)\b/u;
// "2.4 million albums last year, every one of them either on vinyl (1.5 million) or on CD (…)": every one of the total
// is in the parts that follow, as after "made up of" (", all of them either …" says so too; a bare "all of them" may
// describe the total instead: "40 passengers, all of them British").
const FAR_EVERY = /^((?:[-\s]+[\p{L}’'-]+){0,8}?)(,\s+(?:(?:every|each)\s+one\s+of\s+(?:them|which|these|those)|all\s+of\s+(?:them|which|these|those)(?=\s+either\b)))/u;
const COUNT_OF_PARTS = /^\s+[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?\s*:/u;
const AMONG_BEFORE = /(?:^|[,;:]\s*)among\s+(?:(?:the|its|their|his|her|our|these|those)\s+)?(?:[\p{L}’'-]+[’']s\s+)?$/iu;
const OF_THE_START = /^\s*of\s+(?:the|its|their)\s+(?:[\p{L}’'-]+[’']s\s+)?$/iu;
// Where the parts start, after at most four words: "…: 5 from A", "(5 … and 6 …)", "– 22 adults and", "is made up of", ", of which".
// (A spaced hyphen for a dash: before figures and "and", or before a list of names only, closed by another hyphen,
// "- Smith, Patel and Chen -"; spoken copy sets off much else between hyphens.)
// ("broke down as $4.0bn …", "in two tranches, of $45m and $43m": only right before the figures, "broke down as
// temperatures hit 40C" is a breakdown of machines, and "in three rounds of funding, including" no list of rounds.)
const STARTER =
  /^((?:[-\s]+[\p{L}’'-]+){0,4}?)\s*(:|\(|\s[–—]\s|\s-\s(?=(?:[$£€]?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)[^-–—.;]*\band\b)(?![^-–—.;]*\bor\b)|\s-\s(?=\p{Lu}[\p{L}’'.]*(?:\s+\p{Lu}[\p{L}’'.]*){0,2}(?:,\s+\p{Lu}[\p{L}’'.]*(?:\s+\p{Lu}[\p{L}’'.]*){0,2})*,?\s+(?:and|&)\s+\p{Lu}[\p{L}’'.]*(?:\s+\p{Lu}[\p{L}’'.]*){0,2}\s-\s)|,?\s(?:splits|splitting|divides|dividing|breaks|breaking)\s+(?:into|between|among)\b|,\s+(?:of which|of whom|with)\b|,?\s(?:is |are |were |was )?(?:made up (?:(?:solely|entirely|wholly|exclusively)\s+)?of|comprises|comprise|comprised|comprising|consist(?:s|ed|ing)? (?:(?:solely|entirely|wholly|exclusively)\s+)?of|(?:split|divided)(?:\s+(?:equally|evenly))?\s+(?:between|into|among)|shared(?:\s+(?:equally|evenly))?\s+(?:by|between|among)|came from|comes from|come from|held by|combines|combine(?!\s+with\b)|broken down into|break down into|breaks down into|broken down as|breaks down as|break down as|broke down (?:as|into)(?=\s+(?:[$£€]?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b))|namely)\b|\sin\s+(?:two|three|four|five|six|\d+)\s+(?:equal\s+|separate\s+)?(?:tranches|instalments|installments|payments|stages|phases|batches|chunks)\s*,?\s+of(?=\s+(?:[$£€]?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b))|,\s+(?:including|includ(?:es|ed)|among them|among whom|among which)\b|\s(?:include|includes|included|including)\b|\s(?:found|showed)(?=\s+[$£€]?\d)|\s(?:are|were)(?=\s+(?:\p{Lu}|[$£€]?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b))|,(?=\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?(?:,|\s+(?:and|&)\s))|,(?=\s+[$£€]?\d|\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b))/iu;
const MAX_BREAKDOWN = 300;
const SPREAD_OVER = /\b(?:across|throughout|spread\s+(?:over|among))\s+$/i;
// " of primaries": a share of a group named after it ("30% of it", "of the total" are shares of the whole again).
const RATE_OF_GROUP = /^\s+of\s+(?!(?:it|them|this|that|the\s+(?:total|whole))\b)/i;
// Words for things of any kind, which a list of kinds breaks down: "412 objects", "60 items", "300 works".
const ANY_KIND = /^(?:objects|items|pieces|works|artworks|artefacts|artifacts|exhibits|things|specimens)$/;
// ", 120 more than the one it replaces", ", £2m up on last year": the figure after the comma is a difference.
const DIFFERENCE_NEXT = /^\s*[$£€]?[\d.,]+(?:\s?(?:m|bn|k|million|billion)\b)?(?:\s+[\p{L}]+)?\s+(?:more|fewer|less|higher|lower|up|down|extra|short)\b/iu;

/**
 * A total that is not the sum of the parts listed after it: "a total of 12:
 * 5 from A and 6 from B" (11); "the 40 passengers – 22 adults and 15 children"
 * (37); "four countries – France, Spain, Italy, Greece and Portugal" (five). A
 * list after "including" or after "Of the 15 candidates," may be partial, so
 * there only parts adding up to more than the total are flagged. Rounding is
 * allowed for up to half the last digit of the least precise number.
 */
// "Both candidates – Ms Li, Mr Ortiz and Mrs Kaur –": "both" is a count of two.
const BOTH = /\b[Bb]oth\s+(?:the\s+|of\s+the\s+)?[\p{L}’'-]+\s*(?:[–—(:]|,(?=\s+\p{Lu}))/gu;

function bothAgainstNames(sentence: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of sentence.matchAll(BOTH)) {
    const from = match.index + match[0].length;
    const starter = match[0].trim().slice(-1);
    const to = clauseEnd(sentence, from, starter);
    const named = countNames(sentence.slice(from, to));
    if (named === null || named === 2) continue;
    findings.push({ ruleId: totalMismatch.id, message: `“Both”, but ${named} are named.`, start: match.index, end: to });
  }
  return findings;
}

export const totalMismatch: ConsistencyRule = {
  id: "total-mismatch",
  description: "A total must equal the sum of the parts it is broken into.",
  check(sentence) {
    // ("2:11 … ahead of rivals on 2:14 and 2:19": race times are no totals or parts.)
    const quantities = findQuantities(sentence).filter((q) => !isClockTime(sentence, q));
    const findings: Finding[] = bothAgainstNames(sentence);
    const tally = voteTallyFinding(sentence, quantities, totalMismatch.id);
    if (tally) findings.push(tally);
    const contributors = namedContributorParts(sentence, quantities);
    if (contributors) findings.push(...compare(contributors.whole, contributors.parts, false));
    const compared = comparedFigures(sentence, quantities);
    quantities.forEach((total, index) => {
      // ("…, up from 300 last year: 200 adults and …": a figure of another time is no total now.)
      if (compared.get(total) === "other-time") return;
      // ("1,140 pupils aged 11 to 18, including a sixth form of 260": an age is no total.)
      if (total.isYear || total.isFraction || isAnAge(sentence, total)) return;
      // ("five times as common among players on artificial pitches: 45 cases against 15": a multiplier counts nothing.)
      if (/^\s*(?:times|-?fold)\b/i.test(sentence.slice(total.end, total.end + 8))) return;
      // "90 minutes — an hour and a half", "18 months, a year and a half": a duration restated, not broken down.
      if (DURATION_UNIT.test(total.unit) && DURATION_RESTATED.test(sentence.slice(total.end, total.end + 40))) return;
      // "Nearly 60% of members backed it: 75% of those who voted …": shares of other wholes are no parts of a share.
      if (total.isPercent && /\bof\s+(?:those|them|the\s+\w+\s+who)\b|\bturnout\b/i.test(sentence.slice(total.end, total.end + 120))) return;
      const before = sentence.slice(Math.max(0, total.start - 40), total.start);
      // ("12,500 trees across three parks, including 5,000 in the largest": the places an earlier figure is spread
      // over are no total of the parts after them, which are of that figure.)
      if (SPREAD_OVER.test(before) && quantities.slice(0, index).some((q) => !q.isYear && !/[,;:.]\s/.test(sentence.slice(q.end, total.start)))) return;
      const isMarked = TOTAL_BEFORE.test(before) || TOTAL_AFTER.test(sentence.slice(total.end, total.end + 40)) || isTotalSubject(sentence, total);
      const isOfThe = OF_THE_START.test(sentence.slice(0, total.start));
      const isCount = COUNT_BEFORE.test(before) || sentence.slice(0, total.start).trim() === "";
      const found = breakdownAfter(sentence, total, isMarked, isOfThe, isCount);
      if (found?.isBeside) {
        const beside = sharesBesideFinding(total, quantities, found.from, found.to, totalMismatch.id);
        if (beside) findings.push(beside);
        return;
      }
      // "Among the museum's 300 paintings are 120 by Dutch masters and 90 by Flemish ones": the parts named among a
      // count may be only some of it ("Among the 30 dead were 18 soldiers and 14 civilians" is still too many).
      const breakdown = found && AMONG_BEFORE.test(sentence.slice(0, total.start)) ? { ...found, isPartial: true } : found;
      if (!breakdown && isMarked) {
        findings.push(...compare(total, partsBefore(sentence, quantities, index, compared), false));
        return;
      }
      const isLoose = breakdown?.isStrong === true && (/^\p{Ll}+$/u.test(total.unit) || total.currency !== null);
      // ("rose to 96 tonnes in the quarter (January 28 tonnes, …)": a level reached may still be broken into periods.)
      const isLevel = isLoose && !isMarked && !isCount && LEVEL_REACHED.test(before);
      const isLooseCount = isLoose && (!CHANGE_BEFORE.test(before) || isLevel);
      // Any figure may be followed by "including …" or "breaks down as …"; other breakdowns need a total or a count.
      if (!breakdown || (!isMarked && !isOfThe && !isCount && !isLooseCount && !breakdown.isPartial && !breakdown.isVerb && !breakdown.needsOutcomes)) return;
      // "held by three parties: 150 …": a count right before a colon is how many parts there are, not one of them.
      // ("30,000 volunteers, half of whom …": a fraction "of whom" is that part of the total, derived-parts.ts.)
      const inBreakdown = mergedParts(quantities.slice(index + 1).filter((q) => q.start >= breakdown.from && q.end <= breakdown.to && !q.isYear && q.isPercent === total.isPercent && q.currency === total.currency && !COUNT_OF_PARTS.test(sentence.slice(q.end, q.end + 30)) && !isAnAge(sentence, q) && !isPartOfAPart(sentence, breakdown.from, q) && !countsSharers(sentence, breakdown.from, q)), fractionParts(sentence, quantities, total, breakdown.from, breakdown.to));
      // ", 45 of them women, play 120 concerts": a part "of them" is set off by commas; the next comma closes the parts.
      // (", 3,100 of them boys and 2,700 girls,": a comma between digits groups them, it closes nothing.)
      const comma = breakdown.isOfWhom ? sentence.slice(breakdown.from + 1).search(/,(?!\d)/) : -1;
      const closing = comma < 0 || kindsGoOn(sentence, breakdown.from + 1 + comma, breakdown.to) ? -1 : breakdown.from + 1 + comma;
      const closed = closing > 0 ? inBreakdown.filter((q) => q.end <= closing) : inBreakdown;
      // ("17 forwards and 14 backs, with three uncapped players among them": some of the parts counted again.)
      const marked = closed.filter((q) => !isSubsetOfParts(sentence, closed[0], q));
      // "Overall 52% of schools met the target, including 71% of primaries and 34% of secondaries": shares each of a
      // group of its own are rates within the groups, which average to the whole's, never add up to it.
      if (total.isPercent && marked.length > 0 && marked.every((q) => RATE_OF_GROUP.test(sentence.slice(q.end, q.end + 30)))) return;
      // "320 passed, compared with 290 last year, and …": a compared figure is no part; a rival may be one. ("two tries (10
      // points)": the count of tries may be no part either, other-unit-parts.ts.)
      const readings = withOtherUnitReadings(sentence, total, withFurtherReadings(sentence, breakdown.from, breakdown.to, partReadings(marked, compared)));
      const results = readings.map((reading) => partsFindings(sentence, quantities, index, isLevel ? { ...breakdown, needsPeriods: true } : breakdown, reading));
      if (results.some((result) => result !== null)) {
        if (results.every((result) => result !== null && result.length > 0)) findings.push(...(results[0] ?? []));
        return;
      }
      // "Only three of the 12 – Smith, Jones and Patel –": the names are the three, not the 12.
      const part = /\bof\s+(?:the|its|their)\s+$/i.test(before) ? quantities[index - 1] : undefined;
      const counted = part && !part.isYear && !part.isPercent ? part : total;
      // Names count people or things, never money or a share ("£1.2m shared by the council and the charity").
      // "five divisions — retail, wholesale, logistics and property —": between two dashes or in brackets, plain words are items too.
      // ("the four-day event — music, food and film —": a count joined to its noun describes it, it counts nothing.)
      const isClosed = breakdown.isStrong === true && sentence[counted.end] !== "-" && /^(?:\s[–—]\s|\))/.test(sentence.slice(breakdown.to, breakdown.to + 3));
      const named = counted.currency === null && !counted.isPercent ? countNames(sentence.slice(breakdown.from, breakdown.to), isClosed) : null;
      // "Seven nations, including France, … and Greece" (eight): a partial list may be shorter, never longer.
      if (named !== null && (breakdown.isPartial ? named > counted.value : named !== counted.value)) {
        findings.push({
          ruleId: totalMismatch.id,
          message: `${counted.text.trim()}, but ${named} are named.`,
          start: total.start,
          end: breakdown.to,
        });
      }
    });
    // (The contributors' parts may be read as a breakdown of the same total as well: one finding for it.)
    return findings.filter((f, i) => findings.findIndex((g) => g.start === f.start && g.end === f.end) === i);
  },
};

// "230 pledges, of which 140 came from governments and 60 from companies, with the rest from cities": after the last
// figure, a rest told without one; the parts are only some of the total. ("the rest, 20, from cities" has its figure,
// the last part; "in Britain and the rest of Europe" is a part's label.)
const REST_UNTOLD = /(?:,\s+(?:with\s+)?|\band\s+)the\s+(?:rest(?!\s+of\s+(?!(?:them|it|those|these)\b))|remainder|balance|others)\b|,\s+with\s+others\b/i;

/**
 * The findings for the figures `parts` of `breakdown` against `quantities[index]`, the total: [] when they add up or
 * are no breakdown, null when there are no figures to add (names may be counted instead).
 */
function partsFindings(sentence: string, quantities: readonly Quantity[], index: number, breakdown: Breakdown, marked: Quantity[]): Finding[] | null {
  const total = quantities[index];
  const each = perEach(sentence, breakdown, quantities, total);
  // ("£20m on each of three defenders": one part of three times £20m.)
  const parts = each ? [each] : withGroupsMultiplied(sentence, marked).map((q) => eachTimesCount(sentence, quantities, q));
  // "The 300 seats were won by three parties: 150 …, 100 … and 50 …": the parts add up to another total.
  if (parts.length > 1 && quantities.slice(0, index).some((q) => !q.isYear && q.value === parts.reduce((s, p) => s + p.value, 0))) return [];
  // "has 3 plants, 2,000 workers and 12 depots": a part bigger than the total is a list, not a breakdown.
  if (breakdown.isLoose && parts.some((p) => p.value > total.value)) return [];
  // ("over the three months (June 80mm, July 120mm, August 95mm)": what each period brought, no count of periods.)
  if (DURATION_UNIT.test(total.unit) && namesPeriods(sentence.slice(breakdown.from, breakdown.to), parts.length)) return [];
  if (breakdown.needsPeriods && !arePeriodParts(sentence, total, breakdown.from, breakdown.to, parts)) return [];
  if (breakdown.needsOutcomes && !ANY_KIND.test(total.unit) && !isExhaustive(sentence, parts, breakdown.to)) return [];
  if (parts.length === 0) return null;
  // "The four men – two Britons and a Dane –": "a Dane" is one more part.
  const single = total.currency === null && !total.isPercent ? singleItems(sentence.slice(breakdown.from, breakdown.to)) : 0;
  const withSingles = single > 0 ? [...parts, { ...parts[0], value: single, text: single === 1 ? "one" : String(single) }] : parts;
  const isRestUntold = REST_UNTOLD.test(sentence.slice(parts[parts.length - 1].end, breakdown.to));
  return compare(total, withSingles, (breakdown.isPartial || isRestUntold) && !isExhaustive(sentence, withSingles, breakdown.to));
}

/** `isCount`: the total is a count (COUNT_BEFORE), so what follows ", of which" is all of it, as for a total said to be one. */
function breakdownAfter(sentence: string, total: Quantity, isMarked: boolean, isOfThe: boolean, isCount: boolean): Breakdown | null {
  const after = sentence.slice(total.end, total.end + MAX_BREAKDOWN);
  // "Six firms bid for the contract: Balfour, …": a colon may come a few more words on than other starters.
  // "A total of $2.6 million was spent on the campaign, $1.5 million …": a total said to be one may be told of at more length.
  // ("All 100 members of the index traded on Friday, with …": "all" counts every one, and its outcomes may come later.)
  const isAll = /\ball\s+$/i.test(sentence.slice(Math.max(0, total.start - 5), total.start));
  const match = starterIn(after) ?? FRACTION_STARTER.exec(after) ?? FAR_COLON.exec(after) ?? FAR_VERB.exec(after) ?? (isMarked ? FAR_FIGURES.exec(after) : null) ?? (isAll ? FAR_WITH.exec(after) : null) ?? FAR_EVERY.exec(after) ?? (isMarked || isCount ? farDashStarter(after) : null) ?? farOfThemStarter(after);
  if (isOfThe) {
    // "Of the 15 candidates, 9 were women and 8 were men": what follows may not be all of them.
    // ("Of the 48 patients in the trial,": a few more words may name them.)
    // ("Of the 12 medals won by the Welsh team in Birmingham,": up to eight.)
    const comma = /^(?:\s+[\p{L}’'-]+){0,8}?\s*,/u.exec(after);
    return comma ? { from: total.end + comma[0].length, to: clauseEnd(sentence, total.end + comma[0].length, ","), isPartial: true } : null;
  }
  // ("is to be funded entirely by …", an aside before "is made up of …", "in Norfolk (6), Suffolk (5) and …": later-starters.ts.)
  if (!match) return laterBreakdown(sentence, total, isMarked || isCount, (end) => breakdownAfter(sentence, { ...total, end }, isMarked, false, isCount), (from) => clauseEnd(sentence, from, ""));
  if (/\d/.test(match[1])) return null;
  const starter = match[2].trim().toLowerCase();
  // ("trapped for two days, of whom eight were rescued": "whom" are people, never a duration.)
  if (/of whom/.test(starter) && DURATION_UNIT.test(total.unit)) return null;
  const from = total.end + match[0].length;
  // "…, of whom 45 were British": the others may be from anywhere.
  // ("completed 640 homes last year, of which 280 were for social rent": of any other figure, "of which" may tell of
  // only some, so only parts adding up to more than it are flagged.)
  const isPartial = /includ|among|of whom|found|showed/.test(starter) || (starter === ", of which" && !isMarked && !isCount);
  const isStrong = STRONG_STARTER.test(starter);
  if (starter === "," && (OF_WHOM.test(sentence.slice(from)) || FRACTION_OF_WHOM.test(sentence.slice(from)))) return { from, to: clauseEnd(sentence, from, starter), isPartial: true, isOfWhom: true };
  // A bare comma or ", with" starts a breakdown only for a total said to be one, a count someone "has", or names.
  // "600 beds, 120 more than the one it replaces": a difference from another, not a part.
  if (starter === "," && DIFFERENCE_NEXT.test(sentence.slice(from))) return null;
  if (starter === "," || starter.startsWith(", with")) {
    // ("The five-day Test produced 1,144 runs, with England making 410 …": what an event produced is a count too.)
    const hasCount = /\b(?:has|have|had|employs|numbers|produced|yielded)\s+$/i.test(sentence.slice(Math.max(0, total.start - 10), total.start));
    const to = clauseEnd(sentence, from, starter);
    // "The poll of 2,000 adults, 1,100 women and 1,000 men, was taken": figures set off between two commas, nothing else.
    const setOff = starter === "," && SET_OFF_FIGURES.test(sentence.slice(from, from + 120));
    // "1.2 million people sat the exam, 700,000 girls and 600,000 boys.": figures to the end of the clause, labelled
    // with outcomes that cover every case (OUTCOMES), are the whole.
    const isOutcomeList = starter === "," && FIGURE_LIST.test(sentence.slice(from, to));
    // ("412 objects from the estate, 250 paintings and 172 drawings": a count in a word for things of any kind is
    // broken down by the kinds after it, outcomes or not.)
    if (isOutcomeList && !isMarked && !hasCount && !setOff) return { from, to, isPartial, isLoose: true, needsOutcomes: true };
    // ("All 100 members of the index traded, with 61 rising, 33 falling and eight unchanged": "all" counts every one, so
    // parts labelled with outcomes that cover every case must add up to it.)
    if (starter.startsWith(", with") && isAll) return { from, to, isPartial: true, isLoose: true, needsOutcomes: true };
    // (Not of a share: "fallen to 31%, with wind supplying 44%" tells another share of the same whole.)
    const sourcedTo = starter.startsWith(", with") && !total.isPercent ? sourcedPartsEnd(sentence, from, to) : null;
    if (sourcedTo !== null) return { from, to: sourcedTo, isPartial: true };
    if (!isMarked && !hasCount && !setOff && (starter !== "," || countNames(sentence.slice(from, to)) === null)) return null;
    if (setOff) return { from, to: sentence.indexOf(",", from + (SET_OFF_FIGURES.exec(sentence.slice(from))?.[0].length ?? 1) - 1), isPartial, isLoose: true };
    return { from, to, isPartial, isLoose: !isMarked };
  }
  // "£3.4m, breaks down as …", "is made up of": a verb that says the parts follow. ("divided equally between": an
// adverb of how may come between.)
  // ("The £2.4bn package combines £1.1bn of grants and …": a verb of putting the parts together says so too; "a
  // combined 31 titles" is a total said to be one, TOTAL_BEFORE.)
  // (", every one of them": all of the total, FAR_EVERY.)
  const isVerb = /^,?\s*(?:is |are |were |was )?(?:made up|compris|consist|split|divided|shared|broken down|breaks? down|broke down|in\s.*\sof$|came from|comes? from|held by|combin)|^,\s+(?:every|each|all)\b/.test(starter);
  // "Of the 85 observers, 40 came from the EU and 30 from the African Union": a later figure "from" (or "by") another
  // is one more part beside this one, of the same whole, not a part of it. ("58 per cent of revenue comes from the
  // UK, 30 per cent from Europe": so is a share "from" another.)
  const preposition = /\b(from|by)$/.exec(starter)?.[1];
  if (preposition && new RegExp(`(?:,|\\band)\\s+${FIGURE}(?:\\s?(?:%|per\\s?cent))?\\s+${preposition}\\b`, "i").test(sentence.slice(from, clauseEnd(sentence, from, starter)))) {
    // ("58 per cent of revenue comes from two markets: 30 per cent from Europe and …": the parts may still follow.)
    const further = breakdownAfter(sentence, { ...total, end: from }, isMarked, false, isCount);
    if (further?.isStrong === true || further?.isVerb === true) return further;
    // (A share told beside the others is still of the same whole as they are: shares-beside.ts.)
    return total.isPercent ? { from, to: clauseEnd(sentence, from, starter), isPartial: true, isBeside: true } : null;
  }
  return { from, to: clauseEnd(sentence, from, starter), isPartial, isStrong, isVerb };
}

// "Of the 26 patients, 20 were men, and nine of the men were over 70": "of the men" names a part already told of,
// so the nine are among the 20, not beside them.
function isPartOfAPart(sentence: string, from: number, q: Quantity): boolean {
  const noun = /^\s+of\s+(?:the|those|these)\s+([\p{L}’'-]+)/u.exec(sentence.slice(q.end, q.end + 40))?.[1];
  return noun !== undefined && new RegExp(`\\b${noun}\\b`, "iu").test(sentence.slice(from, q.start));
}

// STARTER is case-blind, so "were" before a name or a number is checked here ("were won by" starts no list);
// a "were" that fails is blanked out and the search goes on.
const ARE_PARTS = /^\s+(?:\p{Lu}|[$£€]?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)/u;

function starterIn(after: string): RegExpExecArray | null {
  let text = after;
  for (let tries = 0; tries < 4; tries++) {
    const match = STARTER.exec(text);
    if (!match) return null;
    const starter = match[2].trim().toLowerCase();
    if ((starter !== "are" && starter !== "were") || ARE_PARTS.test(text.slice(match[0].length))) return match;
    const at = match[0].length - match[2].length;
    text = text.slice(0, at) + " ".repeat(match[2].length) + text.slice(match[0].length);
  }
  return null;
}

const DURATION_UNIT = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/i;
const DURATION_RESTATED = /^[^.;]{0,12}?(?:an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+and\s+(?:an?\s+)?(?:half|quarter|three\s+quarters|\d+|\w+)\b/i;

// "4,000 nurses and 2,000 porters … 5,000 staff in all": the parts listed before a total said to be one (gapped-parts.ts).

function partsBefore(sentence: string, quantities: readonly Quantity[], index: number, compared: Map<Quantity, Compared>): Quantity[] {
  const total = quantities[index];
  // ("3,000 nurses, against 2,700 in 2019, and 2,000 porters, 5,000 in all": a compared figure is no part.)
  const earlier = quantities.slice(0, index).filter((q) => !compared.has(q) && !q.isYear && !q.isFraction && q.isPercent === total.isPercent && q.currency === total.currency && sentence[q.end] !== "-" && !isAnAge(sentence, q));
  const last = earlier[earlier.length - 1];
  if (!last || /[;:]|\.\s|\bof\s+$|,\s+(?:while|but|whereas|though|although)\b/.test(sentence.slice(last.end, total.start)) || total.start - last.end > 60) return [];
  const parts = [last];
  for (let i = earlier.length - 2; i >= 0; i--) {
    if (!isPartBeforeGap(sentence.slice(earlier[i].end, parts[0].start))) break;
    parts.unshift(earlier[i]);
  }
  // "Of 4,000 nurses and 2,000 porters, 5,000 …": parts of something else first.
  if (parts.length < 2 || /\b(?:of|among|from)\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, parts[0].start - 10), parts[0].start))) return [];
  return parts;
}

/** The end of the parts: the closing bracket or dash of the one that opened them, else the clause. */
function clauseEnd(sentence: string, from: number, starter: string): number {
  const rest = sentence.slice(from, from + MAX_BREAKDOWN);
  // ", plus a coaching staff of eight": what comes after "plus" is added to the total, not one of its parts.
  const stop = starter === "(" ? /\)/.exec(rest) : /^[–—-]$/.test(starter) ? /\s[–—-]\s|[;.]\s|\.$|,\s+(?:but|while|plus)\b/.exec(rest) : /;|\.\s|\.$|,\s+(?:but|while|which|who|plus)\b/.exec(rest);
  // (", and the bidder will also take on £1.2bn of debt": what is added beside the total ends its parts too.)
  const added = starter === "(" ? null : ADDED_BESIDE.exec(rest);
  const end = Math.min(stop ? stop.index : rest.length, added ? added.index : rest.length);
  return from + end;
}

function compare(total: Quantity, parts: Part[], isPartial: boolean): Finding[] {
  // One part is a breakdown only as groups ("divided into five groups of four").
  if (parts.length < (isPartial || parts.some((p) => p.isGroups) ? 1 : 2)) return [];
  const sum = parts.reduce((s, part) => s + part.value, 0);
  // Rounding adds up: each figure with decimals may be off by half its last digit ("$2.5bn: $1.3bn and
  // $1.1bn" fits); whole figures are as written ("$4.5bn – $2bn, $1.5bn and $1.5bn" does not).
  const slack = [total, ...parts].reduce((s, q) => s + decimalSlack(q), 0);
  // (Exactly the whole slack apart cannot be: rounded half up, "4.2m" is at least 4.15m and "2.1m + 1.4m + 0.5m" under
  // it, so a difference of the full slack is a contradiction; a hair less is for floating point.)
  const within = slack > 0 ? slack - 1e-9 * Math.max(1, Math.abs(total.value)) : 0;
  if (isPartial ? sum <= total.value + within : Math.abs(sum - total.value) <= within) return [];
  return [{
    ruleId: totalMismatch.id,
    message: `The total is ${total.text.trim()}, but the parts add up to ${formatSum(sum)} (${parts.map((p) => p.text.trim()).join(" + ")}).`,
    // The parts may come before the total ("4,000 nurses and 2,000 porters … 5,000 in all").
    start: Math.min(total.start, parts[0].start),
    end: Math.max(total.end, parts[parts.length - 1].end),
  }];
}

// "six groups of four", "three teams of 11 players": a count of groups times their size.
type Part = Quantity & { isGroups?: boolean };
// "and one of 6": the noun may be left out after the first group.
const GROUPS_OF = /^\s+(?:[\p{L}’'-]+\s+)?of\s+$/u;

// "shared by the three councils, each paying £200,000", "split between four heirs, who got £50,000 each".
// (", with each getting £2m": "with" may open the clause of what each gets.)
const EACH_BETWEEN = /^\s+[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?,?\s+(?:(?:with\s+)?each\s+(?:[\p{L}]+\s+)?|(?:who|which)\s+(?:each\s+)?[\p{L}]+\s+)$/u;

/** "the three councils, each paying £200,000": one part of three times £200,000, when the count opens the parts. */
function perEach(sentence: string, breakdown: Breakdown, quantities: readonly Quantity[], total: Quantity): Part | null {
  // The parts' clause may go on past ", who": "the four winners, who got £250,000 each".
  const stop = /;|\.\s|\.$/.exec(sentence.slice(breakdown.from));
  const to = stop ? breakdown.from + stop.index : sentence.length;
  const inside = quantities.filter((q) => q.start >= breakdown.from && q.end <= to && !q.isYear);
  const [count, each] = inside;
  if (!count || !each || count.currency || count.isPercent || each.isPercent || each.currency !== total.currency) return null;
  if (!/^\s*(?:the\s+|its\s+|their\s+)?$/i.test(sentence.slice(breakdown.from, count.start))) return null;
  const between = sentence.slice(count.end, each.start);
  if (!EACH_BETWEEN.test(between) || !/\beach\b/i.test(between + sentence.slice(each.end, each.end + 6))) return null;
  return { ...each, value: count.value * each.value, start: count.start, text: sentence.slice(count.start, each.end), isGroups: true };
}

/** The parts with "six groups of four" read as one part of 24 (the "four" is no part of its own). */
function withGroupsMultiplied(sentence: string, parts: Quantity[]): Part[] {
  const result: Part[] = [];
  for (let i = 0; i < parts.length; i++) {
    const [count, size] = [parts[i], parts[i + 1]];
    if (size && !count.isPercent && !count.currency && GROUPS_OF.test(sentence.slice(count.end, size.start))) {
      result.push({ ...count, value: count.value * size.value, end: size.end, text: sentence.slice(count.start, size.end), isGroups: true });
      i++;
    } else result.push(count);
  }
  return result;
}

function formatSum(value: number): string {
  return Number(value.toFixed(2)).toLocaleString("en-US");
}
