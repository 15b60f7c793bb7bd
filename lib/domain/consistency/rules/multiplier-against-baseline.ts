import { wordValue } from "../number-words";
import { countedUnit, decimalSlack, findQuantities, type Quantity } from "../numbers";
import type { ConsistencyRule, Finding } from "../rule";
import { crossesContrastClause, isOfAnotherThing, namesAnotherStandard, participleOfAnotherThing } from "./multiple-of-another";
import { OTHER_CHANGE_PHRASE, OTHER_THING_AFTER } from "./multiplier-mismatch";
import { multipleAgainstPair, multipleOfFigureAt } from "./multiple-against-pair";

// A multiple said in words against a level and the baseline it is measured from, however the two are worded:
// "cost £280 a year, half the old price of £420", "shrank to a quarter of their former level, down from €8m to €4m",
// "a third of the usual amount, at 30 hours compared with a norm of 60", "'cut in half' …; 6.3% against 8.4% then",
// "Prices have doubled … cost 80 cents last year now sells for 1.20 euros". multiplier-mismatch reads "from … to"
// pairs next to the word; this takes the sentence's only two comparable figures, when one of them is marked as the
// baseline (from, against, compared with, the old price of, last year, then), wherever they sit.
// (`isVerb`: a verb, which may take an object of its own: "…, doubling its profit margin".)
// The level a multiple is of: "the old price", "their former level", "the usual amount"; a word of scope or period may
// come first ("twice the monthly average", "half its pre-crisis peak").
const SCOPE = String.raw`(?:(?:monthly|weekly|daily|yearly|annual|seasonal|national|regional|local|global|long-term|historic(?:al)?|pre-\p{L}+)\s+)?`;
const LEVEL = "(?:old|former|previous|usual|normal|original|average|typical|expected|earlier|peak)";
function ofLevel(multiple: string, levels = LEVEL): RegExp {
  return new RegExp(String.raw`\b${multiple}\s+(?:the|its|their|his|her)\s+(?=${SCOPE}${levels}\b)`, "giu");
}
function foldFactor(match: RegExpMatchArray): number {
  const n = /^\d+$/.test(match[1]) ? Number(match[1]) : wordValue(match[1].toLowerCase());
  return /^(?:increase|rise|jump|gain|growth)$/i.test(match[2]) ? n : 1 / n;
}
// (`factorOf`: a factor read from the match, in place of `factor`.)
const FACTORS: { pattern: RegExp; factor: number; isVerb?: boolean; factorOf?: (match: RegExpMatchArray) => number }[] = [
  { pattern: /\b(?:doubled|doubling|has\s+doubled|have\s+doubled)\b(?!\s+down)/gi, factor: 2, isVerb: true },
  { pattern: /\b(?:tripled|trebled|tripling|trebling)\b/gi, factor: 3, isVerb: true },
  { pattern: /\bquadrupled\b/gi, factor: 4, isVerb: true },
  { pattern: /\b(?:halved|halving|cut\s+in\s+half|cut\s+by\s+half)\b(?!\s+an?\s)/gi, factor: 0.5, isVerb: true },
  // "half the old price", "a quarter of their former level", "a third of the usual amount", "twice last year's".
  { pattern: ofLevel(String.raw`half(?:\s+of)?`), factor: 0.5 },
  { pattern: ofLevel(String.raw`a\s+quarter\s+of`), factor: 0.25 },
  { pattern: ofLevel(String.raw`a\s+third\s+of`), factor: 1 / 3 },
  { pattern: ofLevel(String.raw`(?:twice|double)`, LEVEL.replace("|peak", "")), factor: 2 },
  // "a threefold increase on her debut's 1.2 million", "a fourfold fall on last year": a "-fold" change named as such
  // (a fold of a fall divides by it). One pattern for every number (a pattern each would cost a pass each).
  { pattern: /\b(two|three|four|five|six|seven|eight|nine|ten|\d+)[- ]?fold\s+(?=(increase|rise|jump|gain|growth|fall|drop|decline|decrease|reduction|cut)\b)/gi, factor: 0, factorOf: foldFactor },
  // "from £2 to £3.50, double what they were": the multiple of a level against its baseline, told after both.
  { pattern: /\b(?:twice|double)\s+(?=what\s+(?:it|they|he|she|we)\s+(?:was|were|had|cost|paid|earned|made)\b)/gi, factor: 2 },
  { pattern: /\b(?:triple|treble|three\s+times)\s+(?=what\s+(?:it|they|he|she|we)\s+(?:was|were|had|cost|paid|earned|made)\b)/gi, factor: 3 },
];
// "five times as common: 45 cases against 15", "a hundred times more sensitive … from 0.5 to 0.05": a multiple with
// its number, compared either way round (more sensitive may mean a lower threshold).
// ("one and a half times as many": the half is added.)
// ("three times longer … at 18 weeks compared with nine": any comparative of size or time.)
// ("two and a half times his current deal, at £300,000 a week compared with £150,000": a multiple of someone's own
// figure, told by a possessive.)
const TIMES = /\b(twice|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a\s+hundred|hundred|a\s+thousand|\d+(?:\.\d+)?)(\s+and\s+a\s+half)?\s+times\s+(?:as|more|less|higher|greater|bigger|larger|lower|smaller|fewer|faster|slower|longer|shorter|heavier|lighter|wider|deeper|cheaper|dearer|costlier|the|(?=(?:his|her|its|their)\b))\b/gi;

