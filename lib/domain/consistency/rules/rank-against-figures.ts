import type { ConsistencyRule, Finding } from "../rule";
import { raceTimes } from "./clock-time";
import { comparedGroup, figuresIn, figureText, OTHER_TIME_AFTER, outsideRankedSpan, PART_OF_IT, TIME_UNIT, TIMES_RANKED, wordsBetween, type Figure } from "./rank-figures";
import { beyondScope, isJointFigure, measuresRank, otherWholes, shareWholes } from "./rank-measures";
import { isLevel, isOutlay, rivalFindings, sameCount } from "./rank-rivals";
import { namedRivalLater } from "./rank-named-rival";
import { nextGapAgainstRank } from "./rank-next-gap";
import { rankAgainstOwnPast } from "./rank-own-history";
import { placesAgainstPlaces } from "./rank-places";
import { goodSide, ranksIn, type Rank } from "./rank-words";

// (Split for size: the figures are read in rank-figures.ts, the rank words in rank-words.ts, a place beside a named
// rival's figure in rank-rivals.ts.)
export { OTHER_TIME_AFTER, TIMES_RANKED };

// A rank against the figures the sentence gives, wherever they sit: "finished last with 36%, against 31% and 33%",
// "the second-largest group, with 14 seats against 22 and 17", "The winning pumpkin weighed 312kg, short of the
// runner-up's 330kg", "Brightwell, with 1,200 residents, is the smallest of the three; Oakham has 900". The ranked
// thing's figure is the one of the compared kind nearest the rank word; every other figure of that kind is a rival.
// A superlative is contradicted by one rival beyond it, "second-largest" by two, and so on. rank-mismatch reads
// ranks against named rivals ("second only to"); this one needs figures.
// Ranks won by the least time in a race: "won in 2:05:30", "finished second in 44.91 seconds", "the fastest lap".
const WON_BY_LEAST_TIME = /^(?:fastest|quickest|slowest|winning|won|topped|headed|led|top|leading|first|second|third|fourth|fifth|last)$/i;
// Ranks against one's own past or a narrower scope are not ranks among the figures given.
const OWN_HISTORY = /\b(?:ever|since|on\s+record|in\s+(?:\d+|a|[\w-]+)\s+(?:years|decades?|months)|for\s+(?:\d+|[\w-]+)\s+years|in\s+decades|so\s+far|to\s+date|yet|record)\b/i;
// ("the wettest month of the year so far, with 98mm, although January recorded 112mm": a period so far is a scope whose
// earlier parts are the rivals, so it is no history; unless another time is named, "last year", "in 2019".)
const PERIOD_SO_FAR = /\b(?:of\s+the\s+(?:year|season|month|decade|term|campaign)\s+so\s+far|so\s+far\s+this\s+(?:year|season|month|decade|term|campaign))\b/i;
const ANOTHER_TIME = /\b(?:(?:19|20)\d\d|last|previous|ago|earlier|ever|since|record)\b/i;
const isOwnHistory = (sentence: string) => OWN_HISTORY.test(sentence) && !(PERIOD_SO_FAR.test(sentence) && !ANOTHER_TIME.test(sentence.replace(PERIOD_SO_FAR, "")) && !OWN_HISTORY.test(sentence.replace(PERIOD_SO_FAR, "")));
// ("the world's largest, dwarfing the 1.4GW project": what the ranked thing dwarfs or eclipses is a rival; what dwarfs it,
// "dwarfed by", is left to the nearest-figure reading.)
const RIVAL_CUE = /\b(?:ahead\s+of|against|dwarfing|dwarfs|dwarfed(?!\s+by)|eclipsing|eclipses|eclipsed(?!\s+by)|beating|beat|behind|outpacing|outpaced|outstripping|outstripped|trailing|trailed|in\s+front\s+of|clear\s+of|than|compared\s+(?:with|to)|followed\s+by|next\s+to|rivals?|undercut|short\s+of|above|below|versus|vs\.?)\s+(?:(?:the|a|an|its|their)\s+)?(?:[\p{L}’'-]+\s+){0,3}?(?:(?:about|some|just|only|nearly)\s+)?$/iu;
// "In descending order of size, £5,000, £7,500 and £2,000": an ordering said outright.
// ("Ranked from cheapest to dearest, the three fixed deals cost £1,540, £1,610 and £1,585": an ordering told by its ends,
// the lower end first for ascending.)
const ORDER = /\bin\s+(descending|ascending)\s+order\b|\b(?:ranked|listed|ordered|sorted|arranged|in\s+order)\s+from\s+(?:the\s+)?(?:(cheapest|smallest|lowest|shortest|lightest|youngest|fewest|least)|(dearest|most\s+expensive|priciest|costliest|biggest|largest|highest|longest|heaviest|oldest|most))\s+to\s+(?:the\s+)?(?:[\p{L}-]+est|most\s+[\p{L}-]+|least\s+[\p{L}-]+|most|least)\b|\b(?:ranked|listed|ordered|sorted|arranged|in\s+order)\s+from\s+(?:the\s+)?(best|worst)\s+to\s+(?:the\s+)?(?:best|worst)\b/iu;
// ("Ranked from worst to best, the lines' punctuality was: …": best and worst go the way of the measure's good side, so
// from worst to best is ascending for punctuality and descending for delays.)
const SPEED_UNIT = /^(?:mph|km\/h|kph|knot|mile|metre)$/i;

function orderFindings(sentence: string, figures: Figure[]): Finding[] {
  const order = ORDER.exec(sentence);
  if (!order) return [];
  const group = comparedGroup(figures.filter((figure) => figure.q.start > order.index));
  if (group.length < 3) return [];
  const side = order[4] ? goodSide(sentence) : null;
  if (order[4] && side === null) return [];
  const descending = order[1] ? order[1].toLowerCase() === "descending" : order[4] ? (order[4].toLowerCase() === "best") === (side === "good") : order[3] !== undefined;
  const broken = group.some((figure, i) => i > 0 && (descending ? figure.value > group[i - 1].value : figure.value < group[i - 1].value));
  if (!broken) return [];
  return [{
    ruleId: rankAgainstFigures.id,
    message: `Said to be in ${descending ? "descending" : "ascending"} order, but ${group.map((f) => f.q.text.trim()).join(", ")} are not.`,
    start: order.index,
    end: group[group.length - 1].q.end,
  }];
}

export const rankAgainstFigures: ConsistencyRule = {
  id: "rank-against-figures",
  description: "A rank (largest, second-biggest, last) must agree with the figures given for the ranked and its rivals.",
  check(sentence) {
    // ("the world's third-biggest chip producer, ahead of the runner-up, South Korea": places need no figures.)
    if (!/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b/i.test(sentence)) return [...placesAgainstPlaces(sentence), ...nextGapAgainstRank(sentence)].slice(0, 1);
    const figures = figuresIn(sentence);
    const ordered = orderFindings(sentence, figures);
    if (ordered.length > 0) return ordered;
    const places = [...placesAgainstPlaces(sentence), ...rankAgainstOwnPast(sentence), ...nextGapAgainstRank(sentence)];
    if (places.length > 0) return places.slice(0, 1);
    const ranked = rankFindings(sentence, figures);
    if (ranked.length > 0) return ranked;
    const placed = twoPlaces(sentence, figures);
    if (placed.length > 0) return placed;
    const rivals = rivalFindings(sentence);
    return rivals.length > 0 ? rivals : namedRivalLater(sentence);
  },
};

// "came second in 44.91, with the winner Okafor on 45.20", "third on 58 points, behind the champions' 55": a place after
// the first, beside the winner's figure, needs a worse one (the rivals behind may be left out, the winner may not).
// ("the winner, aged 23, clocked 45.40": a phrase set off after the winner may come between.)
// ("leaders Inter on 70": the leader of a table is first.)
const WINNER_BEFORE = /\b(?:winner|winners|champion|champions|won\s+by|victor|leaders?)(?:[’']s?)?(?:,[^,;]{1,24},)?\s+(?:[\p{L}’'.-]+\s+){0,3}?(?:(?:on|with|at|in)\s+)?$/iu;

// ("fourth place with £210bn, short of the fifth-placed lender's £230bn": a rival placed below, named by its place, needs
// a worse figure.)
const PLACED_BEFORE = /\b(second|third|fourth|fifth|sixth)-placed(?:\s+[\p{L}’'.-]+){0,2}?(?:[’']s?)?,?\s+(?:(?:on|with|at)\s+)?(?:(?:about|some|just|only|nearly)\s+)?$/iu;
const PLACED: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6 };

function beatenWinner(sentence: string, rank: Rank, own: Figure, rivals: Figure[], isTime: boolean): Finding[] {
  const better = (figure: Figure) => (rank.up ? figure.value > own.value : figure.value < own.value);
  const below = rivals.find((figure) => better(figure) && (PLACED[PLACED_BEFORE.exec(sentence.slice(Math.max(0, figure.q.start - 50), figure.q.start))?.[1].toLowerCase() ?? ""] ?? 0) > rank.place);
  if (below) {
    return [{
      ruleId: rankAgainstFigures.id,
      message: `“${rank.text}” with ${figureText(own)}, but a rival placed below it has ${figureText(below)}, ${isTime ? "faster" : rank.up ? "higher" : "lower"}.`,
      start: Math.min(rank.start, own.q.start),
      end: Math.max(rank.end, below.q.end),
    }];
  }
  const winner = rivals.find((figure) => WINNER_BEFORE.test(sentence.slice(Math.max(0, figure.q.start - 40), figure.q.start)));
  if (!winner || (rank.up ? winner.value >= own.value : winner.value <= own.value)) return [];
  return [{
    ruleId: rankAgainstFigures.id,
    message: `“${rank.text}” with ${figureText(own)}, but the winner's ${figureText(winner)} is ${isTime ? "slower" : rank.up ? "lower" : "higher"}.`,
    start: Math.min(rank.start, own.q.start),
    end: Math.max(rank.end, winner.q.end),
  }];
}

const SUBGROUP_BEFORE = /\bamong\s+(?:[\p{L}-]+\s+){1,3}?(?:(?:with|on|at)\s+)?(?:(?:about|some|just|only|nearly)\s+)?$|\bamong\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,2},\s+(?:(?:with|on|at)\s+)?$/iu;
const SCOPE_AFTER = /^(\s+(?:of|for)\s+(?:the\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?)?\s+(?:in|across)\s+(?:the\s+)?([\p{L}-]+)\b|^\s+(nationally|locally|overall|regionally)\b/iu;
// The subject's own figure on another measure, beside the ranked one, is no rival: "polling 24% nationally but came
// first in the constituency with 38%", "The party, which won 12% of the national vote, came first in the seat with
// 41%", "came first with 38%, though it polled 45% across the city", "won the seat with 40%, …, having polled 45% in the
// council elections".
const SAME_SUBJECT_BEFORE_RANK = /^[^;]*?\b(?:but|and|yet)\s+(?:(?:still|also|then|now)\s+)?(?:(?:is|was|are|were|became|remains?|remained)\s+(?:(?:the|its|their)\s+)?)?$/i;
const RELATIVE_BEFORE_RANK = /^[^,;]*,\s+(?:(?:\p{L}+\s+){1,4})?$/iu;
const SAME_SUBJECT_AFTER = /(?:\b(?:though|although|despite|while|whereas|even\s+though|after|before)\s+(?:(?:it|they|he|she|we)\s+(?:(?:only|just|still|also|had|has|have)\s+)?\p{L}+|(?!(?:beating|trailing|outpacing|overtaking|pipping)\b)\p{L}+ing)|,\s+having\s+\p{L}+)\s+(?:(?:about|some|just|only|nearly|a\s+mere)\s+)?$/iu;
// Ranks of price are of money, ranks of size or length not (rank-measures.ts): "The cheapest model, at £18,000, has a
// range of 300 miles, against 250 and 200 miles" ranks by the price.

// ("the leading cause of death among under-fives in the district, accounting for 18% of deaths", "The smallest council
// tax rise in the county was in the northern district, at 2.9%": a participle or an "at" set off after the ranked noun
// phrase gives the subject's own figure, however long the phrase.)
const OWNED_BEFORE = /,\s+(?:(?:its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:(?:of|at|was|is|stood\s+at)\s+)?|(?:accounting\s+for|making\s+up|responsible\s+for|at)\s+)(?:(?:about|some|just|only|nearly|almost|around)\s+)?$/iu;

// "The Greens, third in 2019 with 12%, rose to second place with 19%": a figure told with another time, before the rank,
// is the subject's then, no rival's now.
const OTHER_TIME_BEFORE = /\b(?:in\s+(?:19|20)\d\d|last\s+(?:year|time|season|election)|(?:a|the)\s+(?:year|decade|season)\s+(?:earlier|before))\s*,?\s+(?:with|on|at)\s+(?:(?:about|some|just|nearly)\s+)?$/i;

const OWN_TIME = /\b(?:this|last|next)\s+\p{L}+/giu;

const isComparedWith = (sentence: string, figure: Figure) => RIVAL_CUE.test(sentence.slice(Math.max(0, figure.q.start - 40), figure.q.start));

function rankFindings(sentence: string, figures: Figure[]): Finding[] {
  // ("second place …, short of the third-placed group's 910,000": a rival's place, named as it is compared, is no rank of
  // the subject's.)
  const ranks = ranksIn(sentence).filter((rank) => !(/-placed$/i.test(rank.text) && RIVAL_CUE.test(sentence.slice(Math.max(0, rank.start - 40), rank.start))));
  // One rank only: "The cheapest … cost £30, while the most expensive cost £300" ranks two things.
  if (ranks.length !== 1 || isOwnHistory(sentence)) return [];
  const [rank] = ranks;
  if (rank.place === 0) return [];
  // ("tops the charts with 40,000 sales this week, against 52,000 last week": a time said of the subject's figure, "this
  // week", is no time ranked.)
  const timesRanked = TIMES_RANKED.test(sentence.slice(rank.end, rank.end + 30).replace(OWN_TIME, ""));
  figures = figures.filter((figure) => {
    const after = sentence.slice(figure.q.end, figure.q.end + 60);
    if (!timesRanked && OTHER_TIME_AFTER.test(after)) return false;
    if (outsideRankedSpan(sentence, rank.end, figure.q.end)) return false;
    // ("The leading candidate, on 30%, leads among women with 35%": a share within a group is no rival's.)
    if (SUBGROUP_BEFORE.test(sentence.slice(Math.max(0, figure.q.start - 40), figure.q.start)) && !/\bamong\b/i.test(sentence.slice(Math.max(0, rank.start - 40), rank.end + 20))) return false;
    if (figure.q.end <= rank.start) {
      if (!timesRanked && OTHER_TIME_BEFORE.test(sentence.slice(Math.max(0, figure.q.start - 40), figure.q.start))) return false;
      const between = sentence.slice(figure.q.end, rank.start);
      const opening = sentence.slice(0, figure.q.start);
      if (SAME_SUBJECT_BEFORE_RANK.test(between)) return false;
      // ("The party, which won 12% …, came first": a relative clause on the subject.)
      if (/,\s*(?:which|who)\s+(?:[\p{L}’'-]+\s+){0,4}$/iu.test(opening) && RELATIVE_BEFORE_RANK.test(between)) return false;
      return true;
    }
    return !SAME_SUBJECT_AFTER.test(sentence.slice(Math.max(0, figure.q.start - 50), figure.q.start));
  });
  if (rank.ofChange) figures = figures.filter((figure) => figure.isChange === true && !otherMarketOrSpan(sentence, figure));
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
  if (isJointRank(sentence, rank, own, group)) return [];
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

// Beside a faller or a riser, a change is no rival's when it is told with no subject of its own ("down 6.2% on the day and
// down 7.5% over the week": the same shares over another span) or in another market ("while on the Dax Siemens dropped
// 7.5%"). The ranked change itself may follow a bare comma, so only a change after "and", "or" or a second comma is read so.
const SPAN_CHANGE_BEFORE = /\b(?:and|or|but)\s+(?:(?:was|were|is|are|then)\s+)?(?:down|up|falling|rising|fell|rose|dropped|gained|lost|slid|jumped|climbed)\s+(?:by\s+)?(?:(?:about|some|nearly|almost|just)\s+)?$/i;
const OTHER_MARKET_BEFORE = /\b(?:while|whereas|as|and|but)\s+(?:on|in|across|over|elsewhere)\b[^,;]*$/i;

function otherMarketOrSpan(sentence: string, figure: Figure): boolean {
  const before = sentence.slice(Math.max(0, figure.q.start - 50), figure.q.start);
  return SPAN_CHANGE_BEFORE.test(before) || OTHER_MARKET_BEFORE.test(before);
}

// "with 140,000 in services and 45,000 in construction leading the gains": a rank said right after two figures joined
// by "and" is said of both, a group ranked, not one thing.
const JOINED_BY_AND = /^(?:\s+(?:in|of|for|from|at|on|by)(?:\s+[\p{L}’'-]+){1,3})?\s+and\s+$/iu;
const PHRASE_BEFORE_RANK = /^(?:\s+(?:in|of|for|from|at|on|by)(?:\s+[\p{L}’'-]+){1,3})?\s+(?:(?:were|are|was|is)\s+)?(?:the\s+)?$/iu;

function isJointRank(sentence: string, rank: Rank, own: Figure, group: Figure[]): boolean {
  if (own.q.end > rank.start || !PHRASE_BEFORE_RANK.test(sentence.slice(own.q.end, rank.start))) return false;
  const previous = group.filter((figure) => figure.q.end <= own.q.start).at(-1);
  return previous !== undefined && JOINED_BY_AND.test(sentence.slice(previous.q.end, own.q.start));
}

// "topped the medal table with 16 golds, though Germany … won more medals overall, 33 against 31": figures after a
// comparative that names another noun than the ranked figure's are on another measure, and so is a figure set against
// one of them ("33 against 31"). ("more than 10 million" is the figure's own approximation, no other noun.)
const OTHER_NOUN_COMPARED = /\b(?:more|fewer|less)\s+(?!than\b)([\p{L}-]+)(?:\s+(?:overall|in\s+all|in\s+total|altogether))?\s*,?\s*$/iu;
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
