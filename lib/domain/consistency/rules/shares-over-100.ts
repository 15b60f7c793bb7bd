import { findPercentages, findQuantities, type Quantity } from "../numbers";
import { formatPercent, type ConsistencyRule, type Finding } from "../rule";
import { isApposition, isShareApposition } from "./apposition";
import { isShareOfAWhole } from "./share-context";
import { answerOwnQuestions, areContrasted } from "./share-questions";
import { outcomeShares } from "./outcome-shares";
import { areSeparateFindings } from "./separate-findings";
import { bracketedParts } from "./bracketed-shares";
import { areKindsOfOneHead } from "./kinds-of-one-head";
import { byMeasure } from "./share-measures";
import { splitList } from "./split-list";
import { listedShares } from "./listed-shares";
import { ratedAnswers } from "./rated-answers";
import { rivalSubject } from "./rival-subject";
import { openingSetting, otherBody, saysTheSameAgain, settingOfWhole } from "./share-settings";

// ("Of last year's cohort,": a time's possessive determines the whole as "the" does.)
const DETERMINER = "(?:(?:the|its|their|his|her|all|a|an|this|that|(?:last|this|next)\\s+(?:year|season|month|week)[’']s)\\s+)?";
// ("83% of the 2,000 patients": the whole is the patients, past their number.)
const WHOLE_AFTER = new RegExp(`^\\s+(?:of|in)\\s+${DETERMINER}(?:\\d[\\d,]*\\s+)?([\\p{L}\\p{N}’'-]+)`, "iu");
const STAKE_IN = new RegExp(`^\\s+(?:stake|share|holding|interest)\\s+(?:in|of)\\s+${DETERMINER}([\\p{L}\\p{N}’'-]+)`, "iu");
// "Of the voters, 60% backed A and 55% backed B", "In the referendum, 52% …": the whole named first.
// ("Of the cargo handled at Rotterdam last year," — the whole's noun may be told of for a few words.)
// ("Of the 800 defendants whose cases were examined," — or by a relative clause.)
// ("Of recorded offences in the force area,", "Of patients on the wards," — or by where they are.)
// ("Among visitors to the exhibition,", "Of the appeals heard last year,": "among" names the whole as "of" does; an
// irregular participle or a "to"/"for" tells of it as "-ed" does.)
// ("Among pupils sitting the exam,", "Of firms applying for the grant,": a present participle tells of it too.)
// ("Of the university's 2,000 new postgraduates,": an owner's possessive before the number, the whole past it.)
const WHOLE_FIRST = new RegExp(`^\\s*(?:of|in|among)\\s+${DETERMINER}(?:\\p{L}+[’']s\\s+(?=[\\d,]+\\s))?(?:[\\d,]+\\s+)?([\\p{L}’'-]+(?:\\s+[\\p{L}’'-]+)?)(?:\\s+(?:\\p{Ll}+ed|\\p{Ll}{2,}ing|sold|built|held|taken|seen|grown|made|given|heard|found|won|lost|paid|sent|caught|bought|brought|told|kept|shown|known|run|to|for|who|whose|which|that|in|on|at|across|within|among|from|under|over|outside)\\b(?:\\s+[\\p{L}\\p{N}’'-]+){0,6})?\\s*,`, "iu");
// "half the seats": the whole right after "half".
const HALF_THE = new RegExp(`^\\s+(?:the|its|their|all)\\s+([\\p{L}’'-]+)`, "iu");
// "owned 70% by its founder and 35% by a bank": shares of the sentence's subject.
const OWNED_BY = /\bowned\s+(?:\w+\s+){0,2}?$/i;
// "a 50% stake by pension funds" after "… is held by the state".
const BY_AFTER = /^\s+(?:(?:stake|share|holding|interest)\s+)?by\b/i;
// "60% owned by", "a 55% stake is held by".
// ("The beds were 88% occupied by emergency admissions and 19% by elective patients", "is 70% funded by grants":
// a share of the subject done by someone, the "by" then distributed over the others, as "owned by" is.)
// ("60% owned by its founders and 45% run by them": each participle its own whole; owned, held, controlled are one.)
const OWNED_AFTER = /^\s+(?:(?:stake|share|holding|interest)\s+(?:is|are|was|were)\s+)?(owned|held|controlled|\p{Ll}{3,}(?:ed|en)|run|paid|made|built|bought|won)\s+by\b/iu;
const OWNERS = "the owners";

