import { findPercentages, type Quantity } from "../numbers";
import { isApposition, isShareApposition } from "./apposition";
import { isShareOfAWhole } from "./share-context";
import { rivalSubject } from "./rival-subject";
import { openingSetting, otherBody, saysTheSameAgain, settingOfWhole } from "./share-settings";
import { ONLY_ONE_USED, OPPOSITES, areOppositeAnswers } from "./exclusive-answers";
import { VERB_OF_ITS_OWN } from "./verb-or-category";
import { TURNOUT, rankedRival } from "./no-named-whole";
import { directionAnswers } from "./direction-answers";
import { areAmountsOrItsNo } from "./amount-answers";
import { countWhole, doneBy, refersToWholeBefore, takesThePartAsWhole, wholeNamedBetween, wholeNamedFirst, wholeOf, wholeRenamedBefore } from "./share-wholes";

// How shares-over-100 collects a sentence's shares under the whole each is of, one group a whole (and a body, where
// the same measure is told of another), passing over changes, comparisons, bars, restatements and shares that may
// overlap; the shares it finds no whole for are handed back for the readings of no-named-whole.
// (A part of shares-over-100 in a file of its own: this reads the sentence share by share, left to right.)

// "80% of adults own a phone, and 60% own a laptop": people can own both; not a partition.
// "60% want lower taxes and 70% want better services": wanting things is not a choice between them ("want to leave" is).
// ("70% said they use email": what people say they do is reported the same way.)
// ("82% said they had watched a film at home and 37% had been to a cinema", "58% recycle glass and 49% compost food
// waste": things done, told with or without "had", are habits of their own, none excluding another. "70% watched
// only on television" draws a line through them, one way each. Only verbs no noun spells: "of charity volunteers
// were", "of recycled paper".)
const NOT_EXCLUSIVE = /^\s+(?:of\s+(?:\S+\s+){1,3}?)?(?:(?:said|say|says|told\s+\w+)\s+(?:that\s+)?(?:they|he|she|it)\s+)?(?:(?:had|have|has)\s+(?!(?:a|an|no|the)\b))?(?:(?:own|owns|have|has)\s+(?:a|an)\b|(?:want|wants|wanted|need|needs|needed)\s+(?!to\b)|(?:been|gone)\s+to\b|(?:use|uses|used|read|reads|watch|watches|watched|recycle|recycles|compost|composts|donate|donates|eat|eats|drive|drives|visit|visits|visited|speak|speaks|spoke|admit|admits|admitted|report|reports|reported|suffer|suffers|suffered|experience|experiences|experienced|play|plays|drink|drinks|smoke|smokes)\b(?!\s+only\b))/i;
const USED_AFTER = /^\s+(?:of\s+(?:\S+\s+){1,3}?)?(?:use|uses|used)\b/i;
const BAR_AFTER = /^\s+(?:(?!of\b|in\b)[\p{L}-]+\s+)?(?:target|standard|threshold|benchmark|goal|ceiling|hurdle|quota|minimum|maximum|requirement|cap|limit)s?\b/iu;
// ("against a target rate of 95%": the bar may name what it measures.)
const BAR_BEFORE = /\b(?:target|standard|threshold|benchmark|goal|ceiling|hurdle|quota|minimum|maximum|requirement|cap|limit)(?:\s+(?:rate|share|level|proportion|figure))?\s+(?:of|at)\s+(?:(?:about|some|around|just|only)\s+)?$/i;
const TOLD_OF = /^\s+(?:is|are|was|were|had|have|has)\s/i;
// ("55% resigned, 38% retired and 22% left", "48% moved abroad, 37% …": a share that did something is told of too, not
// restated by the next.)
const DONE_BEFORE = /^\s+(\p{Ll}+)(?:\s+[\p{L}’'-]+){0,3}\s*,\s*(?:and\s+)?$/u;

function isDoneBefore(gap: string): boolean {
  const word = DONE_BEFORE.exec(gap)?.[1];
  return word !== undefined && VERB_OF_ITS_OWN.test(word) && !/^(?:still|also|now|then|later|since|never|only)$/.test(word);
}
const CLAUSE_CUT = /;\s*|,?\s+(?:while|whereas|but|though|although|even\s+though|yet)\s+/i;
// ("…; by 2024 that share had fallen to 31%, with wind supplying 44%": another year is another scene.)
// ("In 1990 the state provided 90% of the funding; today it provides 45%": "today", "now" are another time too.)
const NEW_SCENE = /^\s*(?:in|among|at|for|across|within|by\s+contrast|meanwhile|separately|elsewhere|nationally|overall|(?:today|now|nowadays|these\s+days|currently|(?:this|last)\s+(?:year|season))\b|(?:by|since|until|as\s+of|from)\s+(?:(?:the\s+)?(?:end|start|middle)\s+of\s+)?(?:1[5-9]|20)\d\d\b|(?:1[5-9]|20)\d\d\b)/i;
const COMPARED_BEFORE = /\b(?:compared\s+(?:with|to)|up\s+from|down\s+from)\s+(?:(?:a|an|the)\s+)?(?:(?:about|some|nearly|almost|just|only)\s+)?$/i;
const AGAINST_BEFORE = /\b(?:against|versus|vs\.?)\s+(?:(?:a|an|the)\s+)?(?:(?:about|some|nearly|almost|just|only)\s+)?$/i;
const EARLIER_AFTER = /^\s+(?:(?:a|one|two|three|the)\s+(?:year|month|quarter|decade)s?\s+(?:earlier|before|ago)|the\s+(?:year|month)\s+before|the\s+previous\s+(?:year|month|quarter)|last\s+(?:year|month|quarter|season|time)|previously|in\s+(?:1[5-9]|20)\d\d)\b/i;

// "60% would back a rise, but only 48% would accept one above 5%": "but only" asks a narrower question of the same
// people, whose answer is among the first's, not beside it. ("60% backed the plan, but only 35% opposed it" still gives
// two answers to one question.)
const NARROWED = /^(?:only|just|merely|barely|fewer\s+than|less\s+than)\b/i;

function narrowsTheQuestion(sentence: string, cut: string, at: number): boolean {
  if (!/\bbut\b/i.test(cut) || !NARROWED.test(sentence.slice(at))) return false;
  const [before, after] = [sentence.slice(0, at), sentence.slice(at)];
  return !OPPOSITES.some(([a, b]) => (a.test(before) && b.test(after)) || (b.test(before) && a.test(after)));
}

// "re-elected with 58% of the vote, to 48% for his challenger": "to" a share "for" another is the rival's part of the
// same whole, not a change to a level (isShareOfAWhole reads "to 48%" as one).
const TO_BEFORE = /^\s+of\s+(?:the\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?\s*,?\s+to\s+$/u;

function isRivalsShare(sentence: string, previousEnd: number, share: Quantity): boolean {
  return previousEnd > 0 && TO_BEFORE.test(sentence.slice(previousEnd, share.start)) && /^\s+for\s/i.test(sentence.slice(share.end, share.end + 6));
}

// "Of the new bond, 48% went to asset managers, 31% to banks, 17% to hedge funds …", "About a third of the displaced
// live in camps, 40% with host families …": a share told of with a preposition, after one whose own words end on a
// preposition's phrase, is the next item of a list, its verb left out, not the one before put again.
const PREPOSITION = "(?:to|in|into|on|at|with|from|for|by|via|through|under|outside)";
const PHRASE_BEFORE = new RegExp(`\\s${PREPOSITION}\\s+[^,;()–—]{1,40}?\\s*,\\s*(?:and\\s+)?(?:(?:some|about|around|nearly|almost|just|only)\\s+)?$`, "i");
const PHRASE_AFTER = new RegExp(`^\\s+${PREPOSITION}\\s`, "i");

function isNextInAList(sentence: string, previous: Quantity, share: Quantity): boolean {
  return PHRASE_AFTER.test(sentence.slice(share.end, share.end + 12)) && PHRASE_BEFORE.test(sentence.slice(previous.end, share.start));
}

// ("… live in camps, 40% with host families and 35% in informal settlements": past a share told of by another
// preposition, "in" names where the next item is, not its whole. "60% in Kent, 70% in Essex" are two wholes.)
const LISTED_AFTER = /^\s+(?:to|into|on|at|with|from|for|by|via|through|under|outside)\s+[^,;()–—]{1,40}?(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:some|about|around|nearly|almost|just|only)\s+)?$/i;

// ("46% ended in home wins, 26% in draws and 33% in away wins", "40% were in sales, 35% in marketing": past a share
// whose verb took "in", a bare "in" goes on with that verb, the next item; "60% in Kent, 70% in Essex" has no verb.)
const VERB_IN_AFTER = /^\s+(?!(?:of|in|and|or|the|a|an|than|as|per|cent)\b)\p{Ll}{2,}\s+in\s+[^,;()–—]{1,40}?(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:some|about|around|nearly|almost|just|only)\s+)?$/iu;

// (An item so listed passes its verb on: "… 26% in draws and 33% in away wins".)
const IN_AFTER = /^\s+in\s+[^,;()–—]{1,40}?(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:some|about|around|nearly|almost|just|only)\s+)?$/i;

