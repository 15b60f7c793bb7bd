import { countedUnit, findQuantities, type Quantity } from "../numbers";
import { isClockTime, raceTimes } from "./clock-time";
import { partsOfWholes } from "./part-of-whole";

// The figures rank-against-figures compares, split out of it to keep each file small: every figure of the sentence
// with the kind (share, money, count) and unit it is compared by, leaving out wholes, ages, scores, bars and changes.
export const RANK_RULE_ID = "rank-against-figures";
// ("chosen by 140 children": "by" after no verb of change is the agent.)
// ("rising by 18 per cent", "falling 4.2 per cent": participles of change too.)
// ("making up 34% of generation": a part, not a rise.)
const CHANGE_BEFORE = /\b(?:(?:(?<!\b(?:making|makes|make|made)\s)up|down|rose|risen|rising|fell|fallen|falling|gained|gaining|lost|losing|grew|grown|growing|dropped|dropping|increased|decreased|cut)(?:\s+by)?|up\s+from|down\s+from)\s+(?:(?:about|some|nearly|almost|just)\s+)?$/i;
// "15 other nations", "$200 billion of it": a count of rivals, or a part of another figure.
const RIVAL_COUNT_AFTER = /^\s+(?:other|more|others)\b/i;
// "its two main rivals each draw more than 10 million", "trailing two neighbouring academies on 51.6 and 53.0": a small
// count after a word that sets rivals against the subject counts them (only rivals follow "its" or "their").
const RIVALS_COUNTED_BEFORE = /\b(?:trailing|trails|trailed|behind|ahead\s+of|beating|beat|outpacing|outpaced|undercutting|(its|their))\s+(?:(?:all|the)\s+)?$/i;
const RIVALS_NOUN_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}?\p{L}+s\b/u;
const RIVALS_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:rivals|competitors|challengers|peers)\b/iu;

