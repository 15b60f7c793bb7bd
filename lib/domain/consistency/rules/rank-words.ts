import { findQuantities } from "../numbers";
import { PERFORMER } from "./rank-figures";
import { DOWN_SUPERLATIVES } from "./rank-vocabulary";

// The rank words rank-against-figures reads (superlatives, places, "topped the poll", "best" and "worst" by the good
// side of the share told), split out of it to keep each file small.
const ORDINALS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5 };
const UP = "biggest-selling|biggest|largest|tallest|highest|greatest|richest|heaviest|longest|widest|busiest|priciest|dearest|costliest|hottest|warmest|wettest|deepest|fastest|quickest|strongest|top|top-grossing|top-selling|best-selling|best-paid|highest-paid|leading|winning|most[-\\s](?:popular|expensive|valuable|visited|watched|profitable|successful|common|commonly|frequently)";
const DOWN = `${DOWN_SUPERLATIVES}|last`;
const RANK = new RegExp(`\\b(?:(second|third|fourth|fifth|sixth|2nd|3rd|4th|5th)[-\\s])?(${UP}|market\\s+leader|${DOWN})\\b`, "gi");
// "finished last", "came third", "in third place": a place in a contest.
// ("came first", "in first place"; not "was first elected".)
// ("climbed to fourth", "slipped to third place": the place reached; "ranks second for survival", "was ranked third".)
const PLACE = /\b(?:(?:finished|came|placed|ended|was|is|ranks|ranked|ranking)|(?:climbed|rose|moved|moved\s+up|slipped|dropped|fell|jumped)\s+to)\s+(last|second|third|fourth|fifth)\b|\b(?:finished|finishes|came|comes|placed|ended|ends|ranked|ranks|sank\s+to|slumped\s+to|dropped\s+to|fell\s+to)\s+(?:the\s+)?(bottom)(?=\s+(?:of|for|in)\b|[\s,]+(?:with|on|at)\b)|\b(?:finished|came|placed|ended|ranks|ranked)\s+(first)\b|\bin\s+(first|second|third|fourth|fifth|last)\s+place\b|\b(second|third|fourth|fifth)-placed\b/gi;
const ADVERBIAL_AFTER = /^\s+(?:(?:\p{L}+(?:ed|en))|seen|held|won|met|heard|run|built|set|sold|paid|put|made|told|done|known|shown|taken|given|drawn|found|hit|rung|sung|spotted)\b/iu;
// "topped the first ballot", "won the marathon", "led the poll": first in a contest named after the verb.
// ("leads the race with 46%": first now; "led the commodity gains with a 5% rise": first among the movers, by the size
// of the move.)
const WON = /\b(topped|tops|headed|heads|led|leads|won)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:poll|polls|ballot|vote|race|marathon|table|standings|charts?|list|final|contest|heat|round|league|field|sprint|event|rankings?|seat|ward|constituency|by-election|primary|gains|gainers|risers|losses|losers|fallers|declines)\b(?!\s+in\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|most|many|some|all)\b))/giu;
// "led every region for growth", "topped all 32 boroughs", "beat every other bidder": first among all of them.
// ("undercutting everyone except one rival", "beat every rival except one": all but the ones excepted, so a place
// after them; undercutting is a rank of cheapness.)
// ("outselling all but one rival": "all" with its exception and no noun between.)
const WON_ALL = /\b(topped|headed|led|beat|beating|outpaced|outpacing|outperformed|outperforming|outstripped|outstripping|outsold|outselling|outsells|outscored|outscoring|outpolled|outpolling|undercut|undercuts|undercutting)\s+(?:all(?=\s+(?:but|bar|save|except)\s+(?:one|two|three|four|[1-4])\b)|(?:everyone|everybody)\b|(?:every|all|each)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\s+)?(?:(?:other|of\s+the|of\s+its|of\s+their)\s+)?[\p{L}-]+)/giu;
// "produced 22,000 barrels a day, more than all but one of the others": a place told by those it exceeds (only with
// its exception: "more than all the others" may be their sum).
const THAN_ALL_BUT = /\b(more|higher|bigger|larger|greater|less|fewer|lower|smaller)\s+than\s+all(?=\s+(?:but|bar|save|except)\s+(?:one|two|three|four|[1-4])\b)/gi;
const EXCEPT_AFTER = /^\s+(?:except(?:\s+for)?|but|bar|save(?:\s+for)?|apart\s+from|other\s+than)\s+(one|two|three|four|[1-4])\b/i;
const EXCEPTED: Record<string, number> = { one: 1, two: 2, three: 3, four: 4 };
// ("won the election" is left alone: a party may win it with fewer votes than another; "topped the poll in 12 of the 20
// wards" ranks it in each ward, not overall.)
// "the three biggest parties", "the 20 largest economies": a group, not one thing ranked.
const GROUP_BEFORE = /\b(?:the|its|their)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)\s+$/i;
// "The biggest sellers were the Corolla, at 1.1 million, and the Golf, at 1.3 million", "the most commonly reported
// crimes are …": a plural ranked names a group, each of its members with its own figure.
const GROUP_AFTER = /^(?:[-\s]+(?!(?:is|was|has)\b)[\p{L}-]+){0,2}?\s+\p{Ll}+[^s\W]s\s+(?:were|are)\b/u;
// A change is no level: "the biggest fall, 12%", "the biggest gainer, up 8%", "the biggest winner, up 8 points to 15%".
const CHANGE_AFTER = /^\s*(?:fall|falls|faller|fallers|drop|drops|rise|rises|riser|risers|gain|gains|gainer|gainers|winner|winners|loser|losers|loss|losses|increase|increases|decline|declines|jump|cut|cuts|change|swing|margin|lead|majority)\b/i;
const MOVER_AFTER = /^\s+(?:risers?|gainers?|fallers?|losers?)\b/i;
// "scoring 74 against 71 for the next-lowest", "beat the next least popular, at 18%", "edged out the second-fastest": the
// rank of the rival the subject is set against, not the subject's own (so it leaves the subject's rank the only one).
const NEXT_BEFORE = /\bnext[-\s]$/i;
const RIVAL_PLACE_BEFORE = /\b(?:edged\s+out|edging\s+out|pipped|pipping|beat|beating|beats|ahead\s+of|outpacing|outpaced|overtaking|overtook)\s+(?:the|its)\s+$/i;