const ITEM_IN = /^\s+in\s+(?!the\b)\p{Ll}/u;

function isPlaceInAList(sentence: string, previous: Quantity | null, share: Quantity, previousListed: boolean): boolean {
  if (previous === null || !/^\s+in\s/i.test(sentence.slice(share.end, share.end + 5))) return false;
  const gap = sentence.slice(previous.end, share.start);
  if (LISTED_AFTER.test(gap)) return true;
  // ("60% passed in Kent, 70% in Essex", "… in the north, 70% in the south": a place named is a rate of its own.)
  return ITEM_IN.test(sentence.slice(share.end, share.end + 20)) && (VERB_IN_AFTER.test(gap) || (previousListed && IN_AFTER.test(gap)));
}

function swapIn(groups: Map<string, Quantity[]>, old: Quantity, share: Quantity): void {
  for (const [key, shares] of groups) if (shares.includes(old)) groups.set(key, shares.map((q) => (q === old ? share : q)));
}

export interface SharesByWhole {
  groups: Map<string, Quantity[]>;
  names: Map<string, string>;
  wholeless: Quantity[];
}

export function groupSharesByWhole(sentence: string): SharesByWhole {
  const groups = new Map<string, Quantity[]>();
  const names = new Map<string, string>();
  const wholeless: Quantity[] = [];
  let currentWhole = wholeNamedFirst(sentence);
  let previous: Quantity | null = null;
  let scanned = 0;
  let clauseBreak = false;
  let comparing = false;
  let previousEnd = 0;
  let lastDoneBy: string | null = null;
  // (The last share read as an item of a list told with "in", whose verb the next may go on with.)
  let lastPlaceInAList: Quantity | null = null;
  // Where the whole was named: "In Leeds, …", "Of pupils at Oakfield, …", "52% of the workforce at the bank".
  let wholeSetting = openingSetting(sentence, findPercentages(sentence)[0]);
  // ("52% reported higher orders, 33% unchanged orders and 21% lower orders": answers, though "higher" reads as a change.)
  const answers = directionAnswers(sentence, findPercentages(sentence));
  const percentages = findPercentages(sentence);
  for (const [index, share] of percentages.entries()) {
    // "… and a majority of the Democrats sustained it – nearly two-thirds of them": a whole named between shares.
    const named = wholeNamedBetween(sentence.slice(scanned, share.start));
    if (named && scanned > 0) currentWhole = named;
    // "72% of fans backed him; in a separate poll of players, 64% did": past a semicolon the whole must be named again.
    // ("Men hold 62%; women hold 45%" goes on with the same whole: only a clause that sets a new scene starts anew.)
    // (", while in the west 64% …", "though 90% …": a new scene or a concession starts anew as well.)
    const clauseCut = scanned > 0 ? CLAUSE_CUT.exec(sentence.slice(scanned, share.start)) : null;
    const cutAt = clauseCut ? scanned + clauseCut.index + clauseCut[0].length : 0;
    if (clauseCut && (NEW_SCENE.test(sentence.slice(cutAt)) || /though|yet/i.test(clauseCut[0]) || narrowsTheQuestion(sentence, clauseCut[0], cutAt))) {
      currentWhole = wholeNamedFirst(sentence.slice(scanned + clauseCut.index + clauseCut[0].length));
      if (!currentWhole) {
        previous = null;
        clauseBreak = true;
      }
    }
    // "65% of sales; of those exports, 40% go to Asia": a new whole named right before a share.
    const renamed = wholeRenamedBefore(sentence.slice(scanned, share.start));
    if (renamed && scanned > 0) currentWhole = renamed;
    // "60% of the land is farmed, and of that, 70% is under cereals": a share of the part just told, a whole of its own.
    if (scanned > 0 && takesThePartAsWhole(sentence.slice(scanned, share.start))) currentWhole = `\u0000part at ${share.start}`;
    previousEnd = scanned;
    scanned = share.end;
    // "55% for, 50% against": two answers, each with its own word, are a list, not one share restated.
    // ("61% were white, 27% black": a percentage told of with a verb is no restatement of the next; "Half are
    // women, some 51%" may still put a fraction again.)
    const isToldOf = previous !== null && previous.isFraction === share.isFraction && (TOLD_OF.test(sentence.slice(previous.end, share.start)) || isDoneBefore(sentence.slice(previous.end, share.start)));
    const restates = previous !== null && !isToldOf && !isNextInAList(sentence, previous, share) && (isApposition(sentence, previous, share) || (previous.isFraction !== share.isFraction && isShareApposition(sentence, previous, share))) && !areOppositeAnswers(sentence, previous, share);
    // ("More than half the vote, 55%, went to Labour and 48% to the Tories": the percentage is the finer figure of
    // the share a fraction restated, and counts in its place.)
    if (restates && previous?.isFraction && !share.isFraction) swapIn(groups, previous, share);
    const listedBefore = previous;
    previous = share;
    // A share over 100% ("105% of its budget") is a ratio, not a part of a whole that others share.
    if (restates || share.value > 100 || (!isShareOfAWhole(sentence, share) && !isRivalsShare(sentence, previousEnd, share) && !answers.includes(share))) continue;
    // "85% passed, compared with 92% last year": the same share at another time, not another part.
    // ("… within four hours, against 71% last year": "against" a share at another time compares too.)
    const againstEarlier = AGAINST_BEFORE.test(sentence.slice(Math.max(0, share.start - 30), share.start)) && EARLIER_AFTER.test(sentence.slice(share.end, share.end + 30));
    if (againstEarlier || COMPARED_BEFORE.test(sentence.slice(Math.max(0, share.start - 30), share.start))) {
      comparing = true;
      continue;
    }
    // ("compared with 79% and 74% at the other two trusts": the list goes on comparing.)
    if (comparing && /^\s*(?:,|and|or)\s*$/.test(sentence.slice(previousEnd, share.start))) continue;
    comparing = false;
    // After a semicolon with no whole named again, a share starts a new group.
    if (clauseBreak && !wholeOf(sentence.slice(share.end, share.end + 40))) {
      clauseBreak = false;
      wholeless.push(share);
      continue;
    }
    const after = sentence.slice(share.end, share.end + 40);
    // ("83% reported sleeping better, while 24% said their sleep had got worse": what people report may overlap, but
    // not answers that exclude each other.)
    // ("Half use only the app, 35% use a mix of app and branch and 22% rely entirely on branches": a sentence that says
    // which use only one thing draws a line through the users, one side each.)
    if (NOT_EXCLUSIVE.test(after) && !answers.includes(share) && !areAmountsOrItsNo(sentence, share, percentages.slice(index + 1)) && !(ONLY_ONE_USED.test(sentence) && USED_AFTER.test(after)) && !OPPOSITES.some(([a, b]) => a.test(sentence.slice(share.end)) && b.test(sentence.slice(share.end)))) continue;
    const before = sentence.slice(Math.max(0, share.start - 20), share.start);
    const ofCount = countWhole(share, after);
    const doneByWhom = doneBy(before, after, lastDoneBy);
    const isOwned = doneByWhom !== null;
    if (doneByWhom) lastDoneBy = doneByWhom;
    // "well short of the 95% standard", "its 2% target": a bar to reach, not a part of the whole.
    if (BAR_AFTER.test(after) || BAR_BEFORE.test(before)) continue;
    // "on a turnout of about 80%": the share of the electorate that voted, a whole of its own.
    if (TURNOUT.test(before)) continue;
    // "while 85% did so in Essex", "as did 81% at Riverside": the same words again, of another body.
    if (saysTheSameAgain(sentence, share)) continue;
    const placeInAList = isPlaceInAList(sentence, listedBefore, share, lastPlaceInAList === listedBefore);
    if (placeInAList) lastPlaceInAList = share;
    const ownWhole = ofCount ?? (refersToWholeBefore(after) || placeInAList ? null : doneByWhom ?? wholeOf(after));
    const whole = ownWhole ?? currentWhole;
    if (!whole) {
      wholeless.push(share);
      continue;
    }
    // "Of pupils at Oakfield, 78% passed, and 81% at Riverside": the same measure for another body, of its own whole.
    const sameWhole = groups.get(whole.toLowerCase());
    const last = sameWhole ? sameWhole[sameWhole.length - 1] : null;
    // ("89% of trains on time, while the Northern line managed 92%": another subject's rate, of its own trains.)
    const body = ownWhole || placeInAList ? null : otherBody(sentence, share, last, wholeSetting) ?? rivalSubject(sentence, share, last) ?? (last ? rankedRival(sentence, share) : null);
    if (ownWhole && !isOwned) wholeSetting = settingOfWhole(sentence, share) ?? wholeSetting;
    // ("was 80% funded by the lottery and is 60% complete": only a share "by" another goes on with the owners.)
    if (!isOwned) currentWhole = whole;
    const key = body ? `${whole.toLowerCase()}\u0000${body}` : whole.toLowerCase();
    groups.set(key, [...(groups.get(key) ?? []), share]);
    // ("88% occupied by …": shares done "by" others than owners are of one whole, the subject.)
    names.set(key, key.startsWith("\u0000by") ? "one whole" : body ? `${whole} (${body})` : whole);
  }
  return { groups, names, wholeless };
}