const OWN_FIGURE_SET_OFF = /^(?:\s*(?:[\p{L}’'-]+|(?:19|20)\d\d)){1,4}\s*(?:,|:|\(|[–—])\s*(?:(?:at|with|on)\s+)?(?:(?:about|around|some|roughly|nearly|almost)\s+)?$/u;

function timesFactor(word: string): number | null {
  const plain = word.toLowerCase().replace(/^a\s+/, "");
  if (plain === "twice") return 2;
  if (plain === "hundred") return 100;
  if (plain === "thousand") return 1000;
  const value = /^\d/.test(plain) ? Number(plain) : wordValue(plain);
  return value && value > 1 ? value : null;
}

// The baseline figure: "from €8m", "against 8.4% then", "compared with a norm of 60", "the old price of £420",
// "80 cents last year", "a year earlier".
// ("with 95mm against a normal 48mm", "compared with the usual 60": a word of the usual level may stand before the figure;
// not any word, since "against a budgeted 5,000" is a plan, not the baseline.)
// ("a threefold increase on her debut's 1.2 million": a change "on" a figure is measured from it.)
const CHANGE_ON_BEFORE = /\b(?:increase|rise|jump|gain|growth|fall|drop|decline|decrease|reduction|up|down)\s+on\s+(?:(?:the|its|their|his|her|a|an)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:[\p{L}-]+[’']s\s+)?(?:[\p{L}-]+\s+)?$/iu;
const BASELINE_BEFORE = /\b(?:from|against|compared\s+(?:with|to)|versus|vs\.?|than|old\s+price\s+of|norm\s+of|average\s+of|usual\s+of|former\s+level\s+of|previous(?:ly)?|was|were|had\s+been|then|originally)\s+(?:(?:a|an|the)\s+)?(?:\w+\s+of\s+)?(?:(?:normal|usual|average|typical|old|former|previous|original)\s+)?(?:about\s+|some\s+|around\s+)?$/i;
// ("nine goals last season", "40 a month earlier", "the previous year": any period, not only the year.)
const BASELINE_AFTER = /^\s*(?:\w+\s+){0,1}(?:then|last\s+(?:year|season|month|week|quarter|term|time)|(?:a|one|the)\s+(?:year|season|month|week|quarter|decade)\s+(?:earlier|ago|before)|the\s+(?:previous|prior)\s+(?:year|season|month|week|quarter)|in\s+(?:19|20)\d\d|before|previously|at\s+the\s+start)\b/i;
const NEAR_MULTIPLE = /\b(?:more\s+than|over|at\s+least)\s+$/i;
const UNDER_MULTIPLE = /\b(?:nearly|almost|close\s+to|not\s+quite|just\s+under|less\s+than)\s+$/i;
// "doubled its dividend … and raised its forecast from 5% to 7%": another verb of change between the word and the
// figures gives them to something else.
// ("since 2019, when the minimum wage went from £8 to £8.72"; a participle may tell the same change: "ten times more
// effective, cutting emissions from 40 to 20 grams".)
const OTHER_CHANGE = /\b(?:raised|rose|risen|rising|cut|lifted|increased|lowered|fell|fallen|grew|grown|dropped|reduced|boosted|climbed|jumped|soared|declined|slashed|trimmed|widened|narrowed|went|pushed|moved|expanded|shrank)\b/i;
// "Sales doubled and profits tripled, from £2m to £6m": another verb of multiple between the word and the figures gives
// them to the nearer one, as any other verb of change does.
const OTHER_MULTIPLE = /\b(?:doubled|doubling|tripled|trebled|tripling|trebling|quadrupled|halved|halving)\b/i;
const SAME_SUBJECT_PARTICIPLE = /,\s+(?:having\s+(?:been\s+)?(?:\p{L}+ly\s+)?\p{L}+|\p{L}+ing)(?=\s+(?:from|to)\s)/giu;
const LESS_THAN_MULTIPLE = /\b(?:less\s+than|under|below|fewer\s+than|not\s+even)\s+$/i;
const CENTS = /^(?:cents?|c|p|pence)$/i;
const CHANGE_WORDS = /\b(?:rose|fell|up|down|by|increased|decreased|grew|dropped|gained|lost|cut|raised)\s+$/i;

// "The £8.4m package is twice the £2.9m he received", "the wage bill, at £88m, is now double that of its rival, which
// spends £61m", "at 40%, the rate is half what it was, 80%": a multiple said as the complement of a verb of being
// compares the subject's figure, before it, with the figure after it, whatever marks that one (or nothing).
// ("twice as much as the £2.9m", "more than double Gatwick's 40.9 million", "twice last year's £2.9m".)
// "He earns £90,000, three times the £30,000 average", "worth £8.4m, twice the £2.9m": a multiple set off after the
// figure, or after "worth" or "equal to", says the same (a larger multiple only: "Of the 300 staff, half the 120 men"
// takes a part).
// ("six times the size of" is TIMES's; "three times smaller" reads either way round.)
const PREDICATE =
  /(?:\b(?:is|are|was|were|be|been|now|stands?\s+at|stood\s+at|worth|equal\s+to|equivalent\s+to|amounting\s+to|amounts?\s+to)|(?<=\S)\s*(?:,|\(|[–—]|\s-))\s+(?:(?:now|still|already|roughly|about|around|almost|nearly|more\s+than|less\s+than|over|just\s+over|just\s+under|close\s+to|not\s+quite|well\s+over|at\s+least)\s+)*(twice|double|triple|treble|quadruple|half|a\s+third\s+of|a\s+quarter\s+of|(?:two|three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?)\s+times)\s+(?:as\s+(?:much|many|high|large|big|long|great)\s+as\s+)?(?=(?:the|that|those|what|its|their|his|her)\b|(?:(?:last|this|next)\s+)?[\p{L}-]+[’']s?\s)/giu;
const PREDICATE_FACTORS: Record<string, number> = { twice: 2, double: 2, triple: 3, treble: 3, quadruple: 4, half: 0.5 };

function predicateFactor(word: string): number | null {
  const plain = word.toLowerCase().replace(/\s+/g, " ");
  if (plain in PREDICATE_FACTORS) return PREDICATE_FACTORS[plain];
  if (plain === "a third of") return 1 / 3;
  if (plain === "a quarter of") return 0.25;
  return timesFactor(plain.replace(/ times$/, ""));
}

type Level = { q: Quantity; value: number; kind: string };

function levelOf(q: Quantity, currencyOfOthers: string | null): Level {
  // "80 cents … 1.20 euros": cents and pence are hundredths of the other figure's currency.
  if (q.currency === null && CENTS.test(q.unit) && currencyOfOthers) return { q, value: q.value / 100, kind: currencyOfOthers };
  return { q, value: q.value, kind: q.isPercent ? "%" : (q.currency ?? `#${countedUnit(q)}`) };
}

function comparable(sentence: string, quantities: Quantity[], multiplier: { start: number; end: number }, dropPronouns = false): Level[] {
  // ("twice as big as the old one, which had 200": "one" after a determiner is a pronoun; read so only after a verb of
  // being, where the figures after it are the compared thing's, not "… the old one and employs 300 people".)
  const isPronoun = (q: Quantity) => /^one$/i.test(q.text) && /\b(?:the|a|an|this|that|each|every|any|no|which|its|their|his|her)\s+(?:[\p{L}-]+\s+)?$/iu.test(sentence.slice(Math.max(0, q.start - 24), q.start));
  const figures = quantities.filter((q) => !q.isYear && !q.isFraction && q.high === undefined && !(dropPronouns && isPronoun(q)) && (q.end <= multiplier.start || q.start >= multiplier.end));
  const currency = figures.find((q) => q.currency !== null)?.currency ?? null;
  const levels = figures.map((q) => levelOf(q, currency));
  const kinds = new Map<string, Level[]>();
  for (const level of levels) kinds.set(level.kind.startsWith("#") ? "#" : level.kind, [...(kinds.get(level.kind.startsWith("#") ? "#" : level.kind) ?? []), level]);
  // Only a sentence with exactly two figures of one kind, and no other figures of that kind, is read this way.
  const pairs = [...kinds.values()].filter((group) => group.length === 2);
  if (pairs.length !== 1 || levels.length > 3) return [];
  const [a, b] = pairs[0];
  // "Her salary is now £120,000, twice what she earned …, when she worked 60 hours a week against 48 now": a figure of
  // another kind set just before the multiple is what it multiplies, so the pair is of another measure.
  const justBefore = levels.filter((level) => level.q.end <= multiplier.start).at(-1);
  if (justBefore && justBefore !== a && justBefore !== b && /^[^;:.]{0,12}$/.test(sentence.slice(justBefore.q.end, multiplier.start))) return [];
  // Counts must be of the same thing: "30 hours … a norm of 60" (the unit may be left off once; "48 seconds … last
  // year's 20-second gap": a unit hyphened to its noun is singular).
  const singular = (kind: string) => kind.replace(/(?<=\p{L}{2})s$/u, "");
  if (a.kind.startsWith("#") && b.kind.startsWith("#") && singular(a.kind) !== singular(b.kind) && a.kind !== "#" && b.kind !== "#") return [];
  // A change ("up 5%") is not a level.
  if ([a, b].some((level) => CHANGE_WORDS.test(sentence.slice(Math.max(0, level.q.start - 12), level.q.start)) && !/from\s+$/i.test(sentence.slice(Math.max(0, level.q.start - 8), level.q.start)))) return [];
  return [a, b];
}

// "tripled to $90m, then halved to $60m", "halved to 300 tonnes, then doubled again", "tripled to 30,000 by 1950 and
// doubled again to 75,000": the level a change reached is the baseline of the change told after it. ("Then" or "again"
// says the second change starts where the first ended; a plain "and" may tell of two changes of one span.)
const CHANGE_VERB = `(?:\\p{L}+ly\\s+)?(?:${OTHER_MULTIPLE.source}|${OTHER_CHANGE.source})`;
const LEVEL_TAIL = String.raw`^(?:\s+\p{L}+|\s+(?:by|in)\s+(?:1[5-9]|20)\d\d)?\s*,?\s+`;
const THEN_CHANGED_AFTER = new RegExp(`${LEVEL_TAIL}(?:and\\s+)?then\\s+${CHANGE_VERB}|${LEVEL_TAIL}and\\s+${CHANGE_VERB}\\s+again\\b`, "iu");

function isChainStart(sentence: string, q: Quantity): boolean {
  return THEN_CHANGED_AFTER.test(sentence.slice(q.end, q.end + 50));
}

// "from £900 a month in 2014 to £1,450 last year": the figure after "from" is where a change started, the one after "to"
// (later in the sentence) where it ended, however each is dated.
function fromOfFromTo(sentence: string, levels: Level[]): Level | null {
  const [earlier, later] = levels[0].q.start < levels[1].q.start ? levels : [levels[1], levels[0]];
  const isFrom = /\bfrom\s+(?:(?:about|around|some|roughly)\s+)?$/i.test(sentence.slice(Math.max(0, earlier.q.start - 16), earlier.q.start));
  const isTo = /^[^,;()–—]*?\bto\s+(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over)\s+)?$/i.test(sentence.slice(earlier.q.end, later.q.start));
  return isFrom && isTo ? earlier : null;
}

function isBaseline(sentence: string, q: Quantity): boolean {
  // ("doubled to £9,000, against £3,000 for students in Scotland": another thing's figure, not an earlier one.)
  if (/\b(?:against|compared\s+(?:with|to)|versus|vs\.?)\s+$/i.test(sentence.slice(Math.max(0, q.start - 16), q.start)) && OTHER_THING_AFTER.test(sentence.slice(q.end, q.end + 40))) return false;
  return BASELINE_BEFORE.test(sentence.slice(Math.max(0, q.start - 40), q.start)) || CHANGE_ON_BEFORE.test(sentence.slice(Math.max(0, q.start - 50), q.start)) || BASELINE_AFTER.test(sentence.slice(q.end, q.end + 30)) || isChainStart(sentence, q);
}

export const multiplierAgainstBaseline: ConsistencyRule = {
  id: "multiplier-against-baseline",
  description: "A multiple in words (doubled, half the old price) must match the level and the baseline given.",
  check(sentence) {
    const quantities = findQuantities(sentence);
    const findings: Finding[] = [];
    // The multiples below (FACTORS, TIMES, predicateMultiples) are read only against a pair from comparable(), which keeps
    // only figures that are no year, fraction or range and needs two of them: with fewer, none can fire, so their
    // patterns are not run (the pair readers at the end find their own figures and still run).
    const mayPair = quantities.filter((q) => !q.isYear && !q.isFraction && q.high === undefined).length >= 2;
    for (const { pattern, factor: fixed, isVerb, factorOf } of mayPair ? FACTORS : []) {
      pattern.lastIndex = 0;
      for (const match of sentence.matchAll(pattern)) {
        const factor = factorOf ? factorOf(match) : fixed;
        if (!Number.isFinite(factor) || factor <= 0 || factor === 1) continue;
        const multiplier = { start: match.index, end: match.index + match[0].length };
        const pair = comparable(sentence, quantities, multiplier);
        if (pair.length !== 2) continue;
        const first = Math.min(pair[0].q.start, pair[1].q.start);
        const last = Math.max(pair[0].q.end, pair[1].q.end);
        // (Figures on both sides of the word: its own words are left out.)
        const between = first >= multiplier.end ? sentence.slice(multiplier.end, last) : last <= multiplier.start ? sentence.slice(first, multiplier.start) : `${sentence.slice(first, multiplier.start)} ${sentence.slice(multiplier.end, last)}`;
        // ("…, while the metal's price has roughly halved": a contrast clause's multiple is of its own subject.)
        const span = { start: first, end: last };
        // (", having climbed from £650 to £1,250", ", rising from …": a participle with no object of its own, right before
        // the figures, tells the same subject's change, so it is no other change.)
        const others = between.replace(SAME_SUBJECT_PARTICIPLE, ",");
        if (OTHER_CHANGE.test(others) || OTHER_MULTIPLE.test(others) || OTHER_CHANGE_PHRASE.test(others) || crossesContrastClause(sentence, multiplier, span)) continue;
        if (isVerb && participleOfAnotherThing(sentence, multiplier, first)) continue;
        // ("doubled to £4 in 2019 and then halved to £3 in 2021": both are dated, and the chain says which came first.)
        const dated = pair.filter((level) => isBaseline(sentence, level.q));
        const chained = dated.filter((level) => isChainStart(sentence, level.q));
        // ("rising from £900 a month in 2014 to £1,450 last year": both are dated, and "from … to" says which came first.)
        const fromFigure = dated.length === 2 && chained.length !== 1 ? fromOfFromTo(sentence, dated) : null;
        const baselines = dated.length === 2 && chained.length === 1 ? chained : fromFigure ? [fromFigure] : dated;
        if (baselines.length !== 1) continue;
        const base = baselines[0];
        const level = pair.find((p) => p !== base) as Level;
        if (base.value <= 0) continue;
        // "cut the limit from 30mph to 20mph, halving the number of crashes": the verb's object is another thing.
        if (isVerb && isOfAnotherThing(sentence, multiplier, { from: base.q, to: level.q })) continue;
        const ratio = level.value / base.value;
        const before = sentence.slice(Math.max(0, multiplier.start - 20), multiplier.start);
        // Within 12% of the multiple; "more than doubled" needs at least the multiple, "nearly halved" a bit less.
        const high = NEAR_MULTIPLE.test(before) ? (factor > 1 ? Infinity : factor * 1.12) : factor * 1.12;
        const low = UNDER_MULTIPLE.test(before) ? factor * (factor > 1 ? 0.7 : 1) : NEAR_MULTIPLE.test(before) && factor < 1 ? 0 : factor * 0.88;
        // "less than half its peak": anything below; "nearly halved": a little above half.
        const isBelow = LESS_THAN_MULTIPLE.test(before);
        const [min, max] = isBelow ? [0, factor * 1.05] : factor > 1 ? [low, high] : UNDER_MULTIPLE.test(before) ? [factor * 0.88, factor * 1.45] : [low, high];
        if (ratio >= min && ratio <= max) continue;
        findings.push({
          ruleId: multiplierAgainstBaseline.id,
          message: `“${match[0].trim()}” is ×${Number(factor.toFixed(2))}, but ${level.q.text.trim()} against ${base.q.text.trim()} is ×${Number(ratio.toFixed(2))}.`,
          start: Math.min(multiplier.start, base.q.start, level.q.start),
          end: Math.max(multiplier.end, base.q.end, level.q.end),
        });
      }
    }
    for (const match of mayPair ? sentence.matchAll(TIMES) : []) {
      const whole = match[2] && /^one$/i.test(match[1]) ? 1 : timesFactor(match[1]);
      const factor = whole !== null && match[2] ? whole + 0.5 : whole;
      const multiplier = { start: match.index, end: match.index + match[0].length };
      const pair = factor ? comparable(sentence, quantities, multiplier) : [];
      if (!factor || pair.length !== 2 || pair.some((level) => level.value <= 0)) continue;
      const baselines = pair.filter((level) => isBaseline(sentence, level.q));
      if (baselines.length !== 1) continue;
      // "… against 20,000 last year, three times as many as in 2010": another standard than the pair's earlier figure.
      if (namesAnotherStandard(sentence, multiplier, { from: baselines[0].q, to: pair.find((level) => level !== baselines[0])?.q ?? baselines[0].q })) continue;
      const first = Math.min(pair[0].q.start, pair[1].q.start);
      const gap = first >= multiplier.end ? sentence.slice(multiplier.end, first) : sentence.slice(first, multiplier.start);
      // ("three times its 2010 level, when she worked 60 hours a week against 48 now": a multiple of someone's own
      // figure is measured by the pair set off right after its noun, ", at £300,000 … compared with £150,000".)
      // (Only the possessive form ends in a space: the possessive is looked ahead to, not matched.)
      const isOwnFigure = /\s$/.test(match[0]);
      if (isOwnFigure && (first < multiplier.end || !OWN_FIGURE_SET_OFF.test(gap))) continue;
      if (OTHER_CHANGE.test(gap) || OTHER_CHANGE_PHRASE.test(gap) || crossesContrastClause(sentence, multiplier, { start: first, end: first })) continue;
      const ratio = Math.max(pair[0].value, pair[1].value) / Math.min(pair[0].value, pair[1].value);
      const before = sentence.slice(Math.max(0, multiplier.start - 20), multiplier.start);
      const low = LESS_THAN_MULTIPLE.test(before) ? 0 : UNDER_MULTIPLE.test(before) ? factor * 0.7 : factor * 0.88;
      const high = NEAR_MULTIPLE.test(before) ? Infinity : factor * 1.12;
      if (ratio >= low && ratio <= high) continue;
      findings.push({
        ruleId: multiplierAgainstBaseline.id,
        message: `“${match[0].trim()}” is ×${factor}, but ${pair[0].q.text.trim()} against ${pair[1].q.text.trim()} is ×${Number(ratio.toFixed(2))}.`,
        start: Math.min(multiplier.start, first),
        end: Math.max(multiplier.end, pair[0].q.end, pair[1].q.end),
      });
    }
    if (findings.length === 0 && mayPair) findings.push(...predicateMultiples(sentence, quantities));
    if (findings.length === 0) findings.push(...multipleAgainstPair(sentence, multiplierAgainstBaseline.id), ...multipleOfFigureAt(sentence, multiplierAgainstBaseline.id));
    return findings.slice(0, 1);
  },
};

// A clause, a year or another verb of change between the multiple and the later figure gives that figure to something
// else: "double that of 2015, and its rival spends £61m", "twice the 2019 level; costs rose to £5m", "double the 2019
// level of … £4m" (unless the figure is the year's, told after "when").
// ("twice the size of its last deal, values the firm at £5bn": after a comma, only a relative clause or a phrase that
// gives the figure keeps it the multiple's.)
const NEW_CLAUSE = /;|\b(?:but|while|whereas|although|though)\b|,\s+and\b/i;
const CLAUSE_AFTER = /,\s+(?!(?:which|who|whom|whose|where|when|at|with|on|against|compared|versus|or|that\s+is|some|about|around|roughly|nearly|almost|just)\b)/i;

const WHEN_SAME = /\bwhen\s+(?!(?:the|his|her|its|their|our|my|this|that|these|those)\b)(?!an?\s+[\p{L}-]+\s+of\b)/iu;

function predicateMultiples(sentence: string, quantities: Quantity[]): Finding[] {
  for (const match of sentence.matchAll(PREDICATE)) {
    const factor = predicateFactor(match[1]);
    const multiplier = { start: match.index + match[0].indexOf(match[1]), end: match.index + match[0].length };
    const pair = factor ? comparable(sentence, quantities, multiplier, true) : [];
    if (!factor || pair.length !== 2) continue;
    const [level, base] = pair[0].q.start < pair[1].q.start ? pair : [pair[1], pair[0]];
    // The subject's figure before the verb, the compared figure after the multiple.
    if (level.q.end > match.index || base.q.start < multiplier.end || base.value <= 0) continue;
    // Set off by a comma or a dash, the multiple follows its figure (a unit or a rate may come between: "£90,000 a year, …").
    const isSetOff = /^[\s,(–—-]/.test(match[0]);
    // ("$96m in its opening weekend, three times as much as the original's $40m": "as much as" compares amounts, so the
    // figure may be further back.)
    const wordsBack = /\bas\s+(?:much|many)\s+as\b/i.test(match[0]) ? 6 : 3;
    if (isSetOff && (factor < 1 || sentence.slice(level.q.end, match.index).split(/\s+/).filter((word) => /\p{L}/u.test(word)).length > wordsBack)) continue;
    const after = sentence.slice(multiplier.end, base.q.start);
    // ("three times what fans paid in the 1990s, when a seat cost £20": the year's own figure, told after "when", if "what"
    // names no thing of its own and the "when" clause names no other: not "double the price paid in 2010, when the block
    // was valued at £8m", "double what it was in 2005, when a bottle of wine cost £4".)
    const year = quantities.find((q) => q.isYear && q.start >= multiplier.end && q.end <= base.q.start);
    const yearsOwn = year !== undefined && /^\s*what\b/i.test(after) && WHEN_SAME.test(sentence.slice(year.end, base.q.start));
    if (NEW_CLAUSE.test(after) || CLAUSE_AFTER.test(after) || OTHER_CHANGE.test(after) || (year && !yearsOwn)) continue;
    if (OTHER_CHANGE.test(sentence.slice(level.q.end, match.index)) || NEW_CLAUSE.test(sentence.slice(level.q.end, match.index))) continue;
    // (Each figure's own rounding widens the ratio it allows: "2.4 million" may be 2.35 million.)
    const [ratioLow, ratioHigh] = [(level.value - decimalSlack(level.q)) / (base.value + decimalSlack(base.q)), (level.value + decimalSlack(level.q)) / Math.max(Number.EPSILON, base.value - decimalSlack(base.q))];
    const before = sentence.slice(match.index, multiplier.start);
    const isMore = NEAR_MULTIPLE.test(before);
    const isLess = LESS_THAN_MULTIPLE.test(before);
    const isNearly = UNDER_MULTIPLE.test(before) && !isLess;
    const isAbout = /\b(?:roughly|about|around)\s+$/i.test(before);
    // (A plain "twice" is said of ×1.85 to ×2.15 at most: "62,000 … twice that …, at 35,000" is ×1.77, nearly twice.)
    const [min, max] = isMore ? [factor * 0.95, Infinity] : isLess ? [0, factor * 1.05] : isNearly ? [factor * 0.7, factor * 1.02] : isAbout ? [factor * 0.8, factor * 1.2] : [factor * 0.92, factor * 1.08];
    if (ratioHigh >= min && ratioLow <= max) continue;
    const ratio = level.value / base.value;
    return [{
      ruleId: multiplierAgainstBaseline.id,
      message: `“${match[1]}” is ×${Number(factor.toFixed(2))}, but ${level.q.text.trim()} against ${base.q.text.trim()} is ×${Number(ratio.toFixed(2))}.`,
      start: Math.min(multiplier.start, level.q.start),
      end: Math.max(multiplier.end, base.q.end),
    }];
  }
  return [];
}
