import { unitNamed } from "../measures";
import { findQuantities, roundingSlack, type Quantity } from "../numbers";
import type { Finding } from "../rule";
import { otherWholes, shareWholes } from "./rank-measures";
import { figuresIn, figureText, OTHER_TIME_AFTER, RANK_RULE_ID, TIME_UNIT, wordsBetween, type Figure } from "./rank-figures";
import { BEHIND_WORDS, QUICKER, SLOWER } from "./rank-vocabulary";
import { ranksIn } from "./rank-words";

// A place beside a rival and the rival's figure: "Oxford climbed to fourth on 58 points, one place above Barnsley on 61",
// "second in 44.91 seconds, behind the winner Okafor on 45.20", "Labour, on 31%, trails the Tories on 28%". The subject's
// figure comes first; ahead of, above, beating or outpacing a rival needs more than the rival's figure, behind, below or
// trailing less. In a race the least time is ahead, and above and below say nothing of times.
const AHEAD_OF = /\b(?:ahead\s+of|in\s+front\s+of|clear\s+of|above|beating|outpacing|outpaced|outstripping|outstripped|outscoring|outscored|outpolling|outpolled|overtaking|overtook|overtaken|pipping|pipped)\s+(?!by\b)/gi;
// ("a lap of 1min 29.7sec, 0.3 seconds quicker than Norris's 1min 29.4sec": of times, quicker is ahead, QUICKER and
// SLOWER in rank-vocabulary, kept to times.)
const BEHIND = new RegExp(String.raw`\b(?:${BEHIND_WORDS})\s+`, "gi");
// ("came second …, after China on 2,800": after a place below the first, "after" a rival is behind it. Not after an
// ordinal superlative: "the second-smallest budget, £610m, after Gateshead's £480m" is after it in smallness.)
const AFTER_PLACE = /(?<=\b(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th)\b(?![-\s]+(?:most|least|\p{L}+est)\b)[^;.]{0,80}?,\s+(?:just\s+|only\s+)?)after\s+(?!(?:the\s+)?(?:\d|(?:a|an|its|their|his|her)\b))/giu;
const TIMED = /\b(?:clocked|ran|swam|timed|lap|in\s+a\s+time|time\s+of)\b/i;
const RAIN = /\b(?:wettest|driest|snowiest|rainiest|rain|rainfall|snow|snowfall|precipitation)\b/i;
// (Units as rank-figures.ts gives them, a plural "s" dropped: "inches" is "inche".)
const RAIN_UNIT = /^(?:mm|cm|millimetres?|centimetres?|in|inch|inche)$/i;
const LITERAL_CUE = /^(?:above|below)\b/i;
const PLACED_CUE = /^(?:above|below|behind|in\s+front\s+of)\b/i;
// A length (measures.ts's table) or a count of floors: "3 miles ahead of the lifeboat", "two storeys above".
const isLengthUnit = (word: string) => unitNamed(word)?.dimension === "length" || /^(?:storeys?|floors?)$/i.test(word);
// The rival named, then its figure: "Barnsley on 61", "the winner Okafor on 45.20", "Hillcrest's 6,000", "Ethiopia's
// Tola, who crossed the line in 2:20:31".
// ("overtaking Italy, now sixth on 710,000": the rival's new place may be set off after its name.)
// ("trailed in the polls at 48%": no rival is named, so the figure is the subject's; "overtaking Vestas, on 31%";
// "behind only Guildford (£580,000)": the figure may be bracketed after the name.)
const RIVAL_FIGURE = /^(?!(?:in|at|on|with|by|for|to|from|of|them|him|her|it|us|me)\b)(?:(?:the|a|an|its|their|his|her)\s+)?(?:(?!(?:after|before|since|for|from|over|under|until|within|than|to|per|across|through|during)\s)[\p{L}’'.-]+(?:\s+|(?=,))){0,4}?(?:,\s*(?:who|which)\s+(?:[\p{L}’'-]+\s+){1,5}?|,\s*(?:now\s+)?(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)(?:\s+place)?)?(?:,?\s*(?:on|with|at|in|polling|scoring|taking|up)\s+|\s*\(\s*)?(?:(?:about|some|just|only|nearly)\s+)?(?:[-−]|minus\s+)?$/u;
// ("Burnley after 40 games": a figure after another preposition is no level of the rival's.)
// Golf and rankings count down: "two shots ahead of Jones on 70", "world No 3, ahead of the No 5". (A place in a ranking
// is a bare number, so beside a ranking only shares and sums are levels: "second in the satisfaction rankings with 88%,
// behind the Royal on 84%".)
const COUNTS_DOWN = /\b(?:shots?|strokes?|par|birdies?)\b/i;
// ("Shell ranked second by output with 410,000 barrels a day": "ranked" with its place in words counts no places.)
const PLACES_COUNTED = /\b(?:No\.?\s*\d|ranked(?!\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\b)|rankings?|position)\b/i;

// Not a level to rank by: a number in a name ("the FTSE 100", "Formula 1"), a change ("behind the 20% rise"), a place
// ("in 12th, behind Smith in 8th").
const NAME_BEFORE = /(?<!^)\b(?!(?:On|With|At|In|By|For)\s)(?:\p{Lu}[\p{L}&]*|S&P)\s$/u;
const CHANGE_NOUN_AFTER = /^[-\s]+(?:rise|rises|fall|falls|increase|drop|cut|jump|decline|growth|gain|loss|hike|swing)\b/i;
const RISE_NOUN_AFTER = /^[-\s]+(?:rise|rises|increase|jump|growth|gain)\b/i;

export function isLevel(sentence: string, figure: Figure): boolean {
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

export function sameCount(sentence: string, a: Figure, b: Figure): boolean {
  if (a.unit === b.unit || a.unit === "" || b.unit === "") return true;
  const sold = (f: Figure) => SOLD_BEFORE.test(sentence.slice(Math.max(0, f.q.start - 16), f.q.start));
  return (SALES.test(a.unit) && sold(b)) || (SALES.test(b.unit) && sold(a));
}

export function rivalFindings(sentence: string): Finding[] {
  if (COUNTS_DOWN.test(sentence)) return [];
  const placesCounted = PLACES_COUNTED.test(sentence);
  const figures = figuresIn(sentence, true).filter((figure) => isLevel(sentence, figure) && (!placesCounted || figure.kind !== "#"));
  const isTimed = TIMED.test(sentence) || findQuantities(sentence).some((q) => !q.isPercent && TIME_UNIT.test(q.unit.replace(/s$/, "")));
  const cues = [...sentence.matchAll(AHEAD_OF)].map((m) => ({ m, ahead: true, speed: false })).concat([...sentence.matchAll(BEHIND), ...sentence.matchAll(AFTER_PLACE)].map((m) => ({ m, ahead: false, speed: false })));
  if (isTimed) cues.push(...[...sentence.matchAll(QUICKER)].map((m) => ({ m, ahead: true, speed: true })), ...[...sentence.matchAll(SLOWER)].map((m) => ({ m, ahead: false, speed: true })));
  const unnamed = [...sentence.matchAll(UNNAMED_RIVAL)];
  cues.push(...unnamed.map((m) => ({ m, ahead: /^(?:lower|less|fewer)$/i.test(m[1]), speed: false })));
  cues.sort((a, b) => a.m.index - b.m.index);
  // (An unnamed rival's figure follows its comparative at once: "the only one scoring lower, on 41%".)
  const rivalOf = (cueEnd: number) => unnamed.some((m) => m.index + m[0].length === cueEnd)
    ? figures.find((f) => f.q.start === cueEnd)
    : figures.find((f) => f.q.start >= cueEnd && f.q.start - cueEnd <= 70 && RIVAL_FIGURE.test(sentence.slice(cueEnd, f.q.start)) && /\p{L}/u.test(sentence.slice(cueEnd, f.q.start)));
  const rivalsOf = (cueEnd: number) => listedRivals(sentence, figures, rivalOf(cueEnd));
  const rivalFigures = new Set(cues.flatMap(({ m }) => rivalsOf(m.index + m[0].length)));
  const wholes = shareWholes(sentence, figures.map((figure) => figure.q));
  for (const [i, { m, ahead, speed }] of cues.entries()) {
    const cueEnd = m.index + m[0].length;
    for (const rival of rivalsOf(cueEnd)) {
      const found = againstRival(rival, i, m, ahead, speed);
      if (found) return [found];
    }
  }
  return [];

  function againstRival(rival: Figure, i: number, m: RegExpExecArray, ahead: boolean, speed: boolean): Finding | null {
    const cueEnd = m.index + m[0].length;
    const start = chainStart(sentence, cues.slice(0, i).map((cue) => ({ start: cue.m.index, rival: rivalsOf(cue.m.index + cue.m[0].length).at(-1) })), m.index);
    // The subject's figure: the nearest before the cue that is no rival's, of the same kind and unit.
    // ("topped the table on 30 points after 12 games", "90 points from 38 games": a count after "after", "since" or "from"
    // is no level.)
    const own = figures.filter((f) => f.q.end <= start && !rivalFigures.has(f) && f.kind === rival.kind && sameCount(sentence, f, rival) && !/\b(?:after|before|since|until|within|during|per|across|through|from|out\s+of)\s+$/i.test(sentence.slice(Math.max(0, f.q.start - 8), f.q.start))).at(-1);
    if (own && rival.isRise && !own.isRise) return null;
    const farWords = own && PUTS_IT_AFTER.test(sentence.slice(own.q.end, own.q.end + 40)) && !/,\s+and\b/.test(sentence.slice(own.q.end, start)) ? 16 : 8;
    if (!own || wordsBetween(sentence, own.q, { start, end: cueEnd }) > farWords || /;|\b(?:but|while|whereas|although|though)\b/i.test(sentence.slice(own.q.end, start))) return null;
    // "ahead of Vestas, which had 31% in 2020", "above Spurs, who had 55 at this stage last season": the rival then, not
    // now (unless the subject's figure is of another time too).
    // "Amazon, with 31% of the cloud market, is ahead of Microsoft, which gets 40% of its revenue from cloud": shares of
    // two wholes.
    if (otherWholes(wholes, own.q, rival.q)) return null;
    // ("The ruling party, which won 55% in 2019, is now behind the opposition": the subject then, the rival now.)
    if (OTHER_TIME_AFTER.test(sentence.slice(rival.q.end, rival.q.end + 60)) !== OTHER_TIME_AFTER.test(sentence.slice(own.q.end, m.index))) return null;
    // "The FTSE 100, up 2% at 7,600, was ahead of the Dax at 16,000", "rose 4% to 250p, ahead of Sainsbury's at 280p": a
    // level told with its change is ranked by the change.
    if (!own.isRise && CHANGED_LEVEL_BEFORE.test(sentence.slice(Math.max(0, own.q.start - 24), own.q.start))) return null;
    // "The team, with a £40m budget, finished ahead of Leeds, who spent £90m": what was spent is no standing, unless
    // spending is what is ranked ("spent £90m, behind Chelsea on £120m" compares it; one outlay beside a standing does
    // not).
    const outlays = [own, rival].filter((f) => isOutlay(sentence, f)).length;
    if (outlays === 1 || (outlays === 2 && STANDING_BEFORE_CUE.test(sentence.slice(Math.max(0, m.index - 30), m.index)))) return null;
    // ("clocked 37.61, 0.18 seconds behind the US on 37.43": a race told by its gap or its verb is timed too.)
    const isTime = (isTimed || [own, rival].some((f) => TIME_UNIT.test(f.unit))) && [own, rival].every((f) => f.unit === "" || TIME_UNIT.test(f.unit));
    if ((isTime && LITERAL_CUE.test(m[0])) || (speed && !isTime)) return null;
    // "The barrier, 20 metres high, sits behind a 5-metre sea wall": beside lengths, behind, above and below are places.
    // (Rain is measured in millimetres but stands nowhere: "the second-wettest month, with 98mm of rain, behind June's
    // 84mm".)
    const isRain = RAIN.test(sentence) && [own, rival].every((f) => RAIN_UNIT.test(f.unit));
    if (PLACED_CUE.test(m[0]) && !isRain && [own, rival].some((f) => isLengthUnit(f.unit) || isLengthUnit(f.q.unit.replace(/^-/, "")))) return null;
    // "joined at 18, two years behind his brother", "3 miles ahead of the lifeboat": a lag in time or a distance is a place
    // in time or space, not a rank (in a race, seconds and minutes are the gap of a rank).
    if (/\b(?:years?|months?|weeks?|days?|decades?|miles?|metres?|meters?|km|kilometres?|yards?|feet|ft|laps?|lengths?)\s+$/i.test(sentence.slice(Math.max(0, m.index - 12), m.index))) return null;
    // (Above and below say which figure is the higher, whatever the rank; behind may too: "the smallest of the three
    // ports at 110m tonnes, behind Antwerp's 230m".)
    const ranked = !ahead || LITERAL_CUE.test(m[0]) || unnamed.includes(m) ? null : rankedBy(sentence, own.q.end, m.index);
    const higher = ranked !== null ? ahead === ranked : isTime ? !ahead : ahead;
    if (higher ? own.value > rival.value : own.value < rival.value) {
      const gap = gapAgainst(sentence, own, rival, m.index, isTime);
      if (gap) return gap;
      return null;
    }
    return {
      ruleId: RANK_RULE_ID,
      message: `“${sentence.slice(m.index, rival.q.end)}”, but ${figureText(own)} is ${own.value === rival.value ? "the same" : isTime ? (higher ? "faster" : "slower") : higher ? "less" : "more"}.`,
      start: own.q.start,
      end: rival.q.end,
    };
  }
}

// "ahead of biomass on 8% and nuclear on 15%", "behind Total on 380,000, Exxon on 350,000 and BP on 300,000": a cue's
// rivals may be listed, each named with its figure, and each is set against the subject. (A list item is a name and its
// figure only: "ahead of biomass on 8% and well behind gas" brings a cue of its own.)
const NEXT_RIVAL = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:the|its|their)\s+)?(?!(?:up|down|rose|fell|grew|was|is|had|has|with|on|at)\b)\p{L}[\p{L}’'.-]*(?:\s+\p{L}[\p{L}’'.-]*){0,2}?(?:,?\s+(?:on|at|with)\s+|[’']s?\s+)(?:(?:about|some|just|only|nearly)\s+)?$/u;
const CUE_WORD = /\b(?:behind|ahead|above|below|trailing|trails|beating|than|but|while|whereas)\b/i;

function listedRivals(sentence: string, figures: Figure[], first: Figure | undefined): Figure[] {
  const rivals = first ? [first] : [];
  for (let last = first; last; ) {
    const prev = last;
    const next = figures.find((f) => f.q.start > prev.q.end && f.kind === first!.kind);
    const between = next ? sentence.slice(prev.q.end, next.q.start) : "";
    last = next && NEXT_RIVAL.test(between) && !CUE_WORD.test(between) ? next : undefined;
    if (last) rivals.push(last);
  }
  return rivals;
}


// "the longest waits in the region at 16 hours, ahead of St James's on 14 hours", "the lowest jobless rate at 3.1%, ahead
// of York on 3.4%": after the subject's superlative, ahead is further its way, whatever the unit (a race's fastest,
// quickest and slowest are left to the times; a place, "came second", has no way of its own).
const SUPERLATIVE = /^(?:[\p{L}-]+est|most\s.+|least(?:\s.+)?)$/u;
const RACE_SUPERLATIVE = /^(?:fastest|quickest|slowest)$/i;

/** Whether the subject's superlative told before its figure ranks up (true), down (false), or none is told (null). */
function rankedBy(sentence: string, ownEnd: number, cueStart: number): boolean | null {
  const rank = ranksIn(sentence).filter((r) => r.end <= ownEnd && r.place > 0 && !/[;]|\b(?:but|while|whereas)\b/i.test(sentence.slice(r.end, cueStart))).sort((a, b) => a.start - b.start).at(-1);
  if (!rank || !SUPERLATIVE.test(rank.word) || RACE_SUPERLATIVE.test(rank.word)) return null;
  return rank.up;
}

// "38% puts her fourth of five, with the only one scoring lower on 41%", "with only one rival polling higher, at 29%": a
// rival left unnamed, said to be below or above the subject, with its figure (lower and higher say which way, whatever
// is ranked).
const UNNAMED_RIVAL = /\b(?:the\s+only\s+(?:one|other|\p{L}+)|only\s+one(?:\s+\p{L}+)?|the\s+one|another)\s+(?:(?:that|who|which)\s+(?:is|was)\s+)?(?:scoring|scored|polling|polled|rated|ranked|earning|with)\s+(lower|higher|less|more|fewer)\s*,?\s+(?:on|at|with)\s+(?:(?:about|some|just|only|nearly)\s+)?/giu;

// "HSBC's £12bn profit put it last among the five biggest banks, just below Barclays": a figure that puts its holder in
// a place is the subject's however many words the place takes.
const PUTS_IT_AFTER = /^(?:\s+[\p{L}-]+){0,2}?\s+(?:put|puts|putting|left|leaves|leaving|placed|places|placing)\s+(?:it|them|him|her)\b/u;

// "behind Halden on 16 per cent but ahead of Crestline on 13 per cent": a cue that follows another cue and its rival's
// figure, joined by "but" or "and", is said of the same subject, so its figure is looked for before the first cue.
const CHAINED = /^\s*,?\s*(?:but|and|yet)?\s*(?:(?:still|just|narrowly|comfortably|well)\s+)?$/i;

function chainStart(sentence: string, earlier: { start: number; rival: Figure | undefined }[], cueStart: number): number {
  let start = cueStart;
  for (const cue of [...earlier].reverse()) {
    if (!cue.rival || cue.rival.q.end > start || !CHAINED.test(sentence.slice(cue.rival.q.end, start))) break;
    start = cue.start;
  }
  return start;
}

const CHANGED_LEVEL_BEFORE = /(?:\d\s?%|\bper\s+cent|\bpoints?|\dp)\s+(?:at|to)\s+(?:(?:about|some|just|nearly)\s+)?$/i;
const OUTLAY_BEFORE = /\b(?:spent|spend|spends|spending|invested|investing|costing|cost|budget\s+of|wage\s+bill\s+of|fees?\s+of|outlay\s+of)\s+(?:(?:about|some|just|only|nearly|over|more\s+than)\s+)?(?:an?\s+)?$/i;
const OUTLAY_AFTER = /^[-\s]+(?:budget|wage\s+bill|transfer|outlay|spend|spending|investment|signing)\b/i;
const STANDING_BEFORE_CUE = /\b(?:finished|finishes|came|ended|placed|sit|sits|sat|are|is|was|were|stand|stands|lie|lies|lay|remain|remains|stayed)\s+(?:(?:now|still|just|well|comfortably|narrowly)\s+)?$/i;

export function isOutlay(sentence: string, figure: Figure): boolean {
  return figure.kind !== "#" && figure.kind !== "%" && (OUTLAY_BEFORE.test(sentence.slice(Math.max(0, figure.q.start - 30), figure.q.start)) || OUTLAY_AFTER.test(sentence.slice(figure.q.end, figure.q.end + 16)));
}

// "ten behind Mr Lindqvist on 106", "three points clear of Barnsley on 55", "2.4 seconds ahead of Tola in 2:20:31": the gap
// said before the rival, against the two figures. A gap in per cent ("5% ahead") is relative, and one in places a rank.
const GAP_UNIT = /^\s+(?:(points?|percentage\s+points?|votes?|seats?|goals?|runs?|seconds?|secs?|s|minutes?|mins?)\s+)?$/i;
const MINUTES = /^(?:minutes?|mins?)/i;
const PARTS: Record<string, number> = { half: 2, third: 3, quarter: 4, fifth: 5, tenth: 10, hundredth: 100 };

function gapAgainst(sentence: string, own: Figure, rival: Figure, cueStart: number, isTime: boolean): Finding | null {
  const quantities = findQuantities(sentence);
  // ("a point behind", "a second ahead": one.)
  // ("a fifth of a second quicker", "half a second behind": a part of one, said loosely, so read as about that much.)
  const part = /\b(?:an?\s+(half|third|quarter|fifth|tenth|hundredth)\s+of\s+a|(half)\s+a)(\s+(?:point|second|minute))\s+$/i.exec(sentence.slice(Math.max(0, cueStart - 34), cueStart));
  const one = part ? null : /\ba(\s+(?:point|vote|seat|goal|run|second|minute))\s+$/i.exec(sentence.slice(Math.max(0, cueStart - 12), cueStart));
  const gap = part
    ? ({ value: 1 / PARTS[(part[1] ?? part[2]).toLowerCase()], start: cueStart - part[0].length, end: cueStart - part[3].length - 1, text: part[0].trim(), isPercent: false, isYear: false, isFraction: false, approx: "about", currency: null, unit: "" } satisfies Quantity)
    : one
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
    ruleId: RANK_RULE_ID,
    message: `“${sentence.slice(gap.start, rival.q.end)}”, but ${figureText(own)} and ${figureText(rival)} are ${Number(diff.toFixed(2))} apart.`,
    start: gap.start,
    end: rival.q.end,
  };
}