function doneByWhole(participle: string): string {
  return /^(?:owned|held|controlled)$/i.test(participle) ? OWNERS : `\u0000by ${participle.toLowerCase()}`;
}
const WHOLE_NAMED_BETWEEN = /\b(?:majority|most|minority|rest|all|many|none)\s+of\s+(?:the|its|their)\s+([\p{L}’'-]+)/giu;
// "of it", "of them": the whole named before.
const OF_IT = /^\s+of\s+(?:it|them)\b/i;
// "80% of adults own a phone, and 60% own a laptop": people can own both; not a partition.
// "60% want lower taxes and 70% want better services": wanting things is not a choice between them ("want to leave" is).
// ("70% said they use email": what people say they do is reported the same way.)
const NOT_EXCLUSIVE = /^\s+(?:of\s+(?:\S+\s+){1,3}?)?(?:(?:said|say|says|told\s+\w+)\s+(?:that\s+)?(?:they|he|she|it)\s+)?(?:(?:own|owns|have|has)\s+(?:a|an)\b|(?:want|wants|wanted|need|needs|needed)\s+(?!to\b)|(?:use|uses|used|read|reads|watch|watches|eat|eats|drive|drives|visit|visits|visited|speak|speaks|spoke|admit|admits|admitted|report|reports|reported|suffer|suffers|suffered|experience|experiences|experienced|play|plays|drink|drinks|smoke|smokes)\b)/i;
const USED_AFTER = /^\s+(?:of\s+(?:\S+\s+){1,3}?)?(?:use|uses|used)\b/i;
const ONLY_ONE_USED = /\b(?:use|uses|used|rely|relies|relied|depend|depends|depended)\s+(?:only|solely|exclusively|entirely|just|wholly)\b/i;
// Answers that exclude each other: approve/disapprove, support/oppose, yes/no, for/against.
const OPPOSITES: [RegExp, RegExp][] = [
  [/\bapprov(?:e|es|ed|al)\b/i, /\bdisapprov(?:e|es|ed|al)\b/i],
  [/\b(?:support|supports|supported|back|backed|favour|favor|favoured|favored)\b/i, /\b(?:oppose|opposes|opposed|against)\b/i],
  [/\byes\b/i, /\bno\b/i],
  [/\bagree(?:s|d)?\b/i, /\bdisagree(?:s|d)?\b/i],
  [/\b(?:for|in favour)\b/i, /\bagainst\b/i],
  [/\bconvict(?:s|ed|ion)?\b/i, /\bacquit(?:s|ted|tal)?\b/i],
  [/\baccept(?:s|ed)?\b/i, /\breject(?:s|ed)?\b/i],
  [/\b(?:better|improved)\b/i, /\bworse(?:ned)?\b/i],
  [/\b(?:remain|stay)(?:s|ed)?\b/i, /\bleav(?:e|es|ing)|\bleft\b/i],
  [/\bpass(?:es|ed)?\b/i, /\bfail(?:s|ed)?\b/i],
];

/**
 * Shares of one whole adding up to more than 100%. A share's whole is the noun
 * after "of"/"in" ("43% of Nissan", "a 15% stake in Renault"); a share without one
 * counts towards the whole of the share before it ("60% of voters backed A and
 * 55% backed B"). Changes and ranges ("rose 5%", "from 10% to 20%") are not
 * shares; a share restated ("half, some 51%") counts once; shares of people who
 * "own a" or "use a" thing may overlap. Shares with no whole at all count
 * together when the sentence gives answers that exclude each other
 * ("48% approve … 57% disapprove").
 */
export const sharesOver100: ConsistencyRule = {
  id: "shares-over-100",
  description: "Shares of one whole cannot add up to more than 100%.",
  check(sentence) {
    if (MANY_ANSWERS.test(sentence)) return [];
    const groups = new Map<string, Quantity[]>();
    const names = new Map<string, string>();
    const wholeless: Quantity[] = [];
    let currentWhole = WHOLE_FIRST.exec(sentence)?.[1] ?? null;
    let previous: Quantity | null = null;
    let scanned = 0;
    let clauseBreak = false;
    let comparing = false;
    let previousEnd = 0;
    let lastDoneBy: string | null = null;
    // Where the whole was named: "In Leeds, …", "Of pupils at Oakfield, …", "52% of the workforce at the bank".
    let wholeSetting = openingSetting(sentence, findPercentages(sentence)[0]);
    for (const share of findPercentages(sentence)) {
      // "… and a majority of the Democrats sustained it – nearly two-thirds of them": a whole named between shares.
      const named = [...sentence.slice(scanned, share.start).matchAll(WHOLE_NAMED_BETWEEN)].pop();
      if (named && scanned > 0) currentWhole = named[1];
      // "72% of fans backed him; in a separate poll of players, 64% did": past a semicolon the whole must be named again.
      // ("Men hold 62%; women hold 45%" goes on with the same whole: only a clause that sets a new scene starts anew.)
      // (", while in the west 64% …", "though 90% …": a new scene or a concession starts anew as well.)
      const clauseCut = scanned > 0 ? CLAUSE_CUT.exec(sentence.slice(scanned, share.start)) : null;
      const cutAt = clauseCut ? scanned + clauseCut.index + clauseCut[0].length : 0;
      if (clauseCut && (NEW_SCENE.test(sentence.slice(cutAt)) || /though|yet/i.test(clauseCut[0]) || narrowsTheQuestion(sentence, clauseCut[0], cutAt))) {
        currentWhole = WHOLE_FIRST.exec(sentence.slice(scanned + clauseCut.index + clauseCut[0].length))?.[1] ?? null;
        if (!currentWhole) {
          previous = null;
          clauseBreak = true;
        }
      }
      // "65% of sales; of those exports, 40% go to Asia": a new whole named right before a share.
      const renamed = NEW_WHOLE_BEFORE.exec(sentence.slice(scanned, share.start));
      if (renamed && scanned > 0) currentWhole = renamed[1];
      // "60% of the land is farmed, and of that, 70% is under cereals": a share of the part just told, a whole of its own.
      if (scanned > 0 && PART_AS_WHOLE_BEFORE.test(sentence.slice(scanned, share.start))) currentWhole = `\u0000part at ${share.start}`;
      previousEnd = scanned;
      scanned = share.end;
      // "55% for, 50% against": two answers, each with its own word, are a list, not one share restated.
      // ("61% were white, 27% black": a percentage told of with a verb is no restatement of the next; "Half are
      // women, some 51%" may still put a fraction again.)
      const isToldOf = previous !== null && previous.isFraction === share.isFraction && (TOLD_OF.test(sentence.slice(previous.end, share.start)) || isDoneBefore(sentence.slice(previous.end, share.start)));
      const restates = previous !== null && !isToldOf && (isApposition(sentence, previous, share) || (previous.isFraction !== share.isFraction && isShareApposition(sentence, previous, share))) && !areOppositeAnswers(sentence, previous, share);
      // ("More than half the vote, 55%, went to Labour and 48% to the Tories": the percentage is the finer figure of
      // the share a fraction restated, and counts in its place.)
      if (restates && previous?.isFraction && !share.isFraction) swapIn(groups, previous, share);
      previous = share;
      // A share over 100% ("105% of its budget") is a ratio, not a part of a whole that others share.
      if (restates || share.value > 100 || (!isShareOfAWhole(sentence, share) && !isRivalsShare(sentence, previousEnd, share))) continue;
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
      if (NOT_EXCLUSIVE.test(after) && !(ONLY_ONE_USED.test(sentence) && USED_AFTER.test(after)) && !OPPOSITES.some(([a, b]) => a.test(sentence.slice(share.end)) && b.test(sentence.slice(share.end)))) continue;
      const before = sentence.slice(Math.max(0, share.start - 20), share.start);
      // "Three in five adults": the whole is the noun after a count-style fraction.
      const countWhole = share.isFraction && /\s(?:in|out of)\s/i.test(share.text)
        ? countNoun(after)
        : /^half$/i.test(share.text) ? HALF_THE.exec(after)?.[1] : undefined;
      // "is 60% owned by its founders and 45% by a fund": after "owned by", a share "by" someone is owned too.
      const done = OWNED_AFTER.exec(after)?.[1];
      const doneBy: string | null = done ? doneByWhole(done) : OWNED_BY.test(before) && BY_AFTER.test(after) ? OWNERS : lastDoneBy && BY_AFTER.test(after) ? lastDoneBy : null;
      const isOwned = doneBy !== null;
      if (doneBy) lastDoneBy = doneBy;
      // "well short of the 95% standard", "its 2% target": a bar to reach, not a part of the whole.
      if (BAR_AFTER.test(after) || BAR_BEFORE.test(before)) continue;
      // "on a turnout of about 80%": the share of the electorate that voted, a whole of its own.
      if (TURNOUT.test(before)) continue;
      // "while 85% did so in Essex", "as did 81% at Riverside": the same words again, of another body.
      if (saysTheSameAgain(sentence, share)) continue;
      const ownWhole = countWhole ?? (OF_IT.test(after) ? null : doneBy ?? wholeOf(after));
      const whole = ownWhole ?? currentWhole;
      if (!whole) {
        wholeless.push(share);
        continue;
      }
      // "Of pupils at Oakfield, 78% passed, and 81% at Riverside": the same measure for another body, of its own whole.
      const sameWhole = groups.get(whole.toLowerCase());
      const last = sameWhole ? sameWhole[sameWhole.length - 1] : null;
      // ("89% of trains on time, while the Northern line managed 92%": another subject's rate, of its own trains.)
      const body = ownWhole ? null : otherBody(sentence, share, last, wholeSetting) ?? rivalSubject(sentence, share, last);
      if (ownWhole && !isOwned) wholeSetting = settingOfWhole(sentence, share) ?? wholeSetting;
      // ("was 80% funded by the lottery and is 60% complete": only a share "by" another goes on with the owners.)
      if (!isOwned) currentWhole = whole;
      const key = body ? `${whole.toLowerCase()}\u0000${body}` : whole.toLowerCase();
      groups.set(key, [...(groups.get(key) ?? []), share]);
      // ("88% occupied by …": shares done "by" others than owners are of one whole, the subject.)
      names.set(key, key.startsWith("\u0000by") ? "one whole" : body ? `${whole} (${body})` : whole);
    }
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
    addGroup("rated", "the answers", ratedAnswers(sentence, wholeless), 2);
    addGroup("contrast", "one whole", contrastedShares(sentence, wholeless), 2);
    // "Possession was split 64% to 41%": a whole split two ways.
    const split = SPLIT.exec(sentence);
    if (split) {
      const pair = findPercentages(sentence).filter((q) => q.start >= split.index && q.end <= split.index + split[0].length);
      if (pair.length === 2) addGroup("split", "the split", pair, 2);
    }
    addGroup("list", "the list", exclusiveList(sentence, unnamed), 3);
    addGroup("split list", "the split", splitList(sentence, unnamed), 2);
    addGroup("listed", "one whole", listedShares(sentence, findPercentages(sentence).filter((share) => share.value <= 100 && isShareOfAWhole(sentence, share))), 2);
    addGroup("bracketed", "the split", bracketedParts(sentence, unnamed), 2);
    addGroup("outcomes", "the outcomes", outcomeShares(sentence, findPercentages(sentence)), 2);
    const complement = turnoutAndAbstention(sentence, findPercentages(sentence));
    if (complement.length === 2) addGroup("turnout", "the registered voters", complement, 2);
    const findings: Finding[] = [];
    // (One list may be read two ways, as answers and as stakes: it is flagged once.)
    const flagged = new Set<string>();
    // ("73% of the catch by value and 81% by weight": each measure its own whole.)
    for (const [key, shares] of [...groups].flatMap(([key, grouped]) => byMeasure(sentence, withoutSoldHolding(sentence, grouped)).map((part) => [key, part] as const))) {
      const whole = names.get(key) ?? key;
      const total = shares.reduce((sum, share) => sum + share.value, 0);
      // Rounded shares: with three or more, 101% is routine (a poll's 38%, 34% and 29%); with two ("51% against
      // 50%") it needs both on a half, rare enough to flag. So half a point for every share past the first.
      const rounding = shares.slice(1).reduce((sum, share) => sum + (share.isFraction ? 0 : /\.\d/.test(share.text) ? 0.05 : 0.5), 0);
      const span = shares.map((share) => share.start).join(",");
      if (shares.length < 2 || total <= 100 + Math.max(0.5, rounding) || flagged.has(span) || (!ONE_LINE.has(key) && mayOverlap(sentence, shares))) continue;
      flagged.add(span);
      findings.push({
        ruleId: sharesOver100.id,
        message: `Shares of ${whole} add up to ${formatPercent(total)} (${shares.map((s) => s.text.trim()).join(" + ")}): more than the whole.`,
        start: shares[0].start,
        end: shares[shares.length - 1].end,
      });
    }
    return findings;
  },
};

function swapIn(groups: Map<string, Quantity[]>, old: Quantity, share: Quantity): void {
  for (const [key, shares] of groups) if (shares.includes(old)) groups.set(key, shares.map((q) => (q === old ? share : q)));
}

// "The owner, who held 51% of the shares, has sold a 20% stake, leaving him with 31%": a holding, the part of it
// sold and what is left. The part and the rest add up to the holding, which is their whole, not a third share beside
// them. ("The bank holds 49%, leaving the founders with 51%" sells nothing: two holders' shares.)
const SOLD = /\b(?:sold|sells|selling|sale|offload(?:s|ed|ing)?|transferr(?:ed|ing)|disposed\s+of|gave\s+up|giving\s+up)\b/i;
const LEFT = /\b(?:leaving|leaves|left|remaining|retain(?:s|ed|ing)?|keep(?:s|ing)?|kept)\b/i;

function withoutSoldHolding(sentence: string, shares: Quantity[]): Quantity[] {
  if (shares.length < 3 || !SOLD.test(sentence) || !LEFT.test(sentence)) return shares;
  const [held, ...rest] = shares;
  const sumsTo = rest.some((part, i) => rest.slice(i + 1).some((other) => Math.abs(part.value + other.value - held.value) <= 0.5));
  return sumsTo ? rest : shares;
}

// The word after a share (past "of the workforce"), when it can be a verb: "60% are women", "45% work".
// ("of charity volunteers were", "of the bank's loan book is": a whole of more than one word is skipped to its copula.)
const WHOLE_BEFORE = "of\\s+(?:the\\s+|its\\s+|their\\s+|all\\s+)?(?:(?:[\\p{L}’'-]+\\s+){1,3}(?=(?:is|are|was|were)\\s)|[\\p{L}’'-]+\\s+)";
const PREDICATE = new RegExp(`^\\s+(?:${WHOLE_BEFORE})?([\\p{Ll}]+)\\b`, "u");
const NOT_A_PREDICATE = new Set(["by", "to", "in", "on", "for", "from", "at", "with", "and", "or", "of", "the", "a", "an", "than", "as", "against", "respectively", "while", "but", "last", "this", "each", "per", "said"]);
const COPULA = new Set(["is", "are", "was", "were"]);
// The word after the verb: "inbound" in " were inbound", " of containers were inbound".
// The word after a copula, which a band starts with: "under" in " were under 25", "60" in " were 60 or over".
const COPULA_COMPLEMENT = new RegExp(`^\\s+(?:${WHOLE_BEFORE})?(?:is|are|was|were)\\s+([\\p{L}\\d]+)`, "u");
const BAND_WORD = /^(?:under|over|aged|above|below|between|older|younger|\d+)$/;
const COMPLEMENT = new RegExp(`^\\s+(?:${WHOLE_BEFORE})?\\p{Ll}+\\s+([\\p{Ll}][\\p{Ll}-]*)`, "u");
// A verb a share may have of its own after a past "were": a past tense or an auxiliary ("45% worked part-time",
// "30% had children", "20% left", "10% have since moved"), as against a category it goes on to ("33% violent crimes").
const VERB_OF_ITS_OWN = /^(?:\p{Ll}+ed|is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|may|might|must|should|said|says|say|made|took|came|went|got|gave|left|kept|felt|saw|knew|found|told|became|held|ran|spoke|wrote|lost|paid|met|sat|stood|brought|bought|sold|spent|sent|won|drove|rode|ate|drank|grew|fell|flew|chose|began|broke|led|put|set|cut|hit|let|read|quit|shut|built|lent|meant|rose|thought|caught|fought|sought|taught|wore|heard|slept|swam|sang|threw|hid|forgot|still|also|now|then|later|since|never|only)$/u;
// ("61% were white, 27% black", "70% were full-time and 45% part-time": a list of categories goes on without its verb.)
const PASSIVE = /^(?:\p{Ll}{3,}(?:ed|en|wn)|upheld|held|made|sold|paid|kept|found|built|left|told|sent|lost|won|struck|shut|cut|put|set|hit|let|born|thrown|drawn|seen|run|led|laid|caught|sought|brought|bought|taught)$/u;
// The object of an active verb, to the end of its clause: "caught flu", "lost their homes", "needed glasses" (not "left on
// time", "moved abroad", "took early retirement", "were made redundant").
const OBJECT_OF_ITS_OWN = /^\s+(?!(?:on|in|at|to|into|from|by|for|with|without|after|before|abroad|home|early|late|outright|overseas|again|since|later|longer|sooner|last|this|next|each|per|and|or|but|as|than)\b)(?:(?:a|an|the|their|his|her|its|some|no)\s+)?\p{Ll}[\p{Ll}-]*(?<!ly)(?:\s*(?:[,.;]|\band\b|$))/u;
// ("in", "by", "on" are no predicates at all.)
const WHEN = /^(?:within|after|before|inside|under)$/;
const WITHIN_AFTER = /^[^,;]{0,40}?\bwithin\b/;
// Where a share is from: "are European", "are from Scotland", "come from the Americas", "from elsewhere" (not "come
// from poor families", which is no place).
const PLACE_FROM = "from\\s+(?:(?:the\\s+)?\\p{Lu}|abroad\\b|overseas\\b|elsewhere\\b|outside\\b|the\\s+rest\\b|other\\s+countries\\b)";
const ORIGIN = new RegExp(`^\\s+(?:(?:is|are|was|were)\\s+(?:\\p{Lu}\\p{Ll}+\\s*(?:,|\\band\\b|[.;]|$)|${PLACE_FROM})|(?:come|comes|came|hail|hails|hailed)\\s+${PLACE_FROM})`, "u");
const FROM_A_PLACE = "\u0000from a place";
// The don't-knows of a poll: "had no opinion", "expressed no view".
const NO_OPINION = /^\s+(?:had|have|has|expressed|gave|held)\s+no\s+(?:opinion|view|preference)\b/i;
const CATEGORY_NOUN = /^(?:men|women|boys|girls|adults|children|male|female|under|over|white|black|mixed|married|single|divorced|widowed|retired|employed|unemployed|urban|rural|full|part)$/;

/**
 * "Of the workforce, 60% are women and 45% work part-time": shares saying
 * different things of one whole may overlap.
 */
function mayOverlap(sentence: string, shares: Quantity[]): boolean {
  // ("55% were repaired within 24 hours and 80% within a week": time limits one inside the next may be counted
  // cumulatively, each share taking in the one before; a later share smaller than the one before is a band of its own.)
  const within = shares.filter((share) => WITHIN_AFTER.test(sentence.slice(share.end, share.end + 50)));
  if (within.some((share, i) => i > 0 && share.value >= within[i - 1].value)) return true;
  // ("90% passed maths and 85% passed English": one verb, not a choice, said of different things; but "90% passed
  // maths and 15% failed it" are the two answers of one.)
  const opposed = shares.some((share, i) => i > 0 && areOppositeAnswers(sentence, shares[i - 1], share));
  // ("72% had bought clothes online and 68% had visited a high street shop": two findings, each a thing done of its own.)
  // ("55% use only gas, 30% use electricity": one used alone is no question of its own, yes or no to each fuel.)
  if (!opposed && ((!ONLY_ONE_USED.test(sentence) && answerOwnQuestions(sentence, shares)) || areSeparateFindings(sentence, shares))) return true;
  const predicates = new Set<string>();
  const events = new Set<string>();
  let pastCopula = false;
  let presentCopula = false;
  let complement: string | null = null;
  let doneToSomething = false;
  // ("71% were convicted and 34% acquitted": the word past a copula is the answer, set against the other's verb.)
  const complements: string[] = [];
  for (const share of shares) {
    // "Three in five adults support": past the noun the fraction counts.
    const after = sentence.slice(share.end, share.end + 60);
    const word = PREDICATE.exec(share.isFraction && /\s(?:in|out of)\s/i.test(share.text) ? after.replace(/^\s+[\p{L}’'-]+/u, "") : after)?.[1];
    if (!word || NOT_A_PREDICATE.has(word)) continue;
    // ("53% are European, 28% come from the Americas and 24% from the rest of the world": where they are from, told by
    // a place's name or a "from", is one attribute, each in one place.)
    if (ORIGIN.test(after)) {
      predicates.add(FROM_A_PLACE);
      continue;
    }
    // ("55% were repaired within 24 hours, 30% within a week": a share told only by when, past a fate, is that fate again.)
    if (events.size > 0 && WHEN.test(word)) continue;
    // ("51% were allowed, 46% dismissed and 17% withdrawn": a bare participle with no object, past a fate told with
    // "were", is another fate of the same kind, its "were" left out; "30% caught flu" does a thing of its own.)
    if (events.size > 0 && pastCopula && PASSIVE.test(word) && new RegExp(`^\\s+${word}\\b`, "u").test(after) && !OBJECT_OF_ITS_OWN.test(after.replace(/^\s+\p{Ll}+/u, ""))) {
      events.add(word);
      predicates.add(word);
      continue;
    }
    // "47% were thefts, 33% violent crimes and 28% criminal damage": after a past "were", a share whose next word
    // is no verb of its own ("violent", not "worked", "had", "left") goes on with the same "were": one verb
    // distributed over a list of categories, which exclude each other as "were white, 27% black" do. Three or more:
    // a pair may say two things ("60% were elderly and 45% diabetic").
    if (pastCopula && shares.length >= 3 && !VERB_OF_ITS_OWN.test(word)) {
      predicates.add("were");
      continue;
    }
    // ("62% were inbound and 45% outbound", "70% were insured and 35% uninsured": the other side of the word after
    // the verb goes on with that verb, as "were male, 40% female" does.)
    if (complement && areContrasted(complement, word)) {
      predicates.add("were");
      continue;
    }
    // ("Of the fleet, 58% are Airbus jets, 39% Boeing and 9% regional turboprops": after a present "are", where a
    // verb of its own cannot be told by its ending, a share goes on with it when a plural noun and the list's comma,
    // "and" or end follow, and its word is no common verb, as "45% own cars" is.)
    if (presentCopula && shares.length >= 3 && PLURAL_TO_END.test(after) && !PRESENT_VERB.test(word)) {
      predicates.add("are");
      continue;
    }
    if (word === "is" || word === "are") presentCopula = true;
    if (word === "was" || word === "were") pastCopula = true;
    complement = COPULA.has(word) ? COMPLEMENT.exec(after)?.[1] ?? null : null;
    if (complement) complements.push(complement);
    // In a list of three or more with no category named yet, what happened to each is an event, not a state: "96% left
    // on time, 9% were delayed and 2% were cancelled", "55% resigned, 38% retired and 22% were dismissed" ("retired"
    // done, not "were retired"). A pair may say two things ("70% were insured and 45% flooded").
    const isEvent = shares.length >= 3 && !presentCopula && (complement !== null ? PASSIVE.test(complement) && !CATEGORY_NOUN.test(complement) : !pastCopula && /ed$/.test(word));
    if (isEvent) {
      events.add(complement ?? word);
      predicates.add(complement ?? word);
      continue;
    }
    // ("… 35% disapproved and 32% had no opinion": the don't-knows of a question are one of its answers, no thing done.)
    if (!COPULA.has(word) && VERB_OF_ITS_OWN.test(word) && !NO_OPINION.test(after) && OBJECT_OF_ITS_OWN.test(after.slice((new RegExp(`\\b${word}\\b`, "u").exec(after)?.index ?? 0) + word.length))) doneToSomething = true;
    predicates.add(word);
  }
  // ("Of the staff, 60% were vaccinated, 45% were tested and 30% caught flu": what happened to them beside something
  // they did to a thing of its own, "caught flu", is no set of fates that exclude each other, as "left on time, were
  // delayed, were cancelled" are.)
  if (events.size > 0 && doneToSomething) return true;
  // ("61% of the victims were under 25 and 84% were male": a band of one scale beside a category of another, age
  // beside sex, are two attributes, which overlap; "were over 60 … were under 40" are bands of one.)
  const kinds = new Set(shares.map((share) => COPULA_COMPLEMENT.exec(sentence.slice(share.end, share.end + 60))?.[1]).filter((word) => word !== undefined).map((word) => BAND_WORD.test(word)));
  if (kinds.size === 2) return true;
  // Only a category ("are women") beside an activity ("work part-time"): two answers to one question
  // ("voted for … opposed", "favoured … opposed … were undecided") exclude each other; "52% women" is a category.
  // (Beside another attribute, "60% are women and 45% come from abroad", where they are from may overlap with it.)
  if (predicates.has(FROM_A_PLACE)) return predicates.size > 1;
  const words = [...predicates];
  const answers = [...words, ...complements];
  if (OPPOSITES.some(([a, b]) => answers.some((w) => a.test(w)) && answers.some((w) => b.test(w)))) return false;
  const copulas = words.filter((p) => COPULA.has(p) || (CATEGORY_NOUN.test(p) && !events.has(p)));
  return predicates.size >= 2 && copulas.length > 0 && copulas.length < predicates.size;
}

// "60% would back a rise, but only 48% would accept one above 5%": "but only" asks a narrower question of the same
// people, whose answer is among the first's, not beside it. ("60% backed the plan, but only 35% opposed it" still gives
// two answers to one question.)
const NARROWED = /^(?:only|just|merely|barely|fewer\s+than|less\s+than)\b/i;

function narrowsTheQuestion(sentence: string, cut: string, at: number): boolean {
  if (!/\bbut\b/i.test(cut) || !NARROWED.test(sentence.slice(at))) return false;
  const [before, after] = [sentence.slice(0, at), sentence.slice(at)];
  return !OPPOSITES.some(([a, b]) => (a.test(before) && b.test(after)) || (b.test(before) && a.test(after)));
}

function areOppositeAnswers(sentence: string, first: Quantity, second: Quantity): boolean {
  const [a, b] = [sentence.slice(first.end, second.start), sentence.slice(second.end, second.end + 20)];
  return OPPOSITES.some(([x, y]) => (x.test(a) && y.test(b)) || (y.test(a) && x.test(b)));
}

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
// "Respondents could pick several reasons": answers that may overlap, whatever their verbs.
const MANY_ANSWERS = /\b(?:several|more\s+than\s+one|multiple|any\s+number\s+of|all\s+that\s+appl(?:y|ied)|(?:could|may|might|allowed\s+to)\s+(?:choose|pick|name|select|give|cite)\s+(?:more|several|up\s+to|any))\b/i;
// ("…; by 2024 that share had fallen to 31%, with wind supplying 44%": another year is another scene.)
const NEW_SCENE = /^\s*(?:in|among|at|for|across|within|by\s+contrast|meanwhile|separately|elsewhere|nationally|overall|(?:by|since|until|as\s+of|from)\s+(?:(?:the\s+)?(?:end|start|middle)\s+of\s+)?(?:1[5-9]|20)\d\d\b|(?:1[5-9]|20)\d\d\b)/i;
const COMPARED_BEFORE = /\b(?:compared\s+(?:with|to)|up\s+from|down\s+from)\s+(?:(?:a|an|the)\s+)?(?:(?:about|some|nearly|almost|just|only)\s+)?$/i;
const AGAINST_BEFORE = /\b(?:against|versus|vs\.?)\s+(?:(?:a|an|the)\s+)?(?:(?:about|some|nearly|almost|just|only)\s+)?$/i;
const EARLIER_AFTER = /^\s+(?:(?:a|one|two|three|the)\s+(?:year|month|quarter|decade)s?\s+(?:earlier|before|ago)|the\s+(?:year|month)\s+before|the\s+previous\s+(?:year|month|quarter)|last\s+(?:year|month|quarter|season|time)|previously|in\s+(?:1[5-9]|20)\d\d)\b/i;
const SPLIT = /\b(?:split|divided|shared|went)\s+(?:\w+\s+)?\d[\d.]*\s?(?:%|per\s?cent|percent)\s*(?:to|-|–|\/|and)\s*\d[\d.]*\s?(?:%|per\s?cent|percent)/i;
const PART_AS_WHOLE_BEFORE = /(?:[;,]|\band)\s*of\s+(?:that|this|those|these|them|which)\s*,?\s*(?:(?:some|about|around|nearly|almost|just|only)\s+)?$/i;
const NEW_WHOLE_BEFORE = /[;,]\s*of\s+(?:those|these|the|its|their|all)\s+([\p{L}’'-]+)\s*,\s*(?:(?:some|about|around|nearly|almost|just)\s+)?$/iu;

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
const ONE_LINE = new Set(["\u0000distributed", "\u0000contrast", "\u0000outcomes", "\u0000split list"]);

// One verb distributed over a list, the whole the subject's or the verb's: "Recorded offences were 47% thefts, 33%
// violent crimes and 28% criminal damage" (the subject is made of the categories after the shares); "Thefts
// accounted for 47%, violent crimes for 33% and criminal damage 28%" (a verb of making up, the categories before
// the shares). Each share after the first comes with its category alone, no verb of its own. ("The project is 80%
// complete and 60% sold" says two things of it: a category here is a plural noun, "thefts", "cars", "flats".)
// ("Traffic is split roughly 55% tankers, 30% carriers and 25% container ships": a subject split into the list is
// made of it, as one that "is" the list.)
const COPULA_BEFORE = /\b(?:is|are|was|were|remains|remain|remained)\s+(?:(?:split|divided)\s+(?:(?:between|into)\s+)?)?(?:(?:about|some|roughly|around|nearly|almost|just|only)\s+)?$/i;
// (A plural, not "-ss", "-us", "-is", nor an adverb in -s: "effective indoors and 45% outdoors", "overseas", "always".)
// ("users are 48% men and 57% women": the irregular plurals of people are categories too.)
const PLURAL = "(?:[\\p{Ll}-]+(?<!ss|us|is|door|stair|sea|way|time|ward|haps|reas|side)s|(?:wo)?men|children|people)";
// ("Support was 82% among nurses and 74% among porters": a group the share is measured in, not a category.)
const PLURAL_AFTER = new RegExp(`^\\s+(?!(?:among|in|at|across|within|for|from|by|with|of|on|to)\\s)(?:[\\p{Ll}-]+\\s+){0,2}?${PLURAL}\\s*(?:,|\\band\\b|\\bor\\b)`, "u");
const PLURAL_NEXT = new RegExp(`^\\s+(?:[\\p{Ll}-]+\\s+)?${PLURAL}\\b`, "u");
const PLURAL_TO_END = new RegExp(`^\\s+(?:[\\p{Ll}-]+\\s+)?${PLURAL}\\s*(?:,|\\band\\b|\\bor\\b|[.;]|$)`, "u");
const PRESENT_VERB = /^(?:own|have|rent|buy|work|live|take|get|pay|earn|hold|keep|make|need|want|use|say|think|prefer|expect|plan|like|run|sell|grow|drive|eat|read|watch|play|visit)$/;
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
  if (!categoriesAfter && !categoriesBefore) return [];
  const list = [first];
  for (const share of rest) {
    const previous = list[list.length - 1];
    const gap = sentence.slice(previous.end, share.start);
    const word = /^\s+([\p{Ll}]+)/u.exec(sentence.slice(share.end, share.end + 20))?.[1];
    const item = categoriesAfter ? ITEM_AFTER.exec(gap) && (!word || !VERB_OF_ITS_OWN.test(word)) : ITEM_BEFORE.exec(gap);
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
const TURNOUT = /\bturnout\b/i;
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

// "Three in five adults": the noun the count is of. ("Seven out of ten of the goals came from set pieces and four out of
// ten from open play": past "of" the whole is named as after a percentage; a preposition or a verb names none, so the
// share goes on with the whole before it.)
const NO_NOUN = /^(?:from|to|in|on|at|by|for|with|without|and|or|but|were|was|are|is|had|have|has|said|say)$/i;

function countNoun(after: string): string | undefined {
  if (/^\s+of\s/i.test(after)) return wholeOf(after) ?? undefined;
  const word = /^\s+([\p{L}’'-]+)/u.exec(after)?.[1];
  return word && !NO_NOUN.test(word) && !VERB_OF_ITS_OWN.test(word) ? word : undefined;
}

// "re-elected with 58% of the vote, to 48% for his challenger": "to" a share "for" another is the rival's part of the
// same whole, not a change to a level (isShareOfAWhole reads "to 48%" as one).
const TO_BEFORE = /^\s+of\s+(?:the\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?\s*,?\s+to\s+$/u;

function isRivalsShare(sentence: string, previousEnd: number, share: Quantity): boolean {
  return previousEnd > 0 && TO_BEFORE.test(sentence.slice(previousEnd, share.start)) && /^\s+for\s/i.test(sentence.slice(share.end, share.end + 6));
}

// "53% in a two-horse race", "40% in a poll": "in a" sets the scene, it does not name the whole.
const IN_A_SCENE = /^\s+in\s+an?\s/i;

// ("62% in favour in Kent": an answer, not a whole.)
const IN_FAVOUR = /^\s+in\s+favou?r\b/i;

function wholeOf(after: string): string | null {
  if (IN_A_SCENE.test(after) || IN_FAVOUR.test(after)) return null;
  const match = STAKE_IN.exec(after) ?? WHOLE_AFTER.exec(after);
  return match ? match[1].replace(/[’']s$/, "") : null;
}