function countsRivals(sentence: string, q: Quantity): boolean {
  const cue = RIVALS_COUNTED_BEFORE.exec(sentence.slice(Math.max(0, q.start - 60), q.start));
  const after = sentence.slice(q.end, q.end + 40);
  return cue !== null && (cue[1] === undefined ? RIVALS_NOUN_AFTER : RIVALS_AFTER).test(after);
}
// "at 7.1 offences per 1,000 people", "one in every 20": the base of a rate is no level.
const RATE_BASE_BEFORE = /\b(?:per|for\s+every|in\s+every)\s+$/i;
// "an average Attainment 8 score of 48.2", "the FTSE 100 index": a number in a name before the noun it names.
const NAME_NUMBER_BEFORE = /(?<!^)\b(?!(?:On|With|At|In|By|For|The|A|An)\s)\p{Lu}\p{Ll}+\s$/u;
// "ten behind Mr Lindqvist", "one place above Barnsley", "three points clear": a gap between two levels, not a level.
// ("45.20 and ahead of Lind": a figure before a new clause is a level.)
// ("two fewer than runners-up Germany": a difference said with "more/fewer than" right after it; "0.2s quicker": a gap in
// seconds, the unit glued on.)
const GAP_AFTER = /^(?:s|secs?)?\s+(?:(?!(?:and|or|but|while|with|is|was|are|were|then)\b)[\p{L}]+\s+)?(?:behind|ahead|clear|adrift|short\s+of|above|below|quicker|faster|slower)\b|^\s+(?:more|fewer|less)\s+than\b/iu;
const TURNOUT_BEFORE = /\bturnout\s+(?:(?:was|is|of|at|stood\s+at|reached|hit|fell\s+to|rose\s+to)\s+)?(?:(?:about|some|just|only|nearly)\s+)?$/i;
export const PART_OF_IT = /^\s+of\s+(?:it|them|those|which|whom)\b/i;
// ("short of the 50% needed to avoid a run-off": what it takes is a bar too.)
const BAR_AFTER = /^\s*(?:threshold|target|limit|minimum|maximum|cap|bar|mark|hurdle|average|forecast|estimate|benchmark|ceiling|floor|needed|required|necessary)\b/i;
// ("in a market in which the average fund holds $2bn": what the average one has is a bar too.)
const BAR_BEFORE = /\b(?:threshold|target|limit|minimum|maximum|cap|average|forecast|estimate|benchmark|ceiling|floor)s?\s+(?:of\s+)?(?:(?:about|some|just|only|nearly)\s+)?$|\b(?:the|an)\s+average\s+(?:[\p{L}-]+\s+){0,2}?(?:holds|has|had|is|was|earns|earned|costs|cost|pays|paid|gets|got|takes|took|sells|sold)\s+(?:(?:about|some|just|only|nearly)\s+)?$/iu;
// "the three villages" after "the smallest of": the size of the set ranked. ("the smallest of the town's four": an owner
// may name the set's scope.)
const SET_SIZE_BEFORE = /\b(?:of|among)\s+(?:the|its|their|all|(?:the\s+)?\p{L}+[’']s)\s+$/iu;
// "a 12% share", "a 30% stake": what is ranked is the holder, not a counted noun.
const HOLDING = new Set(["share", "stake"]);
const NEGATIVE_BEFORE = /(?:^|[\s(])[-−–]$|\bminus\s+$/i;

/** `isRise`: a rise in per cent ("grew 0.6%", "the FTSE's 2% gain"), kept only to compare with another rate. */
/** `isChange`: a change kept as the figure of a rank of change ("up 14%" beside "the fastest-growing"). */
export type Figure = { q: Quantity; value: number; kind: string; unit: string; isRise?: boolean; isChange?: boolean };

/** The figure as written, with the sign the parser drops ("-12C"). */
export function figureText(figure: Figure): string {
  const text = figure.q.text.trim();
  return figure.value < 0 && !/^[-−]/.test(text) ? `-${text}` : text;
}

function unitOf(q: Quantity): string {
  const unit = countedUnit({ ...q, unit: q.unit.replace(/^-/, "").replace(/s$/, "") });
  return HOLDING.has(unit) ? "" : unit;
}

// "grew 0.6% in the quarter, ahead of France at 0.8%": a rise beside a rival's rate is a rate too (falls are left alone:
// "fell 5%, below the index" may mean a worse fall).
const RISE_BEFORE = /\b(?:rose|risen|grew|grown|(?<!\b(?:making|makes|make|made)\s)up|gained|increased|climbed|jumped|expanded)\s+(?:by\s+)?(?:(?:about|some|nearly|almost|just)\s+)?$/i;

// "the fastest-growing waiting list, up 14% on the year, while the ophthalmology list grew 19%": a rank of growth ranks
// by the changes themselves, so they are its figures (a change the other way counts against it: "fell 2%" is -2 of
// growth).
// ("the worst performer on the index, falling 4.2%, while a retailer dropped 6.8%": a performer ranks by its change,
// a rise being better.)
// ("the strongest of the G10 currencies, gaining 1.2%, while the yen gained 1.8%", "the weakest base metal, down 0.4%, as
// aluminium fell 1.1%": of a market, the strongest and weakest are its best and worst performers.)
// ("the biggest fallers on the index, down 6.2%, while the housebuilder dropped 7.5%": a faller or riser is ranked by its
// change, as rank-words.ts reads it.)
const RANK_OF_CHANGE = /\b(?:fastest|quickest|slowest)[-\s](?:(growing|rising|expanding|increasing)|(shrinking|falling|declining|contracting))\b|\b(?:biggest|largest|heaviest|top)\s+(?:risers?|gainers?|(fallers?|losers?))\b|\b(?:best|worst)(?:[-\s]performing|\s+performers?)\b|\b(?:strongest|weakest)\b/i;
export const PERFORMER = /\b(?:best|worst)(?:[-\s]performing|\s+performers?)\b/i;
const FALL_BEFORE = /\b(?:down|fell|fallen|falling|lost|losing|dropped|dropping|decreased|cut|shrank|shrunk|declined|declining)\s+(?:by\s+)?(?:(?:about|some|nearly|almost|just)\s+)?$/i;

// Beside a rank of change, the market's verbs of change too ("while Ocado jumped 4.2%", "as the bank slid 7%"); kept out
// of CHANGE_BEFORE so that other ranks read their figures as before.
const MARKET_RISE_BEFORE = /\b(?:jumped|jumping|climbed|climbing|soared|soaring|surged|surging|rallied|rallying|added|adding)\s+(?:by\s+)?(?:(?:about|some|nearly|almost|just)\s+)?$/i;
// ("the weakest sector, contracting by 1.1%, while retail shrank 0.3%": an economy's verbs of shrinking are falls too.)
const MARKET_FALL_BEFORE = /\b(?:slid|sliding|tumbled|tumbling|slumped|slumping|plunged|plunging|sank|sinking|shed|shedding|slipped|slipping|contracted|contracting|shrank|shrinking|shrunk)\s+(?:by\s+)?(?:(?:about|some|nearly|almost|just)\s+)?$/i;

// "as aluminium fell 1.1% and zinc 0.9%": a change whose verb is left out after the one before it is a change the same
// way (beside a rank of change only).
const CARRIED_CHANGE = /^(?:,|,?\s+and)\s+(?:the\s+)?\p{L}[\p{L}’'.-]*(?:\s+\p{L}[\p{L}’'.-]*)?\s+(?:(?:by|about|some|nearly|almost|just)\s+)?$/u;

export function figuresIn(sentence: string, keepRises = false): Figure[] {
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
    if (times.some((time) => q.start >= time.start && q.end <= time.end)) continue;
    if (RATE_BASE_BEFORE.test(sentence.slice(Math.max(0, q.start - 14), q.start))) continue;
    // ("world No 2", "the No. 4 seed": a place named by its number, not a level.)
    if (/\bNo\.?\s?$/.test(sentence.slice(Math.max(0, q.start - 4), q.start))) continue;
    const isWhole = !q.isPercent && q.currency === null && Number.isInteger(q.value);
    if (isWhole && q.value <= 12 && countsRivals(sentence, q)) continue;
    if (isWhole && unitOf(q) !== "" && NAME_NUMBER_BEFORE.test(sentence.slice(Math.max(0, q.start - 20), q.start))) continue;
    if (isRace && q.currency === null && /\d\s?(?:m|km)$/i.test(q.text)) continue;
    if (q.isYear || q.isFraction || wholes.has(q) || isClockTime(sentence, q) || /^[-\s]years?[-\s]old\b|^-year\b/i.test(sentence.slice(q.end, q.end + 12))) continue;
    // ("and the winner, aged 23, clocked 45.20": an age.)
    if (/\baged\s+$/i.test(sentence.slice(Math.max(0, q.start - 6), q.start))) continue;
    const isRise = keepRises && q.isPercent && RISE_BEFORE.test(sentence.slice(Math.max(0, q.start - 16), q.start));
    const before = sentence.slice(Math.max(0, q.start - 16), q.start);
    const marketFall = ofChange !== null && MARKET_FALL_BEFORE.test(before);
    const previous = figures.at(-1);
    const toldChange = CHANGE_BEFORE.test(before) || marketFall || (ofChange !== null && MARKET_RISE_BEFORE.test(before));
    const carried = !toldChange && ofChange !== null && previous?.isChange === true && CARRIED_CHANGE.test(sentence.slice(previous.q.end, q.start));
    const isChange = toldChange || carried;
    if (!isRise && isChange && !(ofChange && q.isPercent)) continue;
    // "beat Riverside 3-1", "a 220-213 vote": a score or a tally, not two figures.
    if (/^[-–]\d/.test(sentence.slice(q.end, q.end + 2)) || /\d[-–]$/.test(sentence.slice(Math.max(0, q.start - 2), q.start))) continue;
    if (RIVAL_COUNT_AFTER.test(sentence.slice(q.end, q.end + 10)) || GAP_AFTER.test(sentence.slice(q.end, q.end + 24))) continue;
    // "Turnout was 59.7%, … and the winning candidate took 41%": the share of the electorate that voted is no candidate's.
    if (TURNOUT_BEFORE.test(sentence.slice(Math.max(0, q.start - 30), q.start)) || /^\s*turnout\b/i.test(sentence.slice(q.end, q.end + 10))) continue;
    // "to clear the 4% threshold", "against a target of 5%": a bar, not a rival.
    if (BAR_AFTER.test(sentence.slice(q.end, q.end + 14)) || BAR_BEFORE.test(sentence.slice(Math.max(0, q.start - 24), q.start))) continue;
    if (SET_SIZE_BEFORE.test(sentence.slice(Math.max(0, q.start - 24), q.start)) && !q.isPercent && q.currency === null && q.value < 100) continue;
    // ("sold 3 million copies": a scaled figure with a noun of its own is a count.)
    const scaledBare = !q.isPercent && q.currency === null && unitOf(q) === "" && /\d\s*(?:million|billion|trillion|bn|m)\b/i.test(q.text);
    const kind = q.isPercent ? "%" : (q.currency ?? (scaledBare && onlyCurrency ? onlyCurrency : "#"));
    // "-5C", "minus 12C": the parser keeps no sign.
    // (Beside a rank of falling, a fall counts for it and a rise against it.)
    const isFall = FALL_BEFORE.test(before) || marketFall;
    const against = ofChange !== null && isChange && isFall !== ((ofChange[2] ?? ofChange[3]) !== undefined);
    const sign = carried ? Math.sign(previous!.value) || 1 : (NEGATIVE_BEFORE.test(sentence.slice(Math.max(0, q.start - 8), q.start)) ? -1 : 1) * (against ? -1 : 1);
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
export function comparedGroup(figures: Figure[]): Figure[] {
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

export function wordsBetween(sentence: string, a: { start: number; end: number }, b: { start: number; end: number }): number {
  const text = a.end <= b.start ? sentence.slice(a.end, b.start) : sentence.slice(b.end, a.start);
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

export const TIME_UNIT = /^(?:second|sec|s|minute|min|hour|hr|h|day|week)$/i;

// A figure of another time is no rival's level now: "won the seat with 21,000 votes, against 24,000 for his predecessor
// in 2019", "against 52% in the previous contest", "who had 55 at this stage last season", "against 45% then". (Unless years or seasons
// are what is ranked: "the wettest year, 2020, …, against 950mm in 2019".)
export const OTHER_TIME_AFTER = /^(?:\s+(?!(?:and|but|while|or)\b)[\p{L}’'-]+){0,5}?,?\s+(?:then\b(?![\s,]+\d)|in\s+(?:19|20)\d\d\b|(?:at|in)\s+the\s+(?:last|previous|preceding|2\d\d\d)\s+\p{L}+|(?:at\s+this\s+stage\s+|this\s+time\s+)?last\s+(?:year|season|time|month|week|term|election)\b|(?:an?|the)\s+(?:year|decade|month|week|season)\s+(?:earlier|ago|before)\b|the\s+(?:previous|preceding|prior)\s+(?:year|decade|month|week|season)\b|(?:\w+\s+)?(?:years|decades)\s+(?:earlier|ago|before)\b)/iu;
export const TIMES_RANKED = /\b(?:year|years|season|seasons|month|months|summer|winter|spring|autumn|decade|quarter|week|day)\b/i;

// "Spending was the highest of the year so far, at £4bn, against £5bn in 2019", "the busiest week of the season, …,
// against 61,000 last season": a rank within one year (or season) leaves out a figure of another year, even where it
// ranks times (TIMES_RANKED): that figure lies outside what is ranked. ("the warmest of the decade, … in 2019" is left:
// a decade holds the year named.)
const ONE_SPAN_SCOPE = /^(?:[\s-]+[\p{L}’'-]+){0,3}?[\s-]+(?:(?:of|in)\s+the|this|so\s+far\s+this)\s+(year|season|summer|winter|spring|autumn)\b/iu;
const OTHER_SPAN_AFTER = /^(?:\s+(?!(?:and|but|while|or)\b)[\p{L}’'-]+){0,5}?,?\s+(?:in\s+(?:19|20)\d\d\b|(?:at\s+this\s+stage\s+)?last\s+(\p{L}+)|(?:an?|the)\s+(\p{L}+)\s+(?:earlier|ago|before)\b|the\s+(?:previous|preceding|prior)\s+(\p{L}+)|(?:\w+\s+)?(years)\s+(?:earlier|ago|before)\b)/iu;

/** Whether the figure ending at `figureEnd` is of another year (or season) than the one the rank ending at `rankEnd` is within. */
export function outsideRankedSpan(sentence: string, rankEnd: number, figureEnd: number): boolean {
  const scope = ONE_SPAN_SCOPE.exec(sentence.slice(rankEnd, rankEnd + 40));
  const other = scope && OTHER_SPAN_AFTER.exec(sentence.slice(figureEnd, figureEnd + 60));
  if (!other) return false;
  const span = (other[1] ?? other[2] ?? other[3] ?? other[4])?.toLowerCase().replace(/s$/, "");
  return span === undefined || span === "year" || span === scope[1].toLowerCase();
}