// ("the second-biggest loss in the league, £38m, behind the biggest of £42m": a plain superlative just after a cue that
// sets a rival against the subject is that rival's rank, told to name it.)
export const RIVAL_SUPERLATIVE_BEFORE = /\b(?:behind|trailing|trails|trailed|below|short\s+of|ahead\s+of|above|than)\s+(?:the|its|their)\s+$/i;

function isRivalsRank(sentence: string, start: number, hasOrdinal: boolean): boolean {
  const before = sentence.slice(Math.max(0, start - 24), start);
  return NEXT_BEFORE.test(before) || (hasOrdinal ? RIVAL_PLACE_BEFORE : RIVAL_SUPERLATIVE_BEFORE).test(before);
}
// "one of the highest", "at least ten": no rank of one thing.
const NOT_A_RANK_BEFORE = /\b(?:one\s+of\s+(?:the\s+)?(?:\w+[’']s\s+)?|at\s+)$/i;

/** `excepted`: a place said as all but some ("beat every rival except one"). */
/** `ofChange`: a faller or a riser, ranked by changes only. */
export type Rank = { start: number; end: number; text: string; word: string; place: number; up: boolean; excepted?: boolean; ofChange?: boolean };

// rank-against-figures reads the ranks of one sentence up to four times (its places, excepted places, ranks against
// figures, two places), and reading them is dear: the last sentence's ranks are kept. Each caller gets fresh copies
// (rankFindings flips `up`, twoPlaces sorts the list), so a cached read is the same as a new one: ranksIn depends on
// the sentence alone.
let cachedRanks: { sentence: string; ranks: readonly Rank[] } | null = null;

export function ranksIn(sentence: string): Rank[] {
  if (cachedRanks?.sentence !== sentence) cachedRanks = { sentence, ranks: readRanks(sentence) };
  return cachedRanks.ranks.map((rank) => ({ ...rank }));
}

// (Built once, not per rank word read.)
const DOWN_WORD = new RegExp(`^(?:${DOWN})$`, "i");

function readRanks(sentence: string): Rank[] {
  const ranks: Rank[] = [];
  for (const match of sentence.matchAll(RANK)) {
    if (GROUP_BEFORE.test(sentence.slice(Math.max(0, match.index - 12), match.index))) continue;
    if (isRivalsRank(sentence, match.index, match[1] !== undefined)) continue;
    if (GROUP_AFTER.test(sentence.slice(match.index + match[0].length, match.index + match[0].length + 50))) continue;
    // "Fraud is most commonly reported online": an adverb of how, no rank among others, without "the" or an owner.
    if (/^(?:most|least)\s+(?:commonly|frequently)$/i.test(match[2]) && !/(?:\b(?:the|its|their)|[’']s?)\s+$/i.test(sentence.slice(Math.max(0, match.index - 8), match.index))) continue;
    // ("one of the largest … against 1,200 at the city's biggest": kept, so that two rank words silence the sentence.)
    if (NOT_A_RANK_BEFORE.test(sentence.slice(Math.max(0, match.index - 24), match.index))) {
      ranks.push({ start: match.index, end: match.index + match[0].length, text: match[0], word: match[2], place: 0, up: true });
      continue;
    }
    // (A faller or a riser is ranked by its change, the only figures it is read against: "the biggest fallers on the
    // index, down 6.2%, while the housebuilder dropped 7.5%".)
    const mover = MOVER_AFTER.exec(sentence.slice(match.index + match[0].length, match.index + match[0].length + 14));
    if (!mover && CHANGE_AFTER.test(sentence.slice(match.index + match[0].length, match.index + match[0].length + 14))) continue;
    const word = match[2].toLowerCase();
    // "last" only as a place ("finished last"), not "last year".
    if (word === "last") continue;
    // ("come on top of 40 cuts": in addition to, not first; "on top of the table" is a place.)
    if (word === "top" && /\bon\s+$/i.test(sentence.slice(Math.max(0, match.index - 4), match.index)) && !ON_TOP_OF_A_TABLE.test(sentence.slice(match.index + match[0].length))) continue;
    const up = !DOWN_WORD.test(word);
    // ("the fastest-growing religion": the compound is the rank, so the words to its figure count from its end.)
    const compound = CHANGE_COMPOUND.exec(sentence.slice(match.index + match[0].length))?.[0] ?? "";
    const end = match.index + match[0].length + (mover?.[0].length ?? compound.length);
    ranks.push({ start: match.index, end, text: sentence.slice(match.index, end), word, place: match[1] ? ORDINALS[match[1].toLowerCase()] : 1, up, ...(mover ? { ofChange: true } : {}) });
  }
  // "ranked worst for A&E waits, with 68% of patients seen within four hours, compared with 61%": best and worst rank by
  // a share whose good side the sentence tells (seen, treated, passing, on time; waiting, late, failing).
  // (A performer with no share judged good or bad ranks by its change, a rise being good.)
  const polarity = /\b(?:best|worst)\b/i.test(sentence) ? (judgedPolarity(sentence) ?? (PERFORMER.test(sentence) ? "good" : measurePolarity(sentence))) : null;
  for (const match of polarity === null ? [] : sentence.matchAll(JUDGED)) {
    // ("compared with 64% at the next worst": the rival's rank.)
    if (GROUP_BEFORE.test(sentence.slice(Math.max(0, match.index - 12), match.index)) || isRivalsRank(sentence, match.index, match[1] !== undefined)) continue;
    const word = match[2].toLowerCase();
    const place = match[1] ? ORDINALS[match[1].toLowerCase()] : 1;
    const notARank = NOT_A_RANK_BEFORE.test(sentence.slice(Math.max(0, match.index - 24), match.index));
    ranks.push({ start: match.index, end: match.index + match[0].length, text: match[0], word, place: notARank ? 0 : place, up: (word === "best") === (polarity === "good") });
  }
  for (const match of sentence.matchAll(PLACE)) {
    // ("came bottom of the table" is last.)
    const word = (match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5]).replace(/^bottom$/i, "last").toLowerCase();
    // "it was last seen in 1986", "was third elected": before a participle the word says when or how, not a place.
    if (/^(?:was|is)\s/i.test(match[0]) && ADVERBIAL_AFTER.test(sentence.slice(match.index + match[0].length))) continue;
    // ("Inflation was last at 10% in 1982", "was last this high in 1990": when, not a place.)
    if (word === "last" && /^(?:was|is)\s/i.test(match[0]) && /^\s+(?:at|above|below|over|under|this|that|so|as|higher|lower|in\s+(?:19|20)\d\d)\b/i.test(sentence.slice(match.index + match[0].length))) continue;
    if (ranks.some((rank) => rank.start <= match.index + match[0].length && rank.end >= match.index)) continue;
    ranks.push({ start: match.index, end: match.index + match[0].length, text: match[0], word, place: word === "last" || word === "first" ? 1 : ORDINALS[word], up: word !== "last" });
  }
  for (const match of HARM.test(sentence) ? sentence.matchAll(SAFETY) : []) {
    if (GROUP_BEFORE.test(sentence.slice(Math.max(0, match.index - 12), match.index)) || isRivalsRank(sentence, match.index, match[1] !== undefined)) continue;
    const place = match[1] ? ORDINALS[match[1].toLowerCase()] : 1;
    const notARank = NOT_A_RANK_BEFORE.test(sentence.slice(Math.max(0, match.index - 24), match.index));
    ranks.push({ start: match.index, end: match.index + match[0].length, text: match[0], word: match[2].toLowerCase(), place: notARank ? 0 : place, up: !/^safest$/i.test(match[2]) });
  }
  for (const match of sentence.matchAll(RUNNER_UP)) {
    if (ranks.some((rank) => rank.start <= match.index + match[0].length && rank.end >= match.index)) continue;
    ranks.push({ start: match.index, end: match.index + match[0].length, text: match[0], word: "second", place: 2, up: true });
  }
  for (const match of sentence.matchAll(CHART_PLACE)) {
    const place = CHART_PLACES[match[1].toLowerCase()] ?? Number(match[1]);
    ranks.push({ start: match.index, end: match.index + match[0].length, text: match[0], word: "top", place, up: true });
  }
  for (const match of sentence.matchAll(NUMBERED)) {
    if (ranks.some((rank) => rank.start <= match.index + match[0].length && rank.end >= match.index)) continue;
    ranks.push({ start: match.index, end: match.index + match[0].length, text: match[0], word: "top", place: Number(match[1]), up: true });
  }
  for (const match of [...sentence.matchAll(WON), ...sentence.matchAll(WON_ALL), ...sentence.matchAll(THAN_ALL_BUT)]) {
    if (ranks.some((rank) => rank.start <= match.index + match[0].length && rank.end >= match.index)) continue;
    const word = match[1].toLowerCase();
    const except = EXCEPT_AFTER.exec(sentence.slice(match.index + match[0].length));
    const excepted = except ? (EXCEPTED[except[1].toLowerCase()] ?? Number(except[1])) : 0;
    const end = match.index + match[0].length + (except?.[0].length ?? 0);
    ranks.push({ start: match.index, end, text: sentence.slice(match.index, end), word, place: 1 + excepted, up: !/^(?:undercut|less|fewer|lower|smaller)/.test(word), ...(except ? { excepted: true } : {}) });
  }
  return ranks;
}

// "the district's safest ward, with 42 crimes per 1,000 people, compared with 38": safety is ranked by the harms counted,
// the safest having the fewest, the most dangerous the most; with no harm counted ("a safety rating of 92%") it is left
// alone.
const SAFETY = /\b(?:(second|third|fourth|fifth|2nd|3rd|4th|5th)[-\s])?(safest|most\s+dangerous|deadliest)\b/gi;
const HARM = /\b(?:crimes?|offences?|deaths?|injuries|accidents?|collisions?|crashes|casualties|fatalities|burglaries|assaults|murders|shootings|killings|killed|injured)\b/i;
// "finished as runner-up on 41%", "was runner-up with 39%": second in a contest, told as the subject's own place (not
// "the runner-up, on 30%", a rival named).
const RUNNER_UP = /\b(?:finished|finishes|came|comes|ended|ends|was|is)\s+(?:as\s+)?(?:the\s+)?runner-up\b/gi;
// "moved up to world No 2", "is ranked No 3": a place in a ranking reached (a bigger score ranks higher). ("The world
// No 2 finished the round on 68": a title with an article names the player, and the figure is of another contest.)
const NUMBERED = /\b(?<!\b(?:the|a|an|former|new|reigning|[\p{L}]+[’']s)\s)(?:world|ranked|seeded)\s+(?:No\.?\s?|number\s+)([1-9])\b(?!\.\d)/giu;
// "debuted at number one", "went straight in at No 2": a place in a chart entered (a peak is a best once, left alone).
const CHART_PLACE = /\b(?:debuted|debuts|entered|enters|went\s+(?:straight\s+)?in|came\s+in|landed|is|was|sits|sat|stayed|remained)\s+at\s+(?:number|No\.?)\s?(one|two|three|four|five|[1-5])\b(?!\.\d)/gi;
const CHART_PLACES: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5 };
const ON_TOP_OF_A_TABLE = /^\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:table|league|standings|poll|polls|charts?|list|rankings?|leaderboard|group|pile|field|world)\b/iu;
const CHANGE_COMPOUND = /^[-\s](?:growing|rising|expanding|increasing|shrinking|falling|declining|contracting)\b/i;
const JUDGED = /\b(?:(second|third|fourth|fifth|2nd|3rd|4th|5th)[-\s])?(best|worst)(?:-(?:performing|run|rated))?\b(?!-)/gi;
// A share of those served well or badly: "68% of patients seen within four hours", "62% of pupils passing", "80% of
// trains on time"; "12% waiting more than four hours", "9% of trains late".
const GOOD_SHARE = /^\s*(?:of\s+(?:[\p{L}&’'-]+\s+){0,3}?)?(?:were\s+|was\s+)?(?:seen|treated|passing|passed|meeting|met|achieving|achieved|on\s+time|vaccinated|recovered|satisfied|graduating|graduated|served|answered|diagnosed|discharged)\b/iu;
const BAD_SHARE = /^\s*(?:of\s+(?:[\p{L}&’'-]+\s+){0,3}?)?(?:were\s+|was\s+)?(?:waiting|waited|delayed|late|cancelled|failing|failed|missing|missed|unemployed|absent|dissatisfied|readmitted|abandoned|overdue)\b/iu;

// ("The worst-performing bank refunded 72% of scam victims": the verb may come before the share; "rejected 30% of
// claims" is bad.)
const GOOD_VERB_BEFORE = /\b(?:refunded|reimbursed|repaid|compensated|resolved|answered|vaccinated|treated)\s+(?:(?:about|some|just|only|nearly|almost|around)\s+)?$/i;
const BAD_VERB_BEFORE = /\b(?:rejected|refused|declined|turned\s+down|turned\s+away|failed)\s+(?:(?:about|some|just|only|nearly|almost|around)\s+)?$/i;

function judgedPolarity(sentence: string): "good" | "bad" | null {
  const polarities = new Set(findQuantities(sentence).filter((q) => q.isPercent && !q.isFraction).map((q) => {
    const after = sentence.slice(q.end, q.end + 50);
    const before = sentence.slice(Math.max(0, q.start - 24), q.start);
    if (BAD_VERB_BEFORE.test(before)) return "bad";
    if (GOOD_VERB_BEFORE.test(before)) return "good";
    return BAD_SHARE.test(after) ? "bad" : GOOD_SHARE.test(after) ? "good" : null;
  }).filter((p) => p !== null));
  return polarities.size === 1 ? [...polarities][0] : null;
}

// "Youth unemployment was worst in the north-east at 14.2 per cent": a measure that is bad to have much of ranks the
// worst highest, one good to have the best highest ("\bemployment" is not "unemployment").
const BAD_MEASURE = /\b(?:unemployment|joblessness|poverty|crime|burglar(?:y|ies)|shoplifting|obesity|truancy|absence|homelessness|deprivation|mortality|pollution|inflation|arrears)\b/i;
const GOOD_MEASURE = /\b(?:employment|attainment|survival|literacy|life\s+expectancy|punctuality|satisfaction|recycling|vaccination|pass\s+rates?)\b/i;

/** Whether the sentence's shares or measure are good to have more of ("punctuality", "68% of patients seen"), or bad. */
export function goodSide(sentence: string): "good" | "bad" | null {
  return judgedPolarity(sentence) ?? measurePolarity(sentence);
}

function measurePolarity(sentence: string): "good" | "bad" | null {
  const [bad, good] = [BAD_MEASURE.test(sentence), GOOD_MEASURE.test(sentence)];
  return bad === good ? null : bad ? "bad" : "good";
}
