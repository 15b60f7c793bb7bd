import { unitNamed } from "../measures";
import { countedUnit, findQuantities, roundingSlack, type Quantity } from "../numbers";
import type { ConsistencyRule, Finding } from "../rule";
import { isClockTime, raceTimes } from "./clock-time";
import { partsOfWholes } from "./part-of-whole";
import { beyondScope, isJointFigure, measuresRank, otherWholes, shareWholes } from "./rank-measures";

// A rank against the figures the sentence gives, wherever they sit: "finished last with 36%, against 31% and 33%",
// "the second-largest group, with 14 seats against 22 and 17", "The winning pumpkin weighed 312kg, short of the
// runner-up's 330kg", "Brightwell, with 1,200 residents, is the smallest of the three; Oakham has 900". The ranked
// thing's figure is the one of the compared kind nearest the rank word; every other figure of that kind is a rival.
// A superlative is contradicted by one rival beyond it, "second-largest" by two, and so on. rank-mismatch reads
// ranks against named rivals ("second only to"); this one needs figures.
const ORDINALS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5 };
const UP = "biggest-selling|biggest|largest|tallest|highest|greatest|richest|heaviest|longest|widest|busiest|priciest|dearest|costliest|hottest|warmest|wettest|deepest|fastest|quickest|top|top-grossing|top-selling|best-selling|best-paid|highest-paid|leading|winning|most\\s+(?:popular|expensive|valuable|visited|watched|profitable|successful|common)";
const DOWN = "smallest|lowest|coldest|coolest|driest|shallowest|slowest|least(?:\\s+(?:popular|expensive|valuable|visited|watched|profitable|successful|common))?|fewest|cheapest|shortest|poorest|lightest|narrowest|lowest-paid|worst-selling|last";
const RANK = new RegExp(`\\b(?:(second|third|fourth|fifth|sixth|2nd|3rd|4th|5th)[-\\s])?(${UP}|market\\s+leader|${DOWN})\\b`, "gi");
// "finished last", "came third", "in third place": a place in a contest.
// ("came first", "in first place"; not "was first elected".)
// ("climbed to fourth", "slipped to third place": the place reached; "ranks second for survival", "was ranked third".)
const PLACE = /\b(?:(?:finished|came|placed|ended|was|is|ranks|ranked|ranking)|(?:climbed|rose|moved|moved\s+up|slipped|dropped|fell|jumped)\s+to)\s+(last|second|third|fourth|fifth)\b|\b(?:finished|came|placed|ended|ranks|ranked)\s+(first)\b|\bin\s+(first|second|third|fourth|fifth|last)\s+place\b|\b(second|third|fourth|fifth)-placed\b/gi;
const ADVERBIAL_AFTER = /^\s+(?:(?:\p{L}+(?:ed|en))|seen|held|won|met|heard|run|built|set|sold|paid|put|made|told|done|known|shown|taken|given|drawn|found|hit|rung|sung|spotted)\b/iu;
// "topped the first ballot", "won the marathon", "led the poll": first in a contest named after the verb.
const WON = /\b(topped|headed|led|won)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:poll|polls|ballot|vote|race|marathon|table|standings|charts?|list|final|contest|heat|round|league|field|sprint|event|rankings?|seat|ward|constituency|by-election|primary)\b(?!\s+in\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|most|many|some|all)\b))/giu;
// "led every region for growth", "topped all 32 boroughs", "beat every other bidder": first among all of them.
const WON_ALL = /\b(topped|headed|led|beat|outpaced|outperformed|outstripped)\s+(?:every|all|each)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\s+)?(?:(?:other|of\s+the|of\s+its|of\s+their)\s+)?[\p{L}-]+/giu;
// ("won the election" is left alone: a party may win it with fewer votes than another; "topped the poll in 12 of the 20
// wards" ranks it in each ward, not overall.)
// Ranks won by the least time in a race: "won in 2:05:30", "finished second in 44.91 seconds", "the fastest lap".
const WON_BY_LEAST_TIME = /^(?:fastest|quickest|slowest|winning|won|topped|headed|led|top|leading|first|second|third|fourth|fifth|last)$/i;
// Ranks against one's own past or a narrower scope are not ranks among the figures given.
const OWN_HISTORY = /\b(?:ever|since|on\s+record|in\s+(?:\d+|a|[\w-]+)\s+(?:years|decades?|months)|for\s+(?:\d+|[\w-]+)\s+years|in\s+decades|so\s+far|to\s+date|yet|record)\b/i;
// "the three biggest parties", "the 20 largest economies": a group, not one thing ranked.
const GROUP_BEFORE = /\b(?:the|its|their)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)\s+$/i;
// A change is no level: "the biggest fall, 12%", "the biggest gainer, up 8%", "the biggest winner, up 8 points to 15%".
const CHANGE_AFTER = /^\s*(?:fall|falls|faller|fallers|drop|drops|rise|rises|riser|risers|gain|gains|gainer|gainers|winner|winners|loser|losers|loss|losses|increase|increases|decline|declines|jump|cut|cuts|change|swing|margin|lead|majority)\b/i;
// ("chosen by 140 children": "by" after no verb of change is the agent.)
// ("rising by 18 per cent", "falling 4.2 per cent": participles of change too.)
const CHANGE_BEFORE = /\b(?:(?:up|down|rose|risen|rising|fell|fallen|falling|gained|gaining|lost|losing|grew|grown|growing|dropped|dropping|increased|decreased|cut)(?:\s+by)?|up\s+from|down\s+from)\s+(?:(?:about|some|nearly|almost|just)\s+)?$/i;
// "one of the highest", "at least ten": no rank of one thing.
const NOT_A_RANK_BEFORE = /\b(?:one\s+of\s+(?:the\s+)?(?:\w+[’']s\s+)?|at\s+)$/i;
// "15 other nations", "$200 billion of it": a count of rivals, or a part of another figure.
const RIVAL_COUNT_AFTER = /^\s+(?:other|more|others)\b/i;
// "ten behind Mr Lindqvist", "one place above Barnsley", "three points clear": a gap between two levels, not a level.
// ("45.20 and ahead of Lind": a figure before a new clause is a level.)
// ("two fewer than runners-up Germany": a difference said with "more/fewer than" right after it.)
const GAP_AFTER = /^\s+(?:(?!(?:and|or|but|while|with|is|was|are|were|then)\b)[\p{L}]+\s+)?(?:behind|ahead|clear|adrift|short\s+of|above|below)\b|^\s+(?:more|fewer|less)\s+than\b/iu;
const TURNOUT_BEFORE = /\bturnout\s+(?:(?:was|is|of|at|stood\s+at|reached|hit|fell\s+to|rose\s+to)\s+)?(?:(?:about|some|just|only|nearly)\s+)?$/i;
const PART_OF_IT = /^\s+of\s+(?:it|them|those|which|whom)\b/i;
const RIVAL_CUE = /\b(?:ahead\s+of|against|beating|beat|behind|outpacing|outpaced|outstripping|outstripped|trailing|trailed|in\s+front\s+of|clear\s+of|than|compared\s+(?:with|to)|followed\s+by|next\s+to|rivals?|undercut|short\s+of|above|below|versus|vs\.?)\s+(?:(?:the|a|an|its|their)\s+)?(?:[\p{L}’'-]+\s+){0,3}?(?:(?:about|some|just|only|nearly)\s+)?$/iu;
// ("short of the 50% needed to avoid a run-off": what it takes is a bar too.)
const BAR_AFTER = /^\s*(?:threshold|target|limit|minimum|maximum|cap|bar|mark|hurdle|average|forecast|estimate|benchmark|ceiling|floor|needed|required|necessary)\b/i;
// ("in a market in which the average fund holds $2bn": what the average one has is a bar too.)
const BAR_BEFORE = /\b(?:threshold|target|limit|minimum|maximum|cap|average|forecast|estimate|benchmark|ceiling|floor)s?\s+(?:of\s+)?(?:(?:about|some|just|only|nearly)\s+)?$|\b(?:the|an)\s+average\s+(?:[\p{L}-]+\s+){0,2}?(?:holds|has|had|is|was|earns|earned|costs|cost|pays|paid|gets|got|takes|took|sells|sold)\s+(?:(?:about|some|just|only|nearly)\s+)?$/iu;
// "the three villages" after "the smallest of": the size of the set ranked.
const SET_SIZE_BEFORE = /\b(?:of|among)\s+(?:the|its|their|all)\s+$/i;
// "In descending order of size, £5,000, £7,500 and £2,000": an ordering said outright.
const ORDER = /\bin\s+(descending|ascending)\s+order\b/i;
// "a 12% share", "a 30% stake": what is ranked is the holder, not a counted noun.
const HOLDING = new Set(["share", "stake"]);

/** `isRise`: a rise in per cent ("grew 0.6%", "the FTSE's 2% gain"), kept only to compare with another rate. */
/** `isChange`: a change kept as the figure of a rank of change ("up 14%" beside "the fastest-growing"). */
type Figure = { q: Quantity; value: number; kind: string; unit: string; isRise?: boolean; isChange?: boolean };

/** The figure as written, with the sign the parser drops ("-12C"). */
function figureText(figure: Figure): string {
  const text = figure.q.text.trim();
  return figure.value < 0 && !/^[-−]/.test(text) ? `-${text}` : text;
}

function unitOf(q: Quantity): string {
  const unit = countedUnit({ ...q, unit: q.unit.replace(/^-/, "").replace(/s$/, "") });
  return HOLDING.has(unit) ? "" : unit;
}

// "grew 0.6% in the quarter, ahead of France at 0.8%": a rise beside a rival's rate is a rate too (falls are left alone:
// "fell 5%, below the index" may mean a worse fall).
const RISE_BEFORE = /\b(?:rose|risen|grew|grown|up|gained|increased|climbed|jumped|expanded)\s+(?:by\s+)?(?:(?:about|some|nearly|almost|just)\s+)?$/i;

// "the fastest-growing waiting list, up 14% on the year, while the ophthalmology list grew 19%": a rank of growth ranks
// by the changes themselves, so they are its figures (a change the other way counts against it: "fell 2%" is -2 of
// growth).
// ("the worst performer on the index, falling 4.2%, while a retailer dropped 6.8%": a performer ranks by its change,
// a rise being better.)
const RANK_OF_CHANGE = /\b(?:fastest|quickest|slowest)[-\s](?:(growing|rising|expanding|increasing)|(shrinking|falling|declining|contracting))\b|\b(?:best|worst)(?:[-\s]performing|\s+performers?)\b/i;
const PERFORMER = /\b(?:best|worst)(?:[-\s]performing|\s+performers?)\b/i;
const FALL_BEFORE = /\b(?:down|fell|fallen|falling|lost|losing|dropped|dropping|decreased|cut|shrank|shrunk|declined|declining)\s+(?:by\s+)?(?:(?:about|some|nearly|almost|just)\s+)?$/i;

function figuresIn(sentence: string, keepRises = false): Figure[] {
  const ofChange = RANK_OF_CHANGE.exec(sentence);
  const quantities = findQuantities(sentence);
  // "27 of the 60 seats": the whole is no rival.
  const wholes = new Set(partsOfWholes(sentence, quantities).map((pair) => pair.whole));
  const figures: Figure[] = [];
  // "at 1.9 billion euros, … offers of 2.3 billion": a bare scaled figure is in the sentence's one currency.
  const currencies = new Set(quantities.map((q) => q.currency).filter((c) => c !== null));
  // ("sold 3 million copies, against 4 million for the runner-up": not when a scaled figure names what it counts.)
  const countsScaled = quantities.some((q) => q.currency === null && !q.isPercent && unitOf(q) !== "" && /\d\s*(?:million|billion|trillion|bn|m)\b/i.test(q.text));
  const onlyCurrency = currencies.size === 1 && !countsScaled ? [...currencies][0] : null;
  // "second in the 400m in 44.91 seconds": beside a time taken, a bare "400m" or "10km" is the distance run, not millions.
  const times = raceTimes(sentence);
  const isRace = times.length > 0 || quantities.some((q) => /^(?:seconds?|secs?|s)$/.test(q.unit) && !q.isPercent);
  for (const q of quantities) {
    if (isRace && q.currency === null && /\d\s?(?:m|km)$/i.test(q.text)) continue;
    if (q.isYear || q.isFraction || wholes.has(q) || isClockTime(sentence, q) || /^[-\s]years?[-\s]old\b|^-year\b/i.test(sentence.slice(q.end, q.end + 12))) continue;
    // ("and the winner, aged 23, clocked 45.20": an age.)
    if (/\baged\s+$/i.test(sentence.slice(Math.max(0, q.start - 6), q.start))) continue;
    const isRise = keepRises && q.isPercent && RISE_BEFORE.test(sentence.slice(Math.max(0, q.start - 16), q.start));
    const isChange = CHANGE_BEFORE.test(sentence.slice(Math.max(0, q.start - 16), q.start));
    if (!isRise && isChange && !(ofChange && q.isPercent)) continue;
    // "beat Riverside 3-1", "a 220-213 vote": a score or a tally, not two figures.
    if (/^[-–]\d/.test(sentence.slice(q.end, q.end + 2)) || /\d[-–]$/.test(sentence.slice(Math.max(0, q.start - 2), q.start))) continue;
    if (RIVAL_COUNT_AFTER.test(sentence.slice(q.end, q.end + 10)) || GAP_AFTER.test(sentence.slice(q.end, q.end + 24))) continue;
    // "Turnout was 59.7%, … and the winning candidate took 41%": the share of the electorate that voted is no candidate's.
    if (TURNOUT_BEFORE.test(sentence.slice(Math.max(0, q.start - 30), q.start)) || /^\s*turnout\b/i.test(sentence.slice(q.end, q.end + 10))) continue;
    // "to clear the 4% threshold", "against a target of 5%": a bar, not a rival.
    if (BAR_AFTER.test(sentence.slice(q.end, q.end + 14)) || BAR_BEFORE.test(sentence.slice(Math.max(0, q.start - 24), q.start))) continue;
    if (SET_SIZE_BEFORE.test(sentence.slice(Math.max(0, q.start - 12), q.start)) && !q.isPercent && q.currency === null && q.value < 100) continue;
    // ("sold 3 million copies": a scaled figure with a noun of its own is a count.)
    const scaledBare = !q.isPercent && q.currency === null && unitOf(q) === "" && /\d\s*(?:million|billion|trillion|bn|m)\b/i.test(q.text);
    const kind = q.isPercent ? "%" : (q.currency ?? (scaledBare && onlyCurrency ? onlyCurrency : "#"));
    // "-5C", "minus 12C": the parser keeps no sign.
    // (Beside a rank of falling, a fall counts for it and a rise against it.)
    const isFall = FALL_BEFORE.test(sentence.slice(Math.max(0, q.start - 16), q.start));
    const against = ofChange !== null && isChange && isFall !== (ofChange[2] !== undefined);
    const sign = (NEGATIVE_BEFORE.test(sentence.slice(Math.max(0, q.start - 8), q.start)) ? -1 : 1) * (against ? -1 : 1);
    figures.push({ q, value: sign * q.value, kind, unit: unitOf(q), ...(isRise ? { isRise } : {}), ...(ofChange && isChange ? { isChange: true } : {}) });
    // "rates elsewhere range from 2.4% to 3.8%": both ends are rivals.
    if (q.high !== undefined) figures.push({ q, value: q.high, kind, unit: unitOf(q) });
  }
  // "won in 2:21:08, ahead of Tola in 2:20:31": a race time is a count of seconds.
  for (const time of times) {
    const q: Quantity = { value: time.seconds, start: time.start, end: time.end, isPercent: false, isYear: false, text: time.text, isFraction: false, approx: "exact", currency: null, unit: "second" };
    figures.push({ q, value: time.seconds, kind: "#", unit: "second" });
  }
  return figures.sort((a, b) => a.q.start - b.q.start);
}

/** The figures compared: money or shares before bare counts; counts of one unit (a unit may be left off). */
function comparedGroup(figures: Figure[]): Figure[] {
  const byKind = new Map<string, Figure[]>();
  for (const figure of figures) byKind.set(figure.kind, [...(byKind.get(figure.kind) ?? []), figure]);
  const candidates = [...byKind.entries()].filter(([, group]) => group.length >= 2).sort(([a], [b]) => Number(a === "#") - Number(b === "#"));
  if (candidates.length === 0) return [];
  const [kind, group] = candidates[0];
  if (kind !== "#") return group;
  // Counts of one unit, which may be left off after its first use ("1,200 residents … Oakham has 900"); counts of
  // several units ("6ft 4in and 100kg") are not compared.
  const units = new Set(group.map((figure) => figure.unit).filter((unit) => unit !== ""));
  return units.size <= 1 ? group : [];
}

function wordsBetween(sentence: string, a: { start: number; end: number }, b: { start: number; end: number }): number {
  const text = a.end <= b.start ? sentence.slice(a.end, b.start) : sentence.slice(b.end, a.start);
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

type Rank = { start: number; end: number; text: string; word: string; place: number; up: boolean };
const TIME_UNIT = /^(?:second|sec|s|minute|min|hour|hr|h|day|week)$/i;
const SPEED_UNIT = /^(?:mph|km\/h|kph|knot|mile|metre)$/i;

function ranksIn(sentence: string): Rank[] {
  const ranks: Rank[] = [];
  for (const match of sentence.matchAll(RANK)) {
    if (GROUP_BEFORE.test(sentence.slice(Math.max(0, match.index - 12), match.index))) continue;
    // ("one of the largest … against 1,200 at the city's biggest": kept, so that two rank words silence the sentence.)
    if (NOT_A_RANK_BEFORE.test(sentence.slice(Math.max(0, match.index - 24), match.index))) {
      ranks.push({ start: match.index, end: match.index + match[0].length, text: match[0], word: match[2], place: 0, up: true });
      continue;
    }
    if (CHANGE_AFTER.test(sentence.slice(match.index + match[0].length, match.index + match[0].length + 14))) continue;
    const word = match[2].toLowerCase();
    // "last" only as a place ("finished last"), not "last year".
    if (word === "last") continue;
    const up = !new RegExp(`^(?:${DOWN})$`, "i").test(word);
    // ("the fastest-growing religion": the compound is the rank, so the words to its figure count from its end.)
    const compound = CHANGE_COMPOUND.exec(sentence.slice(match.index + match[0].length))?.[0] ?? "";
    ranks.push({ start: match.index, end: match.index + match[0].length + compound.length, text: match[0] + compound, word, place: match[1] ? ORDINALS[match[1].toLowerCase()] : 1, up });
  }
  // "ranked worst for A&E waits, with 68% of patients seen within four hours, compared with 61%": best and worst rank by
  // a share whose good side the sentence tells (seen, treated, passing, on time; waiting, late, failing).
  // (A performer with no share judged good or bad ranks by its change, a rise being good.)
  const polarity = /\b(?:best|worst)\b/i.test(sentence) ? (judgedPolarity(sentence) ?? (PERFORMER.test(sentence) ? "good" : null)) : null;
  for (const match of polarity === null ? [] : sentence.matchAll(JUDGED)) {
    if (GROUP_BEFORE.test(sentence.slice(Math.max(0, match.index - 12), match.index))) continue;
    const word = match[2].toLowerCase();
    const place = match[1] ? ORDINALS[match[1].toLowerCase()] : 1;
    const notARank = NOT_A_RANK_BEFORE.test(sentence.slice(Math.max(0, match.index - 24), match.index));
    ranks.push({ start: match.index, end: match.index + match[0].length, text: match[0], word, place: notARank ? 0 : place, up: (word === "best") === (polarity === "good") });
  }
  for (const match of sentence.matchAll(PLACE)) {
    const word = (match[1] ?? match[2] ?? match[3] ?? match[4]).toLowerCase();
    // "it was last seen in 1986", "was third elected": before a participle the word says when or how, not a place.
    if (/^(?:was|is)\s/i.test(match[0]) && ADVERBIAL_AFTER.test(sentence.slice(match.index + match[0].length))) continue;
    // ("Inflation was last at 10% in 1982", "was last this high in 1990": when, not a place.)
    if (word === "last" && /^(?:was|is)\s/i.test(match[0]) && /^\s+(?:at|above|below|over|under|this|that|so|as|higher|lower|in\s+(?:19|20)\d\d)\b/i.test(sentence.slice(match.index + match[0].length))) continue;
    if (ranks.some((rank) => rank.start <= match.index + match[0].length && rank.end >= match.index)) continue;
    ranks.push({ start: match.index, end: match.index + match[0].length, text: match[0], word, place: word === "last" || word === "first" ? 1 : ORDINALS[word], up: word !== "last" });
  }
  for (const match of [...sentence.matchAll(WON), ...sentence.matchAll(WON_ALL)]) {
    if (ranks.some((rank) => rank.start <= match.index + match[0].length && rank.end >= match.index)) continue;
    ranks.push({ start: match.index, end: match.index + match[0].length, text: match[0], word: match[1].toLowerCase(), place: 1, up: true });
  }
  return ranks;
}

const CHANGE_COMPOUND = /^[-\s](?:growing|rising|expanding|increasing|shrinking|falling|declining|contracting)\b/i;
const JUDGED = /\b(?:(second|third|fourth|fifth|2nd|3rd|4th|5th)[-\s])?(best|worst)(?:-(?:performing|run|rated))?\b(?!-)/gi;
// A share of those served well or badly: "68% of patients seen within four hours", "62% of pupils passing", "80% of
// trains on time"; "12% waiting more than four hours", "9% of trains late".
const GOOD_SHARE = /^\s*(?:of\s+(?:[\p{L}&’'-]+\s+){0,3}?)?(?:were\s+|was\s+)?(?:seen|treated|passing|passed|meeting|met|achieving|achieved|on\s+time|vaccinated|recovered|satisfied|graduating|graduated|served|answered|diagnosed|discharged)\b/iu;
const BAD_SHARE = /^\s*(?:of\s+(?:[\p{L}&’'-]+\s+){0,3}?)?(?:were\s+|was\s+)?(?:waiting|waited|delayed|late|cancelled|failing|failed|missing|missed|unemployed|absent|dissatisfied|readmitted|abandoned|overdue)\b/iu;

function judgedPolarity(sentence: string): "good" | "bad" | null {
  const polarities = new Set(findQuantities(sentence).filter((q) => q.isPercent && !q.isFraction).map((q) => {
    const after = sentence.slice(q.end, q.end + 50);
    return BAD_SHARE.test(after) ? "bad" : GOOD_SHARE.test(after) ? "good" : null;
  }).filter((p) => p !== null));
  return polarities.size === 1 ? [...polarities][0] : null;
}

function orderFindings(sentence: string, figures: Figure[]): Finding[] {
  const order = ORDER.exec(sentence);
  if (!order) return [];
  const group = comparedGroup(figures.filter((figure) => figure.q.start > order.index));
  if (group.length < 3) return [];
  const descending = order[1].toLowerCase() === "descending";
  const broken = group.some((figure, i) => i > 0 && (descending ? figure.value > group[i - 1].value : figure.value < group[i - 1].value));
  if (!broken) return [];
  return [{
    ruleId: rankAgainstFigures.id,
    message: `Said to be in ${order[1].toLowerCase()} order, but ${group.map((f) => f.q.text.trim()).join(", ")} are not.`,
    start: order.index,
    end: group[group.length - 1].q.end,
  }];
}

// A place beside a rival and the rival's figure: "Oxford climbed to fourth on 58 points, one place above Barnsley on 61",
// "second in 44.91 seconds, behind the winner Okafor on 45.20", "Labour, on 31%, trails the Tories on 28%". The subject's
// figure comes first; ahead of, above, beating or outpacing a rival needs more than the rival's figure, behind, below or
// trailing less. In a race the least time is ahead, and above and below say nothing of times.
const AHEAD_OF = /\b(?:ahead\s+of|in\s+front\s+of|clear\s+of|above|beating|outpacing|outpaced|outstripping|outstripped|outscoring|outscored|outpolling|outpolled|overtaking|overtook|overtaken|pipping|pipped)\s+(?!by\b)/gi;
const BEHIND = /\b(?:behind|below|trailing|trailed|trails|trail|adrift\s+of|beaten\s+by|pipped\s+by|overtaken\s+by|outpaced\s+by)\s+/gi;
const TIMED = /\b(?:clocked|ran|swam|timed|lap|in\s+a\s+time|time\s+of)\b/i;
const LITERAL_CUE = /^(?:above|below)\b/i;
const PLACED_CUE = /^(?:above|below|behind|in\s+front\s+of)\b/i;
// A length (measures.ts's table) or a count of floors: "3 miles ahead of the lifeboat", "two storeys above".
const isLengthUnit = (word: string) => unitNamed(word)?.dimension === "length" || /^(?:storeys?|floors?)$/i.test(word);
// The rival named, then its figure: "Barnsley on 61", "the winner Okafor on 45.20", "Hillcrest's 6,000", "Ethiopia's
// Tola, who crossed the line in 2:20:31".
// ("trailed in the polls at 48%": no rival is named, so the figure is the subject's; "overtaking Vestas, on 31%";
// "behind only Guildford (£580,000)": the figure may be bracketed after the name.)
const RIVAL_FIGURE = /^(?!(?:in|at|on|with|by|for|to|from|of|them|him|her|it|us|me)\b)(?:(?:the|a|an|its|their|his|her)\s+)?(?:(?!(?:after|before|since|for|from|over|under|until|within|than|to|per|across|through|during)\s)[\p{L}’'.-]+(?:\s+|(?=,))){0,4}?(?:,\s*(?:who|which)\s+(?:[\p{L}’'-]+\s+){1,5}?)?(?:,?\s*(?:on|with|at|in|polling|scoring|taking|up)\s+|\s*\(\s*)?(?:(?:about|some|just|only|nearly)\s+)?(?:[-−]|minus\s+)?$/u;
// ("Burnley after 40 games": a figure after another preposition is no level of the rival's.)
// Golf and rankings count down: "two shots ahead of Jones on 70", "world No 3, ahead of the No 5".
const COUNTS_DOWN = /\b(?:shots?|strokes?|par|birdies?|No\.?\s*\d|ranked|rankings?|position)\b/i;

// Not a level to rank by: a number in a name ("the FTSE 100", "Formula 1"), a change ("behind the 20% rise"), a place
// ("in 12th, behind Smith in 8th").
const NAME_BEFORE = /(?<!^)\b(?!(?:On|With|At|In|By|For)\s)(?:\p{Lu}[\p{L}&]*|S&P)\s$/u;
const NEGATIVE_BEFORE = /(?:^|[\s(])[-−–]$|\bminus\s+$/i;
const CHANGE_NOUN_AFTER = /^[-\s]+(?:rise|rises|fall|falls|increase|drop|cut|jump|decline|growth|gain|loss|hike|swing)\b/i;
const RISE_NOUN_AFTER = /^[-\s]+(?:rise|rises|increase|jump|growth|gain)\b/i;

function isLevel(sentence: string, figure: Figure): boolean {
  const before = sentence.slice(Math.max(0, figure.q.start - 16), figure.q.start);
  const after = sentence.slice(figure.q.end, figure.q.end + 12);
  // ("ahead of the FTSE's 2% gain": a rise, compared with a rise.)
  if (figure.q.isPercent && RISE_NOUN_AFTER.test(after)) figure.isRise = true;
  else if (CHANGE_NOUN_AFTER.test(after)) return false;
  if (/^(?:st|nd|rd|th)$/i.test(figure.q.unit) && /^\d/.test(figure.q.text) && /^(?:st|nd|rd|th)\b/i.test(sentence.slice(figure.q.end, figure.q.end + 3))) return false;
  return figure.q.isPercent || figure.q.currency !== null || !NAME_BEFORE.test(before);
}

// "Toyota's 10.3 million sales put it behind Volkswagen, which sold 9.2 million vehicles": a count of sales is one of
// the things another is said to have sold.
const SALES = /^(?:sale|unit-sale)$/i;
const SOLD_BEFORE = /\b(?:sold|sells|selling|sell)\s+(?:(?:about|some|just|only|nearly|almost|over)\s+)?$/i;

function sameCount(sentence: string, a: Figure, b: Figure): boolean {
  if (a.unit === b.unit || a.unit === "" || b.unit === "") return true;
  const sold = (f: Figure) => SOLD_BEFORE.test(sentence.slice(Math.max(0, f.q.start - 16), f.q.start));
  return (SALES.test(a.unit) && sold(b)) || (SALES.test(b.unit) && sold(a));
}

function rivalFindings(sentence: string): Finding[] {
  if (COUNTS_DOWN.test(sentence)) return [];
  const figures = figuresIn(sentence, true).filter((figure) => isLevel(sentence, figure));
  const isTimed = TIMED.test(sentence) || findQuantities(sentence).some((q) => !q.isPercent && TIME_UNIT.test(q.unit.replace(/s$/, "")));
  const cues = [...sentence.matchAll(AHEAD_OF)].map((m) => ({ m, ahead: true })).concat([...sentence.matchAll(BEHIND)].map((m) => ({ m, ahead: false })));
  const rivalOf = (cueEnd: number) => figures.find((f) => f.q.start >= cueEnd && f.q.start - cueEnd <= 70 && RIVAL_FIGURE.test(sentence.slice(cueEnd, f.q.start)) && /\p{L}/u.test(sentence.slice(cueEnd, f.q.start)));
  const rivalFigures = new Set(cues.map(({ m }) => rivalOf(m.index + m[0].length)).filter((f) => f !== undefined));
  const wholes = shareWholes(sentence, figures.map((figure) => figure.q));
  for (const { m, ahead } of cues) {
    const cueEnd = m.index + m[0].length;
    const rival = rivalOf(cueEnd);
    if (!rival) continue;
    // The subject's figure: the nearest before the cue that is no rival's, of the same kind and unit.
    // ("topped the table on 30 points after 12 games", "90 points from 38 games": a count after "after", "since" or "from"
    // is no level.)
    const own = figures.filter((f) => f.q.end <= m.index && !rivalFigures.has(f) && f.kind === rival.kind && sameCount(sentence, f, rival) && !/\b(?:after|before|since|until|within|during|per|across|through|from|out\s+of)\s+$/i.test(sentence.slice(Math.max(0, f.q.start - 8), f.q.start))).at(-1);
    if (own && rival.isRise && !own.isRise) continue;
    if (!own || wordsBetween(sentence, own.q, { start: m.index, end: cueEnd }) > 8 || /;|\b(?:but|while|whereas|although|though)\b/i.test(sentence.slice(own.q.end, m.index))) continue;
    // "ahead of Vestas, which had 31% in 2020", "above Spurs, who had 55 at this stage last season": the rival then, not
    // now (unless the subject's figure is of another time too).
    // "Amazon, with 31% of the cloud market, is ahead of Microsoft, which gets 40% of its revenue from cloud": shares of
    // two wholes.
    if (otherWholes(wholes, own.q, rival.q)) continue;
    // ("The ruling party, which won 55% in 2019, is now behind the opposition": the subject then, the rival now.)
    if (OTHER_TIME_AFTER.test(sentence.slice(rival.q.end, rival.q.end + 60)) !== OTHER_TIME_AFTER.test(sentence.slice(own.q.end, m.index))) continue;
    // "The FTSE 100, up 2% at 7,600, was ahead of the Dax at 16,000", "rose 4% to 250p, ahead of Sainsbury's at 280p": a
    // level told with its change is ranked by the change.
    if (!own.isRise && CHANGED_LEVEL_BEFORE.test(sentence.slice(Math.max(0, own.q.start - 24), own.q.start))) continue;
    // "The team, with a £40m budget, finished ahead of Leeds, who spent £90m": what was spent is no standing, unless
    // spending is what is ranked ("spent £90m, behind Chelsea on £120m" compares it; one outlay beside a standing does
    // not).
    const outlays = [own, rival].filter((f) => isOutlay(sentence, f)).length;
    if (outlays === 1 || (outlays === 2 && STANDING_BEFORE_CUE.test(sentence.slice(Math.max(0, m.index - 30), m.index)))) continue;
    // ("clocked 37.61, 0.18 seconds behind the US on 37.43": a race told by its gap or its verb is timed too.)
    const isTime = (isTimed || [own, rival].some((f) => TIME_UNIT.test(f.unit))) && [own, rival].every((f) => f.unit === "" || TIME_UNIT.test(f.unit));
    if (isTime && LITERAL_CUE.test(m[0])) continue;
    // "The barrier, 20 metres high, sits behind a 5-metre sea wall": beside lengths, behind, above and below are places.
    if (PLACED_CUE.test(m[0]) && [own, rival].some((f) => isLengthUnit(f.unit) || isLengthUnit(f.q.unit.replace(/^-/, "")))) continue;
    // "joined at 18, two years behind his brother", "3 miles ahead of the lifeboat": a lag in time or a distance is a place
    // in time or space, not a rank (in a race, seconds and minutes are the gap of a rank).
    if (/\b(?:years?|months?|weeks?|days?|decades?|miles?|metres?|meters?|km|kilometres?|yards?|feet|ft|laps?|lengths?)\s+$/i.test(sentence.slice(Math.max(0, m.index - 12), m.index))) continue;
    const higher = isTime ? !ahead : ahead;
    if (higher ? own.value > rival.value : own.value < rival.value) {
      const gap = gapAgainst(sentence, own, rival, m.index, isTime);
      if (gap) return [gap];
      continue;
    }
    return [{
      ruleId: rankAgainstFigures.id,
      message: `“${sentence.slice(m.index, rival.q.end)}”, but ${figureText(own)} is ${own.value === rival.value ? "the same" : isTime ? (higher ? "faster" : "slower") : higher ? "less" : "more"}.`,
      start: own.q.start,
      end: rival.q.end,
    }];
  }
  return [];
}

const CHANGED_LEVEL_BEFORE = /(?:\d\s?%|\bper\s+cent|\bpoints?|\dp)\s+(?:at|to)\s+(?:(?:about|some|just|nearly)\s+)?$/i;
const OUTLAY_BEFORE = /\b(?:spent|spend|spends|spending|invested|investing|costing|cost|budget\s+of|wage\s+bill\s+of|fees?\s+of|outlay\s+of)\s+(?:(?:about|some|just|only|nearly|over|more\s+than)\s+)?(?:an?\s+)?$/i;
const OUTLAY_AFTER = /^[-\s]+(?:budget|wage\s+bill|transfer|outlay|spend|spending|investment|signing)\b/i;
const STANDING_BEFORE_CUE = /\b(?:finished|finishes|came|ended|placed|sit|sits|sat|are|is|was|were|stand|stands|lie|lies|lay|remain|remains|stayed)\s+(?:(?:now|still|just|well|comfortably|narrowly)\s+)?$/i;

function isOutlay(sentence: string, figure: Figure): boolean {
  return figure.kind !== "#" && figure.kind !== "%" && (OUTLAY_BEFORE.test(sentence.slice(Math.max(0, figure.q.start - 30), figure.q.start)) || OUTLAY_AFTER.test(sentence.slice(figure.q.end, figure.q.end + 16)));
}

// "ten behind Mr Lindqvist on 106", "three points clear of Barnsley on 55", "2.4 seconds ahead of Tola in 2:20:31": the gap
// said before the rival, against the two figures. A gap in per cent ("5% ahead") is relative, and one in places a rank.
const GAP_UNIT = /^\s+(?:(points?|percentage\s+points?|votes?|seats?|goals?|runs?|seconds?|secs?|s|minutes?|mins?)\s+)?$/i;
const MINUTES = /^(?:minutes?|mins?)/i;

function gapAgainst(sentence: string, own: Figure, rival: Figure, cueStart: number, isTime: boolean): Finding | null {
  const quantities = findQuantities(sentence);
  // ("a point behind", "a second ahead": one.)
  const one = /\ba(\s+(?:point|vote|seat|goal|run|second|minute))\s+$/i.exec(sentence.slice(Math.max(0, cueStart - 12), cueStart));
  const gap = one
    ? ({ value: 1, start: cueStart - one[0].length, end: cueStart - one[1].length - 1, text: "a", isPercent: false, isYear: false, isFraction: false, approx: "exact", currency: null, unit: "" } satisfies Quantity)
    : quantities.find((q) => q.end <= cueStart && q.start > own.q.end && GAP_UNIT.test(sentence.slice(q.end, cueStart)));
  if (!gap || gap.isPercent || gap.isYear || gap.isFraction || gap.currency !== null || gap.value <= 0) return null;
  const unit = GAP_UNIT.exec(sentence.slice(gap.end, cueStart))?.[1] ?? "";
  // A race gap needs its unit; a gap in points is one between shares or points.
  if (isTime ? !/^(?:s|sec|min)/i.test(unit) : /^(?:s|sec|min)/i.test(unit)) return null;
  if (own.q.isPercent && unit !== "" && !/point/i.test(unit)) return null;
  const said = gap.value * (MINUTES.test(unit) ? 60 : 1);
  const diff = Math.abs(own.value - rival.value);
  // Rounding: a whole share may be half a point off either way, a decimal or a race time half its last digit.
  const slackOf = (figure: Figure) => (figure.q.isPercent && !/\./.test(figure.q.text) ? 0.5 : /:/.test(figure.q.text) && !/\./.test(figure.q.text) ? 0.5 : roundingSlack(figure.q));
  const slack = slackOf(own) + slackOf(rival) + roundingSlack(gap) * (MINUTES.test(unit) ? 60 : 1) + 1e-9;
  const fits = gap.approx === "over" ? diff >= said - slack : gap.approx === "under" ? diff <= said + slack : Math.abs(diff - said) <= slack + (gap.approx === "about" ? 0.2 * said : 0);
  if (fits) return null;
  return {
    ruleId: rankAgainstFigures.id,
    message: `“${sentence.slice(gap.start, rival.q.end)}”, but ${figureText(own)} and ${figureText(rival)} are ${Number(diff.toFixed(2))} apart.`,
    start: gap.start,
    end: rival.q.end,
  };
}

export const rankAgainstFigures: ConsistencyRule = {
  id: "rank-against-figures",
  description: "A rank (largest, second-biggest, last) must agree with the figures given for the ranked and its rivals.",
  check(sentence) {
    if (!/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b/i.test(sentence)) return [];
    const figures = figuresIn(sentence);
    const ordered = orderFindings(sentence, figures);
    if (ordered.length > 0) return ordered;
    const ranked = rankFindings(sentence, figures);
    if (ranked.length > 0) return ranked;
    const placed = twoPlaces(sentence, figures);
    return placed.length > 0 ? placed : rivalFindings(sentence);
  },
};

// "came second in 44.91, with the winner Okafor on 45.20", "third on 58 points, behind the champions' 55": a place after
// the first, beside the winner's figure, needs a worse one (the rivals behind may be left out, the winner may not).
// ("the winner, aged 23, clocked 45.40": a phrase set off after the winner may come between.)
// ("leaders Inter on 70": the leader of a table is first.)
const WINNER_BEFORE = /\b(?:winner|winners|champion|champions|won\s+by|victor|leaders?)(?:[’']s?)?(?:,[^,;]{1,24},)?\s+(?:[\p{L}’'.-]+\s+){0,3}?(?:(?:on|with|at|in)\s+)?$/iu;

function beatenWinner(sentence: string, rank: Rank, own: Figure, rivals: Figure[], isTime: boolean): Finding[] {
  const winner = rivals.find((figure) => WINNER_BEFORE.test(sentence.slice(Math.max(0, figure.q.start - 40), figure.q.start)));
  if (!winner || (rank.up ? winner.value >= own.value : winner.value <= own.value)) return [];
  return [{
    ruleId: rankAgainstFigures.id,
    message: `“${rank.text}” with ${figureText(own)}, but the winner's ${figureText(winner)} is ${isTime ? "slower" : rank.up ? "lower" : "higher"}.`,
    start: Math.min(rank.start, own.q.start),
    end: Math.max(rank.end, winner.q.end),
  }];
}

// A figure of another time is no rival's level now: "won the seat with 21,000 votes, against 24,000 for his predecessor
// in 2019", "against 52% in the previous contest", "who had 55 at this stage last season", "against 45% then". (Unless years or seasons
// are what is ranked: "the wettest year, 2020, …, against 950mm in 2019".)
export const OTHER_TIME_AFTER = /^(?:\s+(?!(?:and|but|while|or)\b)[\p{L}’'-]+){0,5}?,?\s+(?:then\b(?![\s,]+\d)|in\s+(?:19|20)\d\d\b|(?:at|in)\s+the\s+(?:last|previous|preceding|2\d\d\d)\s+\p{L}+|(?:at\s+this\s+stage\s+|this\s+time\s+)?last\s+(?:year|season|time|month|week|term|election)\b|an?\s+(?:year|decade|month|week)\s+(?:earlier|ago|before)\b|(?:\w+\s+)?(?:years|decades)\s+(?:earlier|ago|before)\b)/iu;
const SUBGROUP_BEFORE = /\bamong\s+(?:[\p{L}-]+\s+){1,3}?(?:(?:with|on|at)\s+)?(?:(?:about|some|just|only|nearly)\s+)?$|\bamong\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,2},\s+(?:(?:with|on|at)\s+)?$/iu;
const SCOPE_AFTER = /^(\s+(?:of|for)\s+(?:the\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?)?\s+(?:in|across)\s+(?:the\s+)?([\p{L}-]+)\b|^\s+(nationally|locally|overall|regionally)\b/iu;
export const TIMES_RANKED = /\b(?:year|years|season|seasons|month|months|summer|winter|spring|autumn|decade|quarter|week|day)\b/i;
// The subject's own figure on another measure, beside the ranked one, is no rival: "polling 24% nationally but came
// first in the constituency with 38%", "The party, which won 12% of the national vote, came first in the seat with
// 41%", "came first with 38%, though it polled 45% across the city", "won the seat with 40%, …, having polled 45% in the
// council elections".
const SAME_SUBJECT_BEFORE_RANK = /^[^;]*?\b(?:but|and|yet)\s+(?:(?:still|also|then|now)\s+)?(?:(?:is|was|are|were|became|remains?|remained)\s+(?:(?:the|its|their)\s+)?)?$/i;
const RELATIVE_BEFORE_RANK = /^[^,;]*,\s+(?:(?:\p{L}+\s+){1,4})?$/iu;
const SAME_SUBJECT_AFTER = /(?:\b(?:though|although|despite|while|whereas|even\s+though|after|before)\s+(?:(?:it|they|he|she|we)\s+(?:(?:only|just|still|also|had|has|have)\s+)?\p{L}+|(?!(?:beating|trailing|outpacing|overtaking|pipping)\b)\p{L}+ing)|,\s+having\s+\p{L}+)\s+(?:(?:about|some|just|only|nearly|a\s+mere)\s+)?$/iu;
// Ranks of price are of money, ranks of size or length not (rank-measures.ts): "The cheapest model, at £18,000, has a
// range of 300 miles, against 250 and 200 miles" ranks by the price.

const OWNED_BEFORE = /,\s+(?:its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:(?:of|at|was|is|stood\s+at)\s+)?(?:(?:about|some|just|only|nearly)\s+)?$/iu;

const isComparedWith = (sentence: string, figure: Figure) => RIVAL_CUE.test(sentence.slice(Math.max(0, figure.q.start - 40), figure.q.start));

function rankFindings(sentence: string, figures: Figure[]): Finding[] {
  const ranks = ranksIn(sentence);
  // One rank only: "The cheapest … cost £30, while the most expensive cost £300" ranks two things.
  if (ranks.length !== 1 || OWN_HISTORY.test(sentence)) return [];
  const [rank] = ranks;
  if (rank.place === 0) return [];
  const timesRanked = TIMES_RANKED.test(sentence.slice(rank.end, rank.end + 30));
  figures = figures.filter((figure) => {
    const after = sentence.slice(figure.q.end, figure.q.end + 60);
    if (!timesRanked && OTHER_TIME_AFTER.test(after)) return false;
    // ("The leading candidate, on 30%, leads among women with 35%": a share within a group is no rival's.)
    if (SUBGROUP_BEFORE.test(sentence.slice(Math.max(0, figure.q.start - 40), figure.q.start)) && !/\bamong\b/i.test(sentence.slice(Math.max(0, rank.start - 40), rank.end + 20))) return false;
    if (figure.q.end <= rank.start) {
      const between = sentence.slice(figure.q.end, rank.start);
      const opening = sentence.slice(0, figure.q.start);
      if (SAME_SUBJECT_BEFORE_RANK.test(between)) return false;
      // ("The party, which won 12% …, came first": a relative clause on the subject.)
      if (/,\s*(?:which|who)\s+(?:[\p{L}’'-]+\s+){0,4}$/iu.test(opening) && RELATIVE_BEFORE_RANK.test(between)) return false;
      return true;
    }
    return !SAME_SUBJECT_AFTER.test(sentence.slice(Math.max(0, figure.q.start - 50), figure.q.start));
  });
  const measured = (f: Figure) => measuresRank(rank.word, f.kind !== "#" && f.kind !== "%" ? { ...f.q, currency: f.kind } : f.q);
  const group = comparedGroup(figures.filter(measured));
  if (group.length < 2) return [];
  // The ranked thing's figure is the nearest one not introduced as a rival's ("ahead of the capital's 9 million").
  const candidates = group.filter((figure) => !RIVAL_CUE.test(sentence.slice(Math.max(0, figure.q.start - 40), figure.q.start)));
  if (candidates.length === 0) return [];
  const own = candidates.reduce((best, figure) => (wordsBetween(sentence, rank, figure.q) < wordsBetween(sentence, rank, best.q) ? figure : best));
  // ("ranks second in the country for cancer survival, its five-year rate of 68% trailing …": a figure the subject's
  // "its" owns may sit further off.)
  const isOwned = own.q.start > rank.end && OWNED_BEFORE.test(sentence.slice(Math.max(0, own.q.start - 40), own.q.start));
  if (wordsBetween(sentence, rank, own.q) > (isOwned ? 14 : 9)) return [];
  // "The biggest party, with 150 seats, won 30% of the vote, against 33%": a figure of another measure nearer the rank
  // is what it ranks by.
  const nearer = figures.filter((figure) => !group.includes(figure) && isLevel(sentence, figure) && !RIVAL_CUE.test(sentence.slice(Math.max(0, figure.q.start - 40), figure.q.start)));
  if (nearer.some((figure) => wordsBetween(sentence, rank, figure.q) < wordsBetween(sentence, rank, own.q) && (figure.q.start >= rank.end) === (own.q.start >= rank.end))) return [];
  // "the top 5 percent", "the largest 100 companies", "1 percent of the richest": the figure names a group.
  const gap = own.q.start >= rank.end ? sentence.slice(rank.end, own.q.start) : sentence.slice(own.q.end, rank.start);
  if (/^\s*$/.test(gap) || (own.q.end <= rank.start && /^\s+(?:\w+\s+)?of\s+(?:the\s+)?$/i.test(gap))) return [];
  if (group.some((figure) => PART_OF_IT.test(sentence.slice(figure.q.end, figure.q.end + 14)))) return [];
  // ("topped the poll with 35% in the city, against 38% for Labour in the county": figures of two places.)
  // (A rival whose place is what is ranked is still one: "61mm in March, against 74mm in April"; so the rival's scope
  // counts only after a name of its own, "for Labour in the county".)
  const scopeOf = (figure: Figure, named: boolean) => {
    const scope = SCOPE_AFTER.exec(sentence.slice(figure.q.end, figure.q.end + 40));
    return scope && (!named || scope[1] !== undefined || scope[3] !== undefined) ? (scope[2] ?? scope[3]).toLowerCase() : null;
  };
  // ("led all parties in the capital with 38%, while the Tories won 42% in the suburbs": a scope said of the rank
  // itself, before its figure, leaves out a rival's figure in another area. A place named is one within it: "the
  // costliest city in the survey, at €2,100, against €2,400 in Paris".)
  const rankScope = own.q.start > rank.end ? PLACE_SCOPE_BETWEEN.exec(sentence.slice(rank.end, own.q.start))?.[1] ?? null : null;
  const ownScope = scopeOf(own, false);
  const inOtherScope = (figure: Figure) => {
    const scope = rankScope !== null ? AREA_AFTER.exec(sentence.slice(figure.q.end, figure.q.end + 40))?.[1] : undefined;
    return scope !== undefined && scope.toLowerCase() !== rankScope!.toLowerCase();
  };
  const wholes = shareWholes(sentence, figures.map((figure) => figure.q));
  // ("The fastest-growing firm, up 40%, saw its profits rise 60%": beside its own change, only changes are rivals, and a
  // figure compared with it: "rising by 18 per cent compared with 26 per cent for Hinduism".)
  // ("led all candidates in fundraising with $4.2m, though her rival spent $5.1m": what a rival spent is no rank of a sum
  // that is no outlay; "spending $11,400 a pupil against $10,900" leaves the rival's verb out.)
  const ownOutlay = isOutlay(sentence, own);
  const otherMeasure = onOtherMeasure(sentence, figures, own);
  const rivals = group.filter((figure) => figure.q !== own.q && (!own.isChange || figure.isChange === true || isComparedWith(sentence, figure)) && (ownOutlay || !isOutlay(sentence, figure)) && !(ownScope !== null && scopeOf(figure, true) !== null && scopeOf(figure, true) !== ownScope) && !otherWholes(wholes, own.q, figure.q) && !beyondScope(sentence, rank.end, figure.q.start, figure.q.end) && !inOtherScope(figure) && !isJointFigure(sentence, figure.q.start, figure.q.end) && !otherMeasure.has(figure));
  // "the fastest, at 9.81 seconds", "the quickest route takes 14 hours": for a time, faster is less.
  const isTime = group.every((figure) => figure.unit === "" || TIME_UNIT.test(figure.unit)) && group.some((figure) => TIME_UNIT.test(figure.unit));
  // "the fastest wage growth, at 11.2%": of rates of change, faster is more.
  const isRate = group.every((figure) => figure.q.isPercent);
  if (/^(?:fastest|quickest|slowest)$/i.test(rank.word) && !isTime && !isRate && !group.some((figure) => SPEED_UNIT.test(figure.unit))) return [];
  // ("won the marathon in 2:21:08", "came second in 44.91 seconds": a race is won by the least time.)
  if (WON_BY_LEAST_TIME.test(rank.word) && isTime) rank.up = !rank.up;
  const beyond = rivals.filter((figure) => (rank.up ? figure.value > own.value * 1.0001 : figure.value < own.value * 0.9999));
  if (beyond.length < rank.place) return rank.place >= 2 && rank.word !== "last" ? beatenWinner(sentence, rank, own, rivals, isTime) : [];
  return [{
    ruleId: rankAgainstFigures.id,
    message: `“${rank.text}” with ${figureText(own)}, but ${beyond.map(figureText).join(" and ")} ${beyond.length === 1 ? "is" : "are"} ${rank.up ? "higher" : "lower"}.`,
    start: Math.min(rank.start, own.q.start),
    end: Math.max(rank.end, ...beyond.map((f) => f.q.end)),
  }];
}

// "topped the medal table with 16 golds, though Germany … won more medals overall, 33 against 31": figures after a
// comparative that names another noun than the ranked figure's are on another measure, and so is a figure set against
// one of them ("33 against 31").
const OTHER_NOUN_COMPARED = /\b(?:more|fewer|less)\s+([\p{L}-]+)(?:\s+(?:overall|in\s+all|in\s+total|altogether))?\s*,?\s*$/iu;
const SET_AGAINST = /^\s*(?:,|against|to|versus|vs\.?|and)\s*$/i;

function onOtherMeasure(sentence: string, figures: Figure[], own: Figure): Set<Figure> {
  const other = new Set<Figure>();
  if (own.unit === "") return other;
  let previous: Figure | undefined;
  for (const figure of figures) {
    const gap = sentence.slice(previous?.q.end ?? 0, figure.q.start);
    const noun = OTHER_NOUN_COMPARED.exec(gap)?.[1].toLowerCase().replace(/s$/, "");
    if (figure !== own && ((noun !== undefined && noun !== own.unit) || (previous !== undefined && other.has(previous) && SET_AGAINST.test(gap)))) other.add(figure);
    previous = figure;
  }
  return other;
}

// Two places, each with its own figure: "Diaz led the field with 29.4%, with Pike in second place on 30.1%", "Labour came
// first with 35% and the Tories second … on 38%", "the largest party, with 40 seats, and the second-largest, with 45".
// The better place needs the better figure. Each figure is the first of the compared kind just after its place, before
// the other place; times (a race is won by the least) and ranks of two directions ("the cheapest …, the dearest …") are
// left alone, as are figures of two scopes or times.
const PLACE_SCOPE_AFTER = /^\s+(?:[\p{L}-]+\s+)?(?:in|across|at|among)\s+(?:the\s+|its\s+|their\s+)?([\p{L}-]+)/iu;

// ("in the suburbs", "across the county": an area named by a common noun; "in neighbouring Elm Creek" is a place.)
const AREA_AFTER = /^\s+(?:in|across)\s+the\s+(\p{Ll}[\p{L}-]*)\b/u;
const PLACE_SCOPE_BETWEEN = /\b(?:in|across|among)\s+(?:the\s+|its\s+|their\s+)?([\p{L}-]+)/iu;

const FIGURE_OF_PLACE = /^\s+(?:[\p{L}]+\s+)?(?:at|of|for|from|by)\s+(?:the|its|their)\s+$/u;
const COMPARED_THAN = /\b(?:more|less|fewer|higher|lower|bigger|smaller|larger|greater)\s+than\s+(?:the\s+)?$/i;

function twoPlaces(sentence: string, figures: Figure[]): Finding[] {
  const ranks = ranksIn(sentence).sort((a, b) => a.start - b.start);
  if (ranks.length !== 2 || OWN_HISTORY.test(sentence) || raceTimes(sentence).length > 0) return [];
  const [first, second] = ranks;
  if (first.place === 0 || second.place === 0 || first.place === second.place || first.up !== second.up) return [];
  if (/;/.test(sentence.slice(first.end, second.start))) return [];
  const figureAfter = (rank: Rank, limit: number) => figures.find((f) => f.q.start >= rank.end && f.q.end <= limit && wordsBetween(sentence, rank, f.q) <= 4 && measuresRank(rank.word, f.q));
  const a = figureAfter(first, second.start);
  // ("ranked second …, handled 9.8 million, more than the 9.1 million at the top-ranked hub": the later place's figure may
  // come just before it, and a comparison between the two puts them in one time.)
  const before = a && !figureAfter(second, sentence.length) ? figures.filter((f) => f.q.start > a.q.end && f.q.end <= second.start && FIGURE_OF_PLACE.test(sentence.slice(f.q.end, second.start))).at(-1) : undefined;
  const compared = before !== undefined && COMPARED_THAN.test(sentence.slice(a!.q.end, before.q.start));
  const b = compared ? before : figureAfter(second, sentence.length);
  if (!a || !b || a.kind !== b.kind || !sameCount(sentence, a, b) || [a, b].some((f) => TIME_UNIT.test(f.unit) || f.isRise)) return [];
  const wholes = shareWholes(sentence, figures.map((figure) => figure.q));
  if (otherWholes(wholes, a.q, b.q)) return [];
  const after = (f: Figure) => sentence.slice(f.q.end, f.q.end + 60);
  // ("third with 20 in the first round and topped the table with 18 in the second": two scopes.)
  // ("came first in Kent with 45% and came second in Essex with 50%": a scope between the place and its figure.)
  const scope = (f: Figure, rank: Rank) => (PLACE_SCOPE_AFTER.exec(after(f)) ?? PLACE_SCOPE_BETWEEN.exec(sentence.slice(rank.end, f.q.start)))?.[1].toLowerCase() ?? null;
  if (!compared && (OTHER_TIME_AFTER.test(after(a)) || OTHER_TIME_AFTER.test(after(b)) || scope(a, first) !== scope(b, second))) return [];
  const [better, worse] = first.place < second.place ? [a, b] : [b, a];
  const [betterRank, worseRank] = first.place < second.place ? [first, second] : [second, first];
  if (first.up ? better.value >= worse.value : better.value <= worse.value) return [];
  return [{
    ruleId: rankAgainstFigures.id,
    message: `“${betterRank.text}” with ${figureText(better)}, but “${worseRank.text}” with ${figureText(worse)}, which is ${first.up ? "higher" : "lower"}.`,
    start: first.start,
    end: b.q.end,
  }];
}
