import { countedUnit, findQuantities, isPowerOfTenApart, type Quantity } from "../numbers";
import { formatPercent, type ConsistencyRule, type Finding } from "../rule";
import { isApposition, isShareApposition } from "./apposition";
import { fractionsOffValue } from "./fraction-off-value";
import { partsOfWholes } from "./part-of-whole";
import { namesTheSameWhole } from "./same-whole";
import { isShareOfAWhole } from "./share-context";
import { isPartSetOffAtLength, isSubsetToldOf } from "./share-of-word";
import { isNextListedPart, isParticipleApposition, isPlainlyAnother, isShareAtEnd, OF_THE_TOTAL, PRECISE_BEFORE } from "./fraction-restated";

// "A quarter of the 400 workers": the count a fraction is taken of.
const OF_COUNT = /^\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[\p{L}’'-]+[’']s\s+)?$/iu;

/**
 * A fraction against the same share restated: "a third of adults (40%)", "one
 * in five voters, or 30%", "a quarter of the 400 workers, 150 people". Allowed:
 * 12% of the fraction (at least 2.5 points) for a plain fraction, twice that
 * after "about"/"some"; "nearly half" may be up to one and a half times that below half.
 */
export const fractionMismatch: ConsistencyRule = {
  id: "fraction-mismatch",
  description: "A fraction (“a third”, “one in five”) must match the percentage or count given for it.",
  check(sentence) {
    const quantities = findQuantities(sentence);
    const findings: Finding[] = [];
    quantities.forEach((first, i) => {
      const second = quantities[i + 1];
      if (!second) return;
      const fraction = first.isFraction ? first : second.isFraction ? second : null;
      if (!fraction) return;
      const other = fraction === first ? second : first;
      // ("Half the staff left, a 20% fall": a change is no restatement; "about half the appeal judges, about 35% of
      // the trial judges": a second figure with a whole of its own is another share.)
      // ("a tenth of the claim, or 20 per cent of what the union asked for": "or" says it is the same share put again.)
      // ("40 per cent of the catch, meaning a quarter of the fish": "meaning" says so too.)
      const saysSame = /^[\s\S]*[,(–—]\s*(?:or|that is|i\.e\.|meaning|in other words)\s/i.test(sentence.slice(first.end, second.start));
      // ("one in ten calls, 25% of the total,": "the total", "the whole" is the fraction's own whole named again.)
      // ("Nearly half the squad, 30 per cent of the players named": a group's members are its whole again.)
      const sameWhole = namesTheSameWhole(sentence, first, second);
      if (!saysSame && !sameWhole && /^\s+of\s+(?!(?:them|it|those|these|that|the\s+(?:total|whole))\b)/i.test(sentence.slice(second.end, second.end + 16))) return;
      // "a tenth of reported rapes, about one in four,": two fractions for one share. Only a fraction standing alone,
      // closed by a comma, bracket or dash ("one in five adults, one in three children" are two groups).
      // ("One farm in four – a fifth of the total –": the second fraction's whole named as the total is the first's.)
      const bothFractions = first.isFraction && second.isFraction && (sameWhole || /^\s*(?:[,);]|[–—]|\.?\s*$)/.test(sentence.slice(second.end, second.end + 3)) || OF_THE_TOTAL.test(sentence.slice(second.end, second.end + 20)));
      // ("a quarter of that among school leavers, 3% against 12%": a pair of figures compared, not the share restated.)
      if (COMPARED_PAIR.test(sentence.slice(second.end, second.end + 30))) return;
      // ("Half the staff left, a 20% fall": a change is no restatement.)
      // ("Of the 20 swimmers, half were European, 30 per cent American and a fifth from Asia": the next part of a list.)
      if (isNextListedPart(sentence, first, second)) return;
      if ((other.isFraction && !bothFractions) || !other.isPercent || other.isYear || !(isShareApposition(sentence, first, second) || isBoundedApposition(sentence, first, second) || isRateOfTheClause(sentence, first, second) || isShareMeaning(sentence, first, second) || isParticipleApposition(sentence, first, second) || isShareAtEnd(sentence, first, second)) || !(isShareOfAWhole(sentence, other) || isAmountedTo(sentence, other) || (saysSame && isLevelReached(sentence, other)))) return;
      if (tellsOfTheRest(sentence, other, fraction)) return;
      if (!allows(sentence, fraction, other, fraction.value, other.value, 100, JUST_OVER.test(sentence.slice(Math.max(0, fraction.start - 24), fraction.start))) || isAnotherFraction(fraction, other, 100)) findings.push(finding(first, second, `${fraction.text} is about ${formatPercent(round(fraction.value))}, not ${other.text.trim()}${other.isFraction ? ` (${formatPercent(round(other.value))})` : ""}.`));
    });
    // "330 of 650 seats, almost two-thirds", "25,000 of the 2.5 million objects, or 10%"
    for (const pair of partsOfWholes(sentence, quantities)) {
      const share = quantities.find((q) => q.start >= pair.end);
      // ("Some 180 of the 300 dairy farmers surveyed, three-quarters, said": the whole told of in a few words first.)
      if (!share || !share.isPercent || !(isApposition(sentence, pair.whole, share) || closesTheClause(sentence, pair.whole, share) || isPartSetOffAtLength(sentence, pair.whole, share) || isRateSetOff(sentence, pair.whole, share))) continue;
      const asFraction = { ...share, value: pair.share };
      if (!allows(sentence, share, asFraction, share.value, pair.share)) {
        findings.push(finding(pair.part, share, `${pair.part.text.trim()} of ${pair.whole.text.trim()} is ${formatPercent(round(pair.share))}, not ${share.text.trim()}.`));
      }
    }
    // "A quarter of the seats, 40 of the 120,", "just a fifth of its away games this season, nine of 15": a fraction
    // restated as a count of a count.
    for (const pair of partsOfWholes(sentence, quantities)) {
      const fraction = quantities[quantities.indexOf(pair.part) - 1];
      if (!fraction?.isPercent || fraction.isYear || !isShareApposition(sentence, fraction, pair.part) || !isShareOfAWhole(sentence, fraction)) continue;
      // ("A third of voters backed her, 60 of the 120 delegates": a count of something else the fraction's phrase does not name.)
      // ("one in three of the new buses, 55 of the 110 ordered": a participle after the whole names no other noun;
      // "a fifth of the art prize's shortlist, three of the 10 artists": nor does a count set off right after the
      // fraction's own noun phrase, with no verb between, which it counts.)
      const noun = countedUnit(pair.whole);
      const phrase = sentence.slice(fraction.end, pair.part.start);
      // ("a two-thirds supermajority, or 60 of the Senate's 100 votes": a majority or stake the fraction sizes is a
      // share of what the count counts, whatever its noun.)
      if (noun && !/ed$/.test(noun) && !isBareNounPhrase(phrase) && !SIZED_SHARE.test(phrase) && !phrase.toLowerCase().includes(noun.replace(/s$/, ""))) continue;
      const asShare = { ...pair.part, value: pair.share, isPercent: true };
      if (!allows(sentence, fraction, asShare, fraction.value, pair.share, 100, JUST_OVER.test(sentence.slice(Math.max(0, fraction.start - 24), fraction.start))) || isAnotherFraction(fraction, pair.part, pair.whole.value)) {
        findings.push(finding(fraction, pair.whole, `${fraction.text} is about ${formatPercent(round(fraction.value))}, not ${pair.part.text.trim()} of ${pair.whole.text.trim()} (${formatPercent(round(pair.share))}).`));
      }
    }
    // "a quarter of the 400 workers, 150 people", "about 40% of the 2,000 employees – 800 people"
    quantities.forEach((fraction, i) => {
      const whole = quantities[i + 1];
      const count = quantities[i + 2];
      if (!fraction.isPercent || !whole || !count || whole.isPercent || whole.isYear || count.isYear) return;
      const between = sentence.slice(fraction.end, whole.start);
      const isOfCount = OF_COUNT.test(between) || (/^half$/i.test(fraction.text) && /^\s+(?:the|its|their|all)\s+$/i.test(between));
      // ("A quarter of the 480 complaints referred to the tribunal, 160 in all, were upheld": the whole told of at length.)
      if (!isOfCount || !(isApposition(sentence, whole, count) || isPartSetOffAtLength(sentence, whole, count))) return;
      // ("Half of the 400 staff questioned, 120 of them women,": a subset of the whole, not the fraction's count.)
      if (isSubsetToldOf(sentence, count)) return;
      // "Well over half of the 600 members, between 35% and 40%,": the share restated as a percentage.
      if (count.isPercent) {
        if (fraction.isFraction !== count.isFraction && !allows(sentence, fraction, count, fraction.value, count.value)) {
          findings.push(finding(fraction, count, `${fraction.text} is about ${formatPercent(round(fraction.value))}, not ${count.text.trim()}.`));
        }
        return;
      }
      const expected = (fraction.value / 100) * whole.value;
      // ("4.1% of its 3.4 trillion zloty GDP, about 14bn zloty": a small share's tolerance, 2.5 points of a large whole,
      // may hold a slip of a power of ten, which no rounding of the share explains.)
      if (!allows(sentence, fraction, count, expected, count.value, whole.value) || isAnotherFraction(fraction, count, whole.value) || isPowerOfTenApart(expected, count.value)) {
        findings.push(finding(fraction, count, `${fraction.text} of ${whole.text.trim()} is ${round(expected)}, not ${count.text.trim()}.`));
      }
    });
    // "Of the 300 dairy farmers surveyed, three-quarters, or 180, said": the whole first, then the fraction and the
    // count it comes to.
    const whole = quantities[0];
    if (whole && !whole.isPercent && !whole.isYear && whole.value > 0 && WHOLE_FIRST.test(sentence.slice(0, whole.start))) {
      const [fraction, count] = [quantities[1], quantities[2]];
      const named = fraction && sentence.slice(whole.end, fraction.start);
      if (fraction?.isFraction && count && !count.isPercent && !count.isYear && count.currency === whole.currency && named !== undefined && WHOLE_TOLD_OF.test(named) && isApposition(sentence, fraction, count) && !isSubsetToldOf(sentence, count)) {
        const expected = (fraction.value / 100) * whole.value;
        if (!allows(sentence, fraction, count, expected, count.value, whole.value) || isAnotherFraction(fraction, count, whole.value)) {
          findings.push(finding(fraction, count, `${fraction.text} of ${whole.text.trim()} is ${round(expected)}, not ${count.text.trim()}.`));
        }
      }
    }
    // "Renewables' share of the grid rose to 0.4, or four per cent": a share written as a decimal, then as a percentage.
    quantities.forEach((decimal, i) => {
      const percent = quantities[i + 1];
      if (!percent?.isPercent || percent.isFraction || !isDecimalShare(sentence, decimal) || !isApposition(sentence, decimal, percent)) return;
      const asPercent = 100 * decimal.value;
      // ("0.4, or 0.4 per cent" says the figure twice; a decimal's rounding is half its last place.)
      const places = decimal.text.split(".")[1]?.length ?? 0;
      if (percent.value === decimal.value || Math.abs(percent.value - asPercent) <= Math.max(1, 50 * 10 ** -places)) return;
      findings.push(finding(decimal, percent, `A share of ${decimal.text} is ${formatPercent(round(asPercent))}, not ${percent.text.trim()}.`));
    });
    // "The shares slumped 32% on Tuesday, wiping a fifth off the company's value": the fall, then the fraction it took off.
    for (const { fall, fraction } of fractionsOffValue(sentence)) {
      if (!allows(sentence, fraction, fall, fraction.value, fall.value) || isAnotherFraction(fraction, fall, 100)) {
        findings.push(finding(fall, fraction, `${fraction.text} is about ${formatPercent(round(fraction.value))}, not the ${fall.text.trim()} fall.`));
      }
    }
    return findings;
  },
};

