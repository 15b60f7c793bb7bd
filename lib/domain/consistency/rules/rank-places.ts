import type { Finding } from "../rule";
import { RANK_RULE_ID } from "./rank-figures";
import { BEHIND_WORDS, QUICKER, SLOWER } from "./rank-vocabulary";
import { ranksIn, type Rank } from "./rank-words";

// Places said twice of one subject, with no figures needed (a file of its own to keep rank-against-figures small).

// "Ranked fourth in the league table …, the operator beat every rival except one", "offered the cheapest fix …,
// undercutting everyone except one rival": all but one beaten is second, so another place said of the same subject in
// the same breath contradicts it. A new subject or time between the two ("while the Greens …", "last year") leaves the
// places to two things.
const OTHER_SUBJECT_BETWEEN = /[;]|\b(?:while|whereas|but|although|though|and\s+(?:the|its|their|a)|who|which|last|previous|earlier|then|now|until|before|after|since|(?:19|20)\d\d)\b/i;

// ("the second-smallest of the six, …, more than all but one of the others": counted the other way, a place in a set of
// a size told is that size less the place, plus one.)
const SET_OF = /\b(?:of|among)\s+(?:the\s+|its\s+|their\s+)?(?:\p{L}+[’']s\s+)?(\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\b/iu;
const SET_SIZES: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12 };

function exceptAgainstRank(sentence: string): Finding[] {
  const ranks = ranksIn(sentence).filter((rank) => rank.place > 0);
  const excepted = ranks.find((rank) => rank.excepted === true);
  if (!excepted) return [];
  const set = SET_OF.exec(sentence);
  const size = set ? (SET_SIZES[set[1].toLowerCase()] ?? Number(set[1])) : 0;
  const placeOf = (rank: Rank) => (rank.up === excepted.up ? rank.place : size > 0 ? size + 1 - rank.place : 0);
  const other = ranks.find((rank) => rank !== excepted && !rank.excepted && placeOf(rank) > 0 && placeOf(rank) !== excepted.place && rank.word !== "last");
  if (!other) return [];
  const [first, second] = other.start < excepted.start ? [other, excepted] : [excepted, other];
  if (OTHER_SUBJECT_BETWEEN.test(sentence.slice(first.end, second.start))) return [];
  return [{
    ruleId: RANK_RULE_ID,
    message: `“${other.text}” is ${placeWord(placeOf(other))}${other.up === excepted.up ? "" : " counted the other way"}, but “${excepted.text}” makes it ${placeWord(excepted.place)}.`,
    start: first.start,
    end: second.end,
  }];
}

// "Finishing third on 12 under, she was … one ahead of the runner-up", "The world No 3 has 7,120 ranking points, fewer
// than the No 4": a place ahead of a better place, or behind a worse one. The rival's place is told by what it is called
// in this contest: the winner, the runner-up, leaders, "second-placed", "the No 4" (a title from another contest, "last
// year's winner", "the defending champion", is left alone: only "the" may come before it). ("the third-largest buyer …,
// ahead of the runner-up": an ordinal superlative is a place in the same ranking as the rival's.)
// ("polled third", and "the front-runner", who is first: "The front-runner, on 28%, finished behind her nearest rival";
// not a front-runner once: "the early front-runner, now trailing".)
const OWN_PLACE = /\b(?<!\b(?:former|one-time|erstwhile|early|initial|original|then|ex|last\s+year[’']s)[\s-])(front-runner|frontrunner)\b|\b(?:(?:finish(?:ed|ing)|came|coming|polled|polling|placed|end(?:ed|ing)|ranks|ranked|sits?|sitting|lies|lying|climbed\s+to|rose\s+to|slipped\s+to|dropped\s+to|moved\s+up\s+to)\s+(first(?=\s+place\b)|second|third|fourth|fifth|sixth)\b|\b(second|third|fourth|fifth|sixth)-placed\b|\b(?:world|seeded|ranked)\s+No\.?\s?(\d{1,2})\b|\b(second|third|fourth|fifth|sixth)[-\s](?:largest|biggest|highest|greatest|busiest|richest|best-selling|top-selling|highest-paid|most[-\s](?:popular|valuable|visited|successful|watched|common|expensive))\b)/i;
const AHEAD = /\b(?:ahead\s+of|in\s+front\s+of|above|beating|beat|clear\s+of)\s+/gi;
const BEHIND = new RegExp(String.raw`\b(?:${BEHIND_WORDS})\s+`, "gi");
// ("fewer than the No 4" on ranking points or league points: more points rank higher.)
const MORE = /\b(?:more|higher)\s+than\s+/gi;
const FEWER = /\b(?:fewer|less|lower)\s+than\s+/gi;
// ("ahead of Turkey, the runner-up": the rival named, then its place set off.)
// ("behind her nearest rival": a leader's nearest rival is second, so only a first place is read against it.)
// ("overtaken by Shanghai, now fifth": the rival's place set off after its name; "the runner-up's nine": its figure, not
// one of its own people.)
const RIVAL_PLACE = /^(?:\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2},\s+)?(?:the\s+(?:(winner|runner-up|runners-up|leaders?)|(?:world\s+)?No\.?\s?(\d{1,2}))\b|(?:the\s+)?(second|third|fourth|fifth|sixth)-placed\b|(leaders)\s+\p{Lu}|(?:\p{L}[\p{L}’'-]*\s+){1,3}?in\s+(second|third|fourth|fifth|sixth)\s+place\b|(?:her|his|its|their)\s+(nearest|closest)\s+(?:rival|challenger|competitor)s?\b|\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2},\s+(?:now\s+)?(second|third|fourth|fifth|sixth)\b(?![-\s]+(?:most|least|\p{L}+est|time|half|quarter|round|tier)\b|-))(?!\s+of\b|[’']s?\s+(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)\p{L})/iu;
const PLACES: Record<string, number> = { first: 1, winner: 1, leader: 1, leaders: 1, "front-runner": 1, frontrunner: 1, "runner-up": 2, "runners-up": 2, nearest: 2, closest: 2, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6 };
// "climbed to first place … with an average of 11 minutes, still slower than the runner-up's nine": where times are
// ranked, the quicker is ahead.
const TIMED = /\b(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)\b/i;
// Comparing by points only where points rank the table, and never by strokes or times (fewer is better there).
const RANKED_BY_POINTS = /\bpoints\b/i;
const COUNTS_DOWN = /\b(?:under|over\s+par|shots?|strokes?|seconds?|minutes?|secs?)\b/i;

function placeAgainstNamedPlace(sentence: string): Finding[] {
  const own = OWN_PLACE.exec(sentence);
  if (!own) return [];
  const place = own[4] !== undefined ? Number(own[4]) : PLACES[(own[1] ?? own[2] ?? own[3] ?? own[5]).toLowerCase()];
  const byPoints = RANKED_BY_POINTS.test(sentence) && !COUNTS_DOWN.test(sentence);
  const cues = [...sentence.matchAll(AHEAD)].map((m) => ({ m, ahead: true })).concat([...sentence.matchAll(BEHIND)].map((m) => ({ m, ahead: false })));
  if (TIMED.test(sentence)) cues.push(...[...sentence.matchAll(QUICKER)].map((m) => ({ m, ahead: true })), ...[...sentence.matchAll(SLOWER)].map((m) => ({ m, ahead: false })));
  if (byPoints) cues.push(...[...sentence.matchAll(MORE)].map((m) => ({ m, ahead: true })), ...[...sentence.matchAll(FEWER)].map((m) => ({ m, ahead: false })));
  const ownEnd = own.index + own[0].length;
  for (const { m, ahead } of cues.sort((a, b) => a.m.index - b.m.index)) {
    if (m.index < ownEnd || OTHER_SUBJECT_BETWEEN.test(sentence.slice(ownEnd, m.index))) continue;
    const rival = RIVAL_PLACE.exec(sentence.slice(m.index + m[0].length));
    if (!rival) continue;
    // ("ahead of purchase scams in second place": a rival named, then the place it holds.)
    const word = (rival[1] ?? rival[3] ?? rival[4] ?? rival[5] ?? rival[6] ?? rival[7])?.toLowerCase();
    if (rival[6] !== undefined && place !== 1) continue;
    const rivalPlace = rival[2] !== undefined ? Number(rival[2]) : PLACES[word!];
    if (rivalPlace === place || (ahead ? rivalPlace > place : rivalPlace < place)) continue;
    return [{
      ruleId: RANK_RULE_ID,
      message: `“${own[0].trim()}”, yet “${m[0].trim()} ${rival[0].trim()}”, who ${rivalPlace < place ? "is higher" : "is lower"} (${placeWord(rivalPlace)}).`,
      start: own.index,
      end: m.index + m[0].length + rival[0].length,
    }];
  }
  return [];
}

function placeWord(place: number): string {
  return ["first", "second", "third", "fourth", "fifth", "sixth"][place - 1] ?? `No ${place}`;
}

// "Ranked fourth among OECD members for public debt, Japan has a debt-to-GDP ratio of 255%, the highest of all 38": a
// place below the first, then a plain superlative over the whole set ("of all 38", "of them all") set off after a figure
// of the measure the place was for (a word of "for public debt" is in "debt-to-GDP ratio"), is first and not that place.
const OF_ALL_AFTER = /^\s+of\s+(?:them\s+all|all\b|the\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b)/i;
// ("in Europe", "in the league" is the set, not the measure.)
const PLACE_MEASURE_AFTER = /^[^,;]*?\s(?:for|by)\s+((?:\p{L}[\p{L}-]*)(?:\s+\p{L}[\p{L}-]*){0,2})/u;
const MEASURE_WORD = /^\p{L}{4,}$/u;

// (Looked for before the ranks are read, which is dear.)
const OF_ALL_ANYWHERE = /est\s+of\s+(?:them\s+all|all\b|the\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b)/i;

function placeAgainstSuperlativeOfAll(sentence: string): Finding[] {
  if (!OF_ALL_ANYWHERE.test(sentence)) return [];
  const ranks = ranksIn(sentence).filter((rank) => rank.place > 0);
  const top = ranks.find((rank) => rank.place === 1 && /est$/i.test(rank.word) && OF_ALL_AFTER.test(sentence.slice(rank.end)) && /\d[^,;]{0,12},\s+the\s+$/.test(sentence.slice(Math.max(0, rank.start - 18), rank.start)));
  const placed = top && ranks.find((rank) => rank.end <= top.start && rank.place > 1 && !rank.excepted && !/est$/i.test(rank.word));
  if (!top || !placed || OTHER_SUBJECT_BETWEEN.test(sentence.slice(placed.end, top.start))) return [];
  const said = PLACE_MEASURE_AFTER.exec(sentence.slice(placed.end, top.start));
  const measure = said?.[1].split(/\s+/).filter((w) => MEASURE_WORD.test(w)) ?? [];
  // (The measure's words looked for after it, in what the figure is said to be of.)
  // ("for crime" and "94 crimes": a plural "s" is dropped on both sides.)
  const stem = (word: string) => word.toLowerCase().replace(/s$/, "");
  const told = new Set(sentence.slice(placed.end + (said?.[0].length ?? 0), top.start).split(/[\s-]+/).map(stem));
  if (!measure.some((word) => told.has(stem(word)))) return [];
  return [{
    ruleId: RANK_RULE_ID,
    message: `“${placed.text}”, but “the ${top.text}${OF_ALL_AFTER.exec(sentence.slice(top.end))![0]}” makes it first.`,
    start: placed.start,
    end: top.end,
  }];
}

/** Places said twice of one subject that disagree. */
export function placesAgainstPlaces(sentence: string): Finding[] {
  const excepted = exceptAgainstRank(sentence);
  if (excepted.length > 0) return excepted;
  const ofAll = placeAgainstSuperlativeOfAll(sentence);
  return ofAll.length > 0 ? ofAll : placeAgainstNamedPlace(sentence);
}
