import { findPercentages, findQuantities, type Quantity } from "../numbers";
import { isShareOfAWhole } from "./share-context";
import { areContrasted } from "./share-questions";
import { outcomeShares } from "./outcome-shares";
import { bracketedParts } from "./bracketed-shares";
import { areKindsOfOneHead } from "./kinds-of-one-head";
import { splitList } from "./split-list";
import { listedShares } from "./listed-shares";
import { ratedAnswers } from "./rated-answers";
import { OPPOSITES } from "./exclusive-answers";
import { PLURAL, VERB_OF_ITS_OWN } from "./verb-or-category";
import { wholeOf } from "./share-wholes";
import { heldByEach } from "./held-by-each";
import { outcomeChances } from "./outcome-chances";
import { bandedList } from "./banded-list";

// Shares with no whole named that are still parts of one whole, by how they are written: named holders, pence of
// every pound, opposite answers, one verb over a list, stakes, contrasted words, a split, a list, a turnout and who
// stayed away. Each reading makes a group of its own beside those shares-over-100 collects under a named whole.
// (A part of shares-over-100 in a file of its own: this reads only shares whose whole is left unsaid.)

// ("The referendum was carried by 57% to 46%": a vote won or lost by one share to the other splits the ballots.)
const SPLIT = /\b(?:split|divided|shared|went|(?:carried|passed|approved|rejected|defeated|won|lost)\s+by)\s+(?:\w+\s+)?\d[\d.]*\s?(?:%|per\s?cent|percent)\s*(?:to|-|–|\/|and)\s*\d[\d.]*\s?(?:%|per\s?cent|percent)/i;