// A bare decimal below one reached by a share, proportion or fraction of something ("the share of the grid rose to
// 0.4"): not a share price ("shares fell to 0.4"), a rate or a change ("the index rose 0.4").
const DECIMAL_SHARE_BEFORE = /\b(?:share|proportion|fraction)\s+of\b[^,;:()–—]{0,40}\b(?:to|at|of|is|was|reached|hit)\s+(?:(?:about|around|roughly|some|nearly|almost|just\s+over|just\s+under)\s+)?$/i;

function isDecimalShare(sentence: string, q: Quantity): boolean {
  return !q.isPercent && !q.isYear && q.currency === null && /^0?\.\d+$/.test(q.text) && q.value > 0 && q.value < 1 && DECIMAL_SHARE_BEFORE.test(sentence.slice(Math.max(0, q.start - 60), q.start));
}

const WHOLE_FIRST = /^\s*(?:of|among)\s+(?:the|its|their|all|those)\s+$/i;
// The whole's noun, told of in up to six words with no verb of its own, then a comma: " dairy farmers surveyed, ".
const WHOLE_TOLD_OF = /^(?:\s+(?!(?:is|are|was|were|has|have|had|said|and|but)\b)[\p{L}’'-]+){1,6}\s*,\s*(?:(?:some|about|around|roughly|nearly|almost|just|only)\s+)?$/iu;

// "3% against 12%", "20% to 80%", "15% versus 60%": the figure is one of two compared.
const COMPARED_PAIR = /^\s+(?:against|versus|vs\.?|compared\s+with|to)\s+(?:(?:just|only|some|about|around|nearly|almost)\s+)?\d/i;

// "has climbed to 68 per cent, meaning nearly nine in ten": the level a share reached, said again as a fraction, is
// a share ("rose by 5%, or a twentieth" is a change, and "to" alone is no level: "from 10% to 20%").
const LEVEL_REACHED = /\b(?:rose|risen|climbed|fell|fallen|dropped|grew|grown|jumped|slipped|increased|decreased|declined)\s+to\s+(?:(?:almost|nearly|some|around|about|just)\s+)?$/i;

function isLevelReached(sentence: string, share: Quantity): boolean {
  return share.isPercent && !share.isFraction && LEVEL_REACHED.test(sentence.slice(Math.max(0, share.start - 30), share.start));
}

// "The 12,000 troops amount to 25% of the army": what a part amounts or is equal to is a share (not a level reached
// by a change, which "to" after a verb of change is).
const AMOUNTED_TO = /\b(?:amount|amounts|amounted|amounting|equal|equals|equalled|equalling|equivalent|came|comes|come|coming)\s+to\s+(?:(?:almost|nearly|some|around|about|roughly|just|only)\s+)?$/i;

// ("amount to 25% more than last year's": a change, not a share.)
const CHANGE_AFTER = /^\s*(?:more|less|higher|lower|fewer|up|down|rise|increase|fall|drop|cut|points?)\b/i;

function isAmountedTo(sentence: string, share: Quantity): boolean {
  return share.isPercent && !share.isFraction && AMOUNTED_TO.test(sentence.slice(Math.max(0, share.start - 30), share.start)) && !CHANGE_AFTER.test(sentence.slice(share.end, share.end + 12));
}

// "The side-effect rate of 12.5 per cent means one in four patients will be affected": a share said to mean a
// fraction, with no comma between, is that share put again. Not a change ("a 12.5% rise means one in four …", which
// is no share) nor a rate of money ("an interest rate of 5% means one in four borrowers will struggle": the fraction
// tells what the rate does, to another whole).
const MEANS = /^(?:\s+of\s+(?:the\s+|all\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?)?\s+(?:means|meant|would\s+mean|will\s+mean|equates\s+to|translates\s+(?:in)?to)\s+(?:(?:about|around|roughly|nearly|almost|some|just\s+over|just\s+under|only)\s+)?$/iu;
const MONEY_RATE_BEFORE = /\b(?:interest|inflation|growth|tax|tariff|vat|mortgage|discount|lending|borrowing|base|exchange|pay|wage|price|rent|fee|duty|levy|return|yield|savings|coupon)\s+(?:rate\s+)?(?:of\s+)?(?:(?:about|around|some|just|only)\s+)?$/i;

// "Some 60% of the electorate, barely a third, turned out": "barely" (scarcely, hardly, fully) bounds the share put again
// as "just" does; apposition.ts, which other rules share, does not list it, so it is read past here.
const BOUND_BEFORE = /(?<=[,(–—]\s*)(?:barely|scarcely|hardly|fully)\s+$/i;

function isBoundedApposition(sentence: string, first: Quantity, second: Quantity): boolean {
  const bound = BOUND_BEFORE.exec(sentence.slice(first.end, second.start));
  return bound !== null && isShareApposition(sentence, first, { ...second, start: second.start - bound[0].length });
}

function isShareMeaning(sentence: string, first: Quantity, second: Quantity): boolean {
  if (!first.isPercent || first.isFraction || !second.isFraction) return false;
  return MEANS.test(sentence.slice(first.end, second.start)) && !MONEY_RATE_BEFORE.test(sentence.slice(Math.max(0, first.start - 40), first.start));
}

// "One in four officers reported being assaulted on duty in the past year, a rate of 40 per cent": a clause opened by
// its fraction, then the rate or proportion it comes to, set off at its end. Not a contrast or a comparison
// ("…, against a rate of 10% among civilians", "…, up from a rate of 18%"), nor a fraction that is not the subject.
// The rate may be named ("an acceptance rate of", "a success rate of").
const RATE_OF = String.raw`,\s*(?:a|an|the)\s+(?:[\p{L}-]+\s+)?(?:rate|proportion|share)\s+of\s+(?:(?:some|about|around|roughly|nearly|almost|just|only|barely)\s+)?$`;
const RATE_OF_THE_CLAUSE = new RegExp(String.raw`^[^;:()–—]{1,90}` + RATE_OF, "iu");
// "worked in four cases out of five, a success rate of 45%", "won 11 of their 12 group matches, a success rate of
// 50%": the rate set off right after a share's own words (up to three) says the same share, whether or not the
// share is the clause's subject; not a rate of another setting ("…, a rate of 40% in the worst-run ward").
const RATE_SET_OFF = new RegExp(String.raw`^(?:\s+[\p{L}’'-]+){0,3}\s*` + RATE_OF, "iu");

function isRateSetOff(sentence: string, share: Quantity, rate: Quantity): boolean {
  return RATE_SET_OFF.test(sentence.slice(share.end, rate.start)) && !isOfAnotherSetting(sentence, rate);
}

function isOfAnotherSetting(sentence: string, rate: Quantity): boolean {
  return /^\s+(?:in|among|for|across|at|of)\b/i.test(sentence.slice(rate.end, rate.end + 10));
}
const CONTRAST = /\b(?:but|while|whereas|although|though|against|compared|than|versus|and)\b/i;
const OPENS_CLAUSE = /(?:^|[,;:]\s*)(?:(?:only|just|some|about|around|roughly|nearly|almost|more\s+than|fewer\s+than|less\s+than)\s+)?$/i;

function isRateOfTheClause(sentence: string, first: Quantity, second: Quantity): boolean {
  const between = sentence.slice(first.end, second.start);
  if (!first.isFraction || second.isFraction || isOfAnotherSetting(sentence, second)) return false;
  return isRateSetOff(sentence, first, second) || (RATE_OF_THE_CLAUSE.test(between) && !CONTRAST.test(between) && OPENS_CLAUSE.test(sentence.slice(Math.max(0, first.start - 16), first.start)));
}

const JUST_OVER = /\b(?:just|slightly|a\s+little|marginally|fractionally)\s+(?:over|above|more\s+than)\s+$/i;

// "Buses ran on time on 83 per cent of journeys, meaning roughly one in six was late": a fraction after the share that
// opens a clause of its own (its verb after it, a noun at most between) may tell of the rest; when it fits what the
// share leaves (17%) it is that other part. Set off with no verb ("…, or roughly one in six.") it is the share again,
// and so it is when the clause says what the share's did ("ran on time on 83% …, meaning one in six ran on time").
const OWN_CLAUSE_AFTER = /^\s+(?:of\s+(?:them|those|the\s+[\p{L}-]+)\s+|[\p{L}-]+\s+)?((?:was|were|is|are|had|have|has|did|went|ran|arrived|failed|missed|stayed|came|got|said)(?:\s+[\p{L}-]+)?)/iu;

function tellsOfTheRest(sentence: string, share: Quantity, fraction: Quantity): boolean {
  if (!fraction.isFraction || share.isFraction || share.end > fraction.start || share.value >= 100) return false;
  const predicate = OWN_CLAUSE_AFTER.exec(sentence.slice(fraction.end, fraction.end + 40))?.[1];
  if (!predicate || sentence.slice(0, fraction.start).toLowerCase().includes(predicate.toLowerCase())) return false;
  const rest = { ...share, value: 100 - share.value };
  return allows(sentence, fraction, rest, fraction.value, rest.value);
}

// "12 of the 18 bills sent to him, about a third.": a share ending the sentence, a few words after the whole, is its share.
const CLAUSE_THEN_SHARE = /^(?:\s+(?!(?:and|but|while|which|who|that|or)\b)[\p{L}’'-]+){1,4}\s*,\s*(?:(?:some|about|around|roughly|nearly|almost|just|only|or)\s+)*$/iu;

function closesTheClause(sentence: string, whole: Quantity, share: Quantity): boolean {
  return CLAUSE_THEN_SHARE.test(sentence.slice(whole.end, share.start)) && /^\s*(?:\.|$)/.test(sentence.slice(share.end));
}

// "Fewer than half of the 8,400 doctors, 3,100 in all": "fewer than", "less than", "under" are bounds, which anything
// below keeps; only "nearly", "almost", "just under" say how near ("nearly half (30%)" is no near miss).
const LOOSE_UNDER = /\b(?:fewer\s+than|less\s+than|under|below|up\s+to)\s+$/i;
const NEAR_WORD = /\b(?:just|nearly|almost|slightly|a\s+little|fractionally)\s+(?:fewer\s+than|less\s+than|under|below)\s+$/i;

function isLooseUnder(sentence: string, q: Quantity): boolean {
  const before = sentence.slice(Math.max(0, q.start - 25), q.start);
  return q.approx === "under" && LOOSE_UNDER.test(before) && !NEAR_WORD.test(before);
}

function allows(sentence: string, fraction: Quantity, other: Quantity, expected: number, actual: number, scale = 100, justOver = false): boolean {
  // Near the whole, the part left out is the finer measure: "nine in ten" leaves a tenth, so "roughly nine in ten" is
  // not 70% (three tenths left), though 12% of 90 would allow it. From three-quarters up, the tolerance is taken of
  // three times what is left out.
  const tolerance = Math.max((2.5 * scale) / 100, 0.12 * Math.min(expected, expected < scale ? 3 * (scale - expected) : expected));
  const approx = [fraction.approx, other.approx];
  // "nearly half (48%)", "almost two-thirds": a little under, not anything under, and over only by rounding ("just
  // under two-thirds, 70%" is over it).
  // A bound on one side: the other figure need only be on its side of it, give or take rounding.
  if (isLooseUnder(sentence, fraction)) return actual <= expected + tolerance;
  if (other.start !== fraction.start && isLooseUnder(sentence, other)) return expected <= actual + tolerance;
  if (approx.includes("under")) return actual <= expected + tolerance / 4 && actual >= expected - 1.5 * tolerance;
  // "just over half the 40 members, 18": over means at least, give or take rounding; "just over a quarter" is not
  // half ("just", "slightly", "a little" bound it above as well).
  if (approx.includes("over")) return actual >= expected - tolerance / 4 && (!justOver || actual <= expected + 2 * tolerance);
  // "about a third (40%)": a loose fraction; "half of the 300 staff, some 120": a rounded count, looser only by half.
  // ("Four-fifths, about 62%": a percentage is the finer figure; "about" on it loosens little, and so on a count of a
  // whole told, which is that percentage in other words: "three-quarters of the 400, some 250".)
  // ("Precisely three-fifths, 66 per cent": "exactly", "precisely" leave only the percentage's rounding.)
  if (fraction.approx === "exact" && PRECISE_BEFORE.test(sentence.slice(Math.max(0, fraction.start - 14), fraction.start))) return Math.abs(actual - expected) <= 1.5 * (scale / 100);
  // ("Roughly two-thirds of the grant money, 52 per cent": a loose fraction stretched past the plain tolerance to a
  // figure that is plainly another simple fraction, half, is that other fraction.)
  if (fraction.approx === "about" && scale === 100 && Math.abs(actual - expected) > tolerance && isPlainlyAnother(expected, actual)) return false;
  const slack = fraction.approx === "about" ? 2 * tolerance : other.approx === "about" ? (scale === 100 && !other.isPercent ? 2 : 1.25) * tolerance : tolerance;
  return Math.abs(actual - expected) <= slack;
}

// "Three-quarters of the council's 60 members, 40 in all": a count is exact, and 40 of 60 is exactly two-thirds, so a
// writer with that count in hand would not call it three-quarters, though 40 is within 12% of 45. Only plain figures
// (no "about", "nearly"), a whole of at least 10, a count at least 2 from the fraction's, and another fraction in
// halves, thirds, quarters or fifths that the count fits to within half of one ("a third of the 40 staff, 12" is 30%,
// no such fraction: allowed). So with a percentage of a whole of 100: "four in five, 75%" is three in four.
const SIMPLE_FRACTIONS = [2, 3, 4, 5].flatMap((d) => Array.from({ length: d - 1 }, (_, k) => (100 * (k + 1)) / d));

function isAnotherFraction(fraction: Quantity, count: Quantity, whole: number): boolean {
  if (fraction.approx !== "exact" || count.approx !== "exact" || whole < 10 || count.value > whole) return false;
  const expected = (fraction.value / 100) * whole;
  if (Math.abs(count.value - expected) < 2) return false;
  return SIMPLE_FRACTIONS.some((other) => Math.abs(other - fraction.value) > 1 && Math.abs((other / 100) * whole - count.value) <= 0.5);
}

// " supermajority, or ": the share a fraction sizes, set off at once, its restatement next.
const SIZED_SHARE = /^[\s-]+(?:super-?)?(?:majority|minority|stake|share|holding)\s*[,(–—]\s*(?:(?:or|that is|i\.e\.|some|about|around|roughly|nearly|almost|just|only)\s+)*$/i;

// " of the art prize's shortlist, ": the fraction's own noun phrase, a few words with no verb, then the count set off.
const BARE_NOUN_PHRASE = /^\s+of\s+(?:the|its|their|his|her)\s+(?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+\s*,\s*$/u;
const VERB_LIKE = /\b(?:[\p{L}]+ed|is|are|was|were|has|have|had|said|left|won|lost|took|made|got|went|quit|backed|voted)\b/iu;

function isBareNounPhrase(phrase: string): boolean {
  return BARE_NOUN_PHRASE.test(phrase) && !VERB_LIKE.test(phrase.replace(/^\s+of\s+\S+/, ""));
}

function finding(first: Quantity, second: Quantity, message: string): Finding {
  return { ruleId: fractionMismatch.id, message, start: first.start, end: second.end };
}

function round(value: number): number {
  return Number(value.toFixed(value < 10 ? 1 : 0));
}