// "comes 70% from gate receipts, 25% from sponsorship and 15% from merchandise", "57% voted to accept, 39% to reject
// and 9% abstained": three or more shares, each told of with the same preposition of where it comes from or goes,
// or the answers of one ballot, are parts of one whole. ("60% in Kent, 70% in Essex" are rates of three places.)
const SOURCE_OR_DESTINATION = new Set(["from", "to", "on", "into", "towards", "for"]);
const BALLOT = /\b(?:ballot|vote|voted|voting|referendum|tally|poll|survey|respondents)\b/i;
const RATES = /\b(?:tariffs?|tax(?:es)?|duty|duties|levy|levies|vat|rates?|interest|discounts?|surcharges?|mark-?ups?|commissions?|tolls?)\b/i;
const LIST_GAP = /^\s+((?:[\p{L}’'-]+\s+){0,8}?[\p{L}’'-]+)\s*(?:,\s*(?:and\s+|while\s+)?|\s+and\s+)$/u;

function exclusiveList(sentence: string, shares: Quantity[]): Quantity[] {
  if (shares.length < 3) return [];
  const firstWords: string[] = [];
  for (let i = 0; i < shares.length; i++) {
    const next = shares[i + 1];
    const gap = next ? sentence.slice(shares[i].end, next.start) : sentence.slice(shares[i].end).replace(/[.,;].*$/s, " and ");
    const described = next ? LIST_GAP.exec(gap) : /^\s+([\p{L}’'-]+)/u.exec(gap);
    if (!described) return [];
    firstWords.push(described[1].split(/\s+/)[0].toLowerCase());
  }
  // "a tariff of 25% on steel, 10% on aluminium and 100% on cars": rates charged on each thing, not parts of one whole.
  if (RATES.test(sentence)) return [];
  const sameSource = firstWords.every((word) => word === firstWords[0]) && SOURCE_OR_DESTINATION.has(firstWords[0]);
  return sameSource || BALLOT.test(sentence) ? shares : [];
}

// Groups whose shares are one line through a whole by how they are written: the words after them say one thing
// each, and no "are women … work part-time" overlap is to be looked for. ("Staff were 60% nurses, 30% doctors and
// 25% part-timers": "part" is no activity here.)
export const ONE_LINE = new Set(["\u0000bands", "\u0000distributed", "\u0000contrast", "\u0000outcomes", "\u0000split list"]);

// One verb distributed over a list, the whole the subject's or the verb's: "Recorded offences were 47% thefts, 33%
// violent crimes and 28% criminal damage" (the subject is made of the categories after the shares); "Thefts
// accounted for 47%, violent crimes for 33% and criminal damage 28%" (a verb of making up, the categories before
// the shares). Each share after the first comes with its category alone, no verb of its own. ("The project is 80%
// complete and 60% sold" says two things of it: a category here is a plural noun, "thefts", "cars", "flats".)
// ("Traffic is split roughly 55% tankers, 30% carriers and 25% container ships": a subject split into the list is
// made of it, as one that "is" the list.)
// ("The jockey's rides break down as 21% winners, 44% placed …": broken down as a list, the subject is made of it.)
const COPULA_BEFORE = /\b(?:is|are|was|were|remains|remain|remained|breaks?\s+down\s+as|broke\s+down\s+as)\s+(?:(?:split|divided)\s+(?:(?:between|into)\s+)?)?(?:(?:about|some|roughly|around|nearly|almost|just|only)\s+)?$/i;
// ("Support was 82% among nurses and 74% among porters": a group the share is measured in, not a category.)
const PLURAL_AFTER = new RegExp(`^\\s+(?!(?:among|in|at|across|within|for|from|by|with|of|on|to)\\s)(?:[\\p{Ll}-]+\\s+){0,2}?${PLURAL}\\s*(?:,|\\band\\b|\\bor\\b)`, "u");
const PLURAL_NEXT = new RegExp(`^\\s+(?:[\\p{Ll}-]+\\s+)?${PLURAL}\\b`, "u");
const MAKES_UP_BEFORE = /\b(?:accounted\s+for|accounts?\s+for|made\s+up|makes?\s+up|comprised|comprises?|represented|represents?|constituted|constitutes?)\s+(?:(?:about|some|roughly|around|nearly|almost|just|only)\s+)?$/i;
const ITEM_AFTER = /^\s+(?:[\p{L}’'-]+\s+){0,2}?([\p{L}’'-]+)\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/u;
const ITEM_BEFORE = /(?:,\s*(?:and\s+)?|\s+and\s+)((?:[\p{L}’'-]+\s+){0,2}?[\p{L}’'-]+)\s+(?:for\s+|at\s+)?$/u;

function oneVerbOverAList(sentence: string, shares: Quantity[]): Quantity[] {
  const [first, ...rest] = shares;
  if (!first) return [];
  const before = sentence.slice(Math.max(0, first.start - 30), first.start);
  // ("are 52% owner-occupied, 31% social rented and 24% privately rented": kinds of one head word are categories too.)
  const kinds = COPULA_BEFORE.test(before) && areKindsOfOneHead(sentence, shares);
  const categoriesAfter = kinds || (COPULA_BEFORE.test(before) && PLURAL_AFTER.test(sentence.slice(first.end, first.end + 50)));
  const categoriesBefore = MAKES_UP_BEFORE.test(before);
  const brokenDown = /\b(?:breaks?|broke)\s+down\s+as\s/i.test(before);
  if (!categoriesAfter && !categoriesBefore) return [];
  const list = [first];
  for (const share of rest) {
    const previous = list[list.length - 1];
    const gap = sentence.slice(previous.end, share.start);
    const word = /^\s+([\p{Ll}]+)/u.exec(sentence.slice(share.end, share.end + 20))?.[1];
    // (Past "break down as" every item is a category, "placed" no verb: "44% placed and 41% unplaced".)
    const item = categoriesAfter ? ITEM_AFTER.exec(gap) && (!word || brokenDown || !VERB_OF_ITS_OWN.test(word)) : ITEM_BEFORE.exec(gap);
    if (!item || (categoriesBefore && ITEM_BEFORE.exec(gap)?.[1].split(/\s+/).some((w) => VERB_OF_ITS_OWN.test(w)))) break;
    list.push(share);
  }
  // ("The fleet is 60% buses and 45% electric": with two, both must be categories.)
  if (categoriesAfter && !kinds && list.length === 2 && !PLURAL_NEXT.test(sentence.slice(list[1].end, list[1].end + 50))) return [];
  return list.length >= 2 ? list : [];
}

// "The founder keeps a one-half stake and the fund a one-third stake, with employees holding 30%": stakes that name
// nothing they are in are stakes in the one thing the sentence is about, and so are shares held beside them.
// ("a 60% stake in the bank and a 45% stake in the airline" name two things; "up from a 45% stake", "from a 70% stake
// to a 40% stake" and "once had a 70% stake but now has a 40% stake" are one holding at two times.)
const STAKE_WORD_AFTER = /^\s+(?:stake|holding|shareholding|interest)\b(?!\s+(?:in|of)\b)/i;
const HELD_BEFORE = /\b(?:holding|holds|hold|held|owning|owns|own|owned|keeps|keep|kept|retains|retaining|retained)\s+(?:(?:just|only|some|about|around|nearly|almost)\s+)?$/i;
const LEVEL_BEFORE = /\b(?:from|to|than)\s+(?:(?:a|an|its|their)\s+)?$/i;
const TWO_TIMES = /\b(?:once|previously|formerly|used\s+to|earlier|before|after|until|ago|later|then)\b/i;

function stakesOfOneThing(sentence: string, wholeless: Quantity[]): Quantity[] {
  const stakes = wholeless.filter((share) => STAKE_WORD_AFTER.test(sentence.slice(share.end, share.end + 40)));
  if (stakes.length === 0 || TWO_TIMES.test(sentence) || stakes.some((share) => LEVEL_BEFORE.test(sentence.slice(Math.max(0, share.start - 12), share.start)))) return [];
  const held = wholeless.filter((share) => !stakes.includes(share) && HELD_BEFORE.test(sentence.slice(Math.max(0, share.start - 20), share.start)) && !/^\s+(?:of|in)\b/i.test(sentence.slice(share.end, share.end + 6)));
  return [...stakes, ...held].sort((a, b) => a.start - b.start);
}

// "Container traffic was 62% inbound and 45% outbound", "The workforce is 60% male and 45% female", "staff were
// 80% full-time and 25% part-time", "homes 70% insured and 35% uninsured": shares of no named whole, each told of
// by one word, the words the same but for a short head (in/out, fe-, full-/part-, un-). Such a pair is the two
// sides of one line drawn through the subject, so the shares are of it. ("80% complete and 60% sold", "60%
// renovated and 45% decorated" are two things said: no shared word, or only a suffix such as "-ated".)
const ONE_WORD_AFTER = /^\s+([\p{Ll}][\p{Ll}-]*)\b(?![’'-])/u;

function contrastedShares(sentence: string, wholeless: Quantity[]): Quantity[] {
  const found = new Set<Quantity>();
  for (let i = 0; i + 1 < wholeless.length; i++) {
    const [first, second] = [wholeless[i], wholeless[i + 1]];
    const a = ONE_WORD_AFTER.exec(sentence.slice(first.end, first.end + 30))?.[1];
    const b = ONE_WORD_AFTER.exec(sentence.slice(second.end, second.end + 30))?.[1];
    if (!a || !b || !areContrasted(a, b)) continue;
    // The second in the same breath as the first: "62% inbound and 45% outbound", "60% male, 45% female".
    if (!/^\s+[\p{Ll}-]+\s*(?:,\s*|\s+)(?:and\s+|or\s+|with\s+)?(?:(?:some|about|around|nearly|almost|just|only)\s+)?$/u.test(sentence.slice(first.end, second.start))) continue;
    found.add(first).add(second);
  }
  return [...found];
}

// "Turnout was 62%, meaning 45% of registered voters stayed at home": those who voted and those who did not are
// the whole electorate between them.
export const TURNOUT = /\bturnout\b/i;
const STAYED_AWAY = /^\s+(?:of\s+(?:the\s+)?(?:registered\s+|eligible\s+)?(?:voters|electorate|those\s+eligible)\s+)?(?:stayed\s+(?:at\s+)?home|stayed\s+away|did\s+not\s+vote|didn[’']t\s+vote|abstained|failed\s+to\s+vote)\b/i;

function turnoutAndAbstention(sentence: string, shares: Quantity[]): Quantity[] {
  if (!TURNOUT.test(sentence)) return [];
  const away = shares.filter((share) => STAYED_AWAY.test(sentence.slice(share.end, share.end + 60)));
  const turnout = shares.filter((share) => TURNOUT.test(sentence.slice(Math.max(0, share.start - 40), share.start)) && !away.includes(share));
  return away.length === 1 && turnout.length === 1 ? [turnout[0], away[0]] : [];
}

// "The trust's rate of 71% puts it behind Northgate on 72% and ahead of Eastfield on 70%": rivals ranked against the
// subject on its own measure, each a rate of its own body. Only a vote, poll or market is one whole split between
// them ("behind Labour on 34% and Reform on 27%" in a poll).
const RIVAL_BEFORE = /\b(?:behind|ahead\s+of|trailing|than|beating|above|below|overtaking)\s+(?:(?:only|just)\s+)?(?:[\p{L}’'-]+\s+){0,3}?(?:(?:on|at)\s+)?(?:(?:just|only|some|about|around)\s+)?$/iu;
const SPLIT_BETWEEN_RIVALS = /\b(?:votes?|voted|poll(?:s|ed|ing)?|ballots?|elections?|referendum|share|market|seats|survey)\b/i;

function isRateOfARival(sentence: string, share: Quantity): boolean {
  const before = sentence.slice(Math.max(0, share.start - 60), share.start);
  // (A rival listed after one compared, "ahead of Brandt on 27% and Cole on 19%", is compared too.)
  const compared = RIVAL_BEFORE.test(before) || /\b(?:behind|ahead\s+of|trailing|than)\s+[^,;.]*\s(?:on|at)\s+[\d.]+\s?(?:%|per\s?cent)\s*(?:,|and)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?\s+(?:on|at)\s+$/iu.test(before);
  return compared && !SPLIT_BETWEEN_RIVALS.test(sentence);
}

const HOLDER_ON = /(?:^|[\s,])((?:the\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)\s+(?:on|at)\s+(?:(?:just|only|some|about|around)\s+)?$/u;

// ("Hill Park topped the table with 71% of pupils achieving grade 5, just above Grange Academy on 68%": a rival ranked
// against a share of a named whole has that rate of its own pupils; shares-by-whole keys it by the rival's name.)
export function rankedRival(sentence: string, share: Quantity): string | null {
  if (!isRateOfARival(sentence, share)) return null;
  return HOLDER_ON.exec(sentence.slice(Math.max(0, share.start - 40), share.start))?.[1].toLowerCase() ?? null;
}

// "Of every pound spent, 60p goes on staff and 50p on buildings": pence out of every pound are per cent of it.
const EVERY_POUND = /\b(?:of|in|from|out of)\s+every\s+(?:£1\b|pound\b)/i;

function pennyShares(sentence: string): Quantity[] {
  if (!EVERY_POUND.test(sentence)) return [];
  return findQuantities(sentence)
    .filter((q) => q.currency === "£" && !q.text.includes("£") && q.value < 1)
    .map((q) => ({ ...q, value: Math.round(q.value * 100), isPercent: true, text: q.text }))
    // "40p goes on staff, up from 30p": a change, not another share.
    .filter((q) => isShareOfAWhole(sentence, q));
}

// Adds to `groups` (and their `names`) every group of shares with no named whole that the sentence reads as one.
export function addGroupsOfNoNamedWhole(sentence: string, wholeless: Quantity[], groups: Map<string, Quantity[]>, names: Map<string, string>): void {
  // "The poll put Labour on 38%, the Tories on 34% and Reform on 29%": shares of named holders, one each.
  const held = wholeless.filter((share) => HOLDER_ON.test(sentence.slice(Math.max(0, share.start - 40), share.start)) && !isRateOfARival(sentence, share));
  const holders = new Set(held.map((share) => HOLDER_ON.exec(sentence.slice(Math.max(0, share.start - 40), share.start))?.[1].toLowerCase()));
  if (held.length >= 2 && holders.size === held.length) {
    groups.set("\u0000holders", held);
    names.set("\u0000holders", "the vote");
  }
  const ofAPound = pennyShares(sentence);
  if (ofAPound.length >= 2) {
    groups.set("\u0000pound", ofAPound);
    names.set("\u0000pound", "every pound");
  }
  if (wholeless.length >= 2 && OPPOSITES.some(([a, b]) => a.test(sentence) && b.test(sentence))) {
    groups.set("\u0000answers", wholeless);
    names.set("\u0000answers", "the answers");
  }
  // (Every share of no named whole, not `wholeless`: "55% from legacies, 30% from shops" and "47% thefts, 33% violent
  // crimes" read as restatement pairs, but lists they are.)
  const unnamed = findPercentages(sentence).filter((share) => share.value <= 100 && isShareOfAWhole(sentence, share) && wholeOf(sentence.slice(share.end, share.end + 40)) === null);
  // Groups of shares with no whole named, each read one way: kept when it holds enough shares to be that reading.
  const addGroup = (key: string, name: string, shares: Quantity[], atLeast: number) => {
    if (shares.length < atLeast) return;
    groups.set(`\u0000${key}`, shares);
    names.set(`\u0000${key}`, name);
  };
  addGroup("distributed", "one whole", oneVerbOverAList(sentence, unnamed), 2);
  addGroup("stakes", "what the stakes are in", stakesOfOneThing(sentence, wholeless), 2);
  addGroup("held", "what they hold", heldByEach(sentence, wholeless), 2);
  addGroup("chances", "one event's outcomes", outcomeChances(sentence, findPercentages(sentence)), 2);
  addGroup("rated", "the answers", ratedAnswers(sentence, wholeless), 2);
  addGroup("contrast", "one whole", contrastedShares(sentence, wholeless), 2);
  // "Possession was split 64% to 41%": a whole split two ways.
  const split = SPLIT.exec(sentence);
  if (split) {
    const pair = findPercentages(sentence).filter((q) => q.start >= split.index && q.end <= split.index + split[0].length);
    if (pair.length === 2) addGroup("split", "the split", pair, 2);
  }
  addGroup("list", "the list", exclusiveList(sentence, unnamed), 3);
  // (Every share, not only those of no named whole: "split 44% in cash Isas, 37% in …" reads "in cash" as a whole.)
  addGroup("split list", "the split", splitList(sentence, findPercentages(sentence).filter((share) => share.value <= 100 && isShareOfAWhole(sentence, share))), 2);
  addGroup("listed", "one whole", listedShares(sentence, findPercentages(sentence).filter((share) => share.value <= 100 && isShareOfAWhole(sentence, share))), 2);
  addGroup("bracketed", "the split", bracketedParts(sentence, unnamed), 2);
  addGroup("bands", "one whole", bandedList(sentence, unnamed), 2);
  addGroup("outcomes", "the outcomes", outcomeShares(sentence, findPercentages(sentence)), 2);
  const complement = turnoutAndAbstention(sentence, findPercentages(sentence));
  if (complement.length === 2) addGroup("turnout", "the registered voters", complement, 2);
}
