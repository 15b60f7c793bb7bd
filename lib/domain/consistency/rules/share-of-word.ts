import { countedUnit, type Quantity } from "../numbers";
import { isApposition } from "./apposition";
import { nearestShare } from "./nearest-share";
import { partsOfWholes, type PartOfWhole } from "./part-of-whole";

// "majority control of the retailer with a 29% holding", "has bought 12% of the shares":
// a holding named as such may be further from the word.
const HOLDING_AFTER = /^\s+(?:stake|holding|share|interest)\b|^\s+of\s+(?:the|its|their)\s+(?:shares|stock|voting rights|votes|seats|capital)\b/i;
// "who owns 22% of the club": a share someone owns is a holding too.
// …when the word itself is about ownership: "its majority shareholder", "majority control".
const OWNERSHIP_AFTER = /^[\s-]+(?:shareholder|owner|ownership|stake|holding|control|interest|stakeholder|investor|partner)\b/i;
const HOLDING_VERB_BEFORE = /\b(?:owns|own|owned|owning|holds|hold|held|holding|controls|controlled|controlling|bought|buys|acquired)\s+(?:(?:a|an|just|only|some|about|around|nearly|almost)\s+)*$/i;
// "having raised its stake to 30%", "a holding of 22%": the share is named a holding before it.
const HOLDING_NAMED_BEFORE = /\b(?:stake|holding|shareholding|interest)\s+(?:to|of|at|from\s+\S+\s+to)\s+(?:(?:a|an|just|only|some|about|around|nearly|almost)\s+)*$/i;
// "owns the majority of the insurer", "took a majority": the word itself is something held.
const HOLDING_VERB_BEFORE_WORD = /\b(?:owns|own|owned|owning|holds|hold|held|controls|controlled|bought|buys|acquired|took|takes|sold|sells|retains|retained|keeps|kept)\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\p{L}-]+\s+)?$/iu;
const MAX_HOLDING_WORDS = 10;
// "Most of the council's budget, about 30 per cent": the share restates the word's noun phrase.
// ", taking 38%", ", with 44%": a participle or "with" that gives the share.
// ("– just under 40% –": an approximation may come first; "the bulk of the sea-level rise measured since 1993, about
// 30 per cent": a year may date the phrase.)
// ("A minority of the 1,400 staff balloted, 61 per cent": a count may size the phrase; not a share, which is a whole of its own.)
const RESTATES_PHRASE = /^(?:\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?:[£$€]?\d[\d,]*(?:\.\d+)?(?:m|bn)?(?!\s*(?:%|per\s?cent|percent))\s+)?[\p{L}’'-]+(?:\s+(?:[\p{L}’'-]+|(?:1[5-9]|20)\d\d)){0,5}?)?\s*(?:\(|,|:|[–—]|\s(?=at\s))\s*(?:(?:taking|winning|getting|securing|with|at)\s+)?(?:(?:some|about|around|roughly|nearly|almost|just|approximately|only|under|over|below|more than|less than|fewer than)\s+)*$/iu;
// "most polls put it at 45%": a pronoun between means the share is of what it stands for, not of the word's phrase.
// ("telescope time this year, 35 per cent": "this" before a period of time is no pronoun.)
const PRONOUN = /\b(?:it|them|(?:this|that)(?!\s+(?:year|month|week|season|quarter|term|spring|summer|autumn|winter)\b)|these|those)\b/i;
// "30% of the shares but a majority of the votes": a contrast, so the share is of something else.
const BREAK = /;|\.\s|\bbut\b/;

/**
 * The share a word such as "majority" or "minority" is about: the nearest
 * within `maxWords` words, or one restating the word's noun phrase ("most of
 * the budget, about 30%", "a minority — three-quarters of respondents —"), or a
 * holding named as one within ten words ("majority control … with a 29% holding").
 */
export function shareForWord(sentence: string, shares: readonly Quantity[], word: { start: number; end: number }, maxWords: number): Quantity | null {
  const near = nearestShare(sentence, shares, word, maxWords);
  if (near) return near;
  for (const share of shares) {
    if (share.start < word.end) continue;
    const between = sentence.slice(word.end, share.start);
    if (between.length < 80 && RESTATES_PHRASE.test(between) && !BREAK.test(between) && !PRONOUN.test(between)) return share;
  }
  const closing = shareClosingTheClause(sentence, shares, word);
  if (closing) return closing;
  const namesOwnership = OWNERSHIP_AFTER.test(sentence.slice(word.end, word.end + 20)) || HOLDING_VERB_BEFORE_WORD.test(sentence.slice(Math.max(0, word.start - 30), word.start));
  for (const share of shares) {
    const shareBefore = sentence.slice(Math.max(0, share.start - 30), share.start);
    const isHeld = HOLDING_AFTER.test(sentence.slice(share.end, share.end + 40)) || (namesOwnership && (HOLDING_VERB_BEFORE.test(shareBefore) || HOLDING_NAMED_BEFORE.test(shareBefore)));
    if (!isHeld) continue;
    const between = share.start >= word.end ? sentence.slice(word.end, share.start) : sentence.slice(share.end, word.start);
    if (share.start < word.end && share.end > word.start) continue;
    if (BREAK.test(between)) continue;
    // ("… its holding from 30% to 45%": the level it rose from is no word between.)
    if (between.replace(/\bfrom\s+\S+\s+to\s*$/i, "").split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length <= MAX_HOLDING_WORDS) return share;
  }
  return null;
}

// "Only a minority of asylum claims were granted at first instance, 61 per cent of the 84,000 decided": the word opens
// the sentence, its clause runs on with no figure and no link ("and", "while", "which"), and a share of a counted whole
// is set off by a comma at its end. That share is the size of what the clause tells of. Not one of a whole of another
// noun ("Most of those who left were women, 40% of the 2,000 staff": the women are a share of the staff), nor one
// after a link or a comparison (", while 61 per cent", ", against 61 per cent").
const OPENS_SENTENCE = /^\s*(?:(?:only|just|a|an|the|clear|slim|narrow|small|large|vast|big|tiny|bare)\s+)*$/i;
const CLAUSE_TO_SHARE = /^(?!.*\b(?:and|but|or|while|whereas|although|though|which|who|whom|where|when|as|if)\b)(?:\s+[\p{L}’'-]+){2,14}\s*,\s*(?:(?:some|about|around|roughly|nearly|almost|just|only)\s+)*$/iu;
// " of the 84,000 decided", " of the 3,100 on the network", " of the 12,400 applications received": the count, then
// what follows it (a noun is checked against the word's own).
const OF_COUNTED_WHOLE = /^\s+of\s+(?:the|all)\s+\d[\d,.]*(?:\s*(?:m|bn|million|billion)\b)?(?:\s+([\p{L}’'-]+))?/iu;
const NOT_A_NOUN = /^(?:[\p{L}]+ed|on|in|at|of|from|across|for|who|that|which|nationwide|made|seen|heard|sent|taken|given)$/iu;
const WORD_WHOLE = /^\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?((?:[\p{L}’'-]+\s+){0,2}[\p{L}’'-]+)/u;

function shareClosingTheClause(sentence: string, shares: readonly Quantity[], word: { start: number; end: number }): Quantity | null {
  if (!OPENS_SENTENCE.test(sentence.slice(0, word.start))) return null;
  const share = shares.find((q) => q.start > word.end);
  if (!share || share.start - word.end > 120 || !CLAUSE_TO_SHARE.test(sentence.slice(word.end, share.start))) return null;
  const whole = OF_COUNTED_WHOLE.exec(sentence.slice(share.end, share.end + 40));
  if (!whole) return null;
  const noun = whole[1]?.toLowerCase().replace(/s$/, "");
  if (noun === undefined || NOT_A_NOUN.test(whole[1])) return share;
  const phrase = WORD_WHOLE.exec(sentence.slice(word.end, share.start))?.[1].toLowerCase().split(/\s+/) ?? [];
  return phrase.some((w) => w.replace(/s$/, "") === noun) ? share : null;
}

// "A majority of the 600 delegates, 250 of them": a count of a count.
// ("the majority of her 88 years, some 30 of them": a person's own count.)
const OF_COUNT = /^\s+of\s+(?:the|its|their|all|his|her|our|my)\s+(?:[\p{L}’'-]+[’']s\s+)?$/iu;
// "most of the 338 seats in parliament — 160": a few words, then the part set off.
const PART_SET_OFF = /^(?:\s+[\p{L}’'-]+){0,4}\s*(?:[,(:]|[–—])\s*(?:(?:some|about|around|roughly|nearly|almost|just|only)\s+)?$/u;
// "Most of the 26 jurors summoned to Truro Crown Court this week, nine of them, were excused", "the bulk of the 310
// flights cancelled at Gatwick on Friday, 96 of them, were": a whole told of at length, then the part set off on
// both sides before the sentence goes on. No verb of its own between ("Most of the 300 staff were laid off in
// March, 40 of them …" tells of another group), and the part closed by a comma, bracket or dash.
// (A few words are told of the same way: "Three-quarters of the 300 dairy farmers surveyed, 180 of them, said".)
const PART_SET_OFF_AT_LENGTH = /^(?:\s+(?:[\p{L}’'-]+|(?:1[5-9]|20)\d\d)){1,10}\s*(?:[,(]|[–—])\s*(?:(?:some|about|around|roughly|nearly|almost|just|only)\s+)?$/u;
// (A relative clause is still the whole: "the 80 delegates who voted on Sunday".)
const FINITE_VERB = /\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|shall|should|do|does|did|said|says|and|or|but|while)\b/i;
// (Only "of them", "in all" or one noun after the part: "96 of them to Spain," or "15 of them women," is a subset.)
const PART_CLOSED = /^(?:\s+(?:of\s+them|in\s+(?:all|total)|all\s+told|altogether|[\p{L}’'-]+))?\s*(?:[,)]|\s[–—])\s*\p{L}/u;
// "Wigan fans made up the majority of the 18,000 crowd at Wembley, with around 6,500 making the trip": when the
// word is what the subject makes up, "with" and a count of those who came gives the subject's own count. (Not any
// "with": "Women made up most of the 500 staff, with 120 in senior roles" is a subset.)
const MAKES_UP_BEFORE = /\b(?:(?:made|make|makes|making)\s+up|formed|form|forms|accounted\s+for|account\s+for|accounts\s+for|comprised|comprise|comprises|constituted|constitute|constitutes)\s+(?:(?:the|a)\s+(?:\w+\s+)?)?$/i;
const SUBSET_TOLD_OF = /^\s+of\s+(?:it|them|which|whom)\s+(?!(?:in\s+all|in\s+total|all\s+told|altogether)\b)[\p{L}\p{N}£$€]/u;
const CAME = /^\s+(?:(?:of\s+them|fans|supporters|people)\s+)?(?:making\s+the\s+(?:trip|journey)|travell?ing|travell?ed|attending|in\s+attendance|present|turning\s+out|turned\s+out)\b/i;
const WITH_PART = /^(?:\s+[\p{L}’'-]+){0,4}\s*,\s*with\s+(?:(?:some|about|around|roughly|nearly|almost|just|only)\s+)?$/u;
// "The Greens claimed a majority on the council with 19 of the 45 seats": a majority (not "a majority of …") held
// with a count given in the same clause.
const WITH_PART_OF_WHOLE = /^(?!.*\b(?:but|despite|although|though|yet|short|shy|and|while|after|before)\b)(?:\s+[\p{L}’'-]+){0,6}\s+(?:with|holding|winning|taking)\s+(?:(?:just|only|some|about|around|roughly|nearly|almost)\s+)?$/u;

// "The ruling coalition will govern with a majority in the new parliament after winning 61 of the 150 seats": a majority
// held (not "a majority of …") because of the seats its holder won. No partner to share it with ("in coalition with the
// Greens", "with the support of"), and not seats of a part of the body up for election ("61 of the 150 seats contested").
const AFTER_WINNING = /^(?!.*\b(?:but|despite|although|though|yet|short|shy|and|while|before|with|alongside|together|jointly)\b)(?:\s+[\p{L}’'-]+){0,6}\s+after\s+(?:winning|securing|taking|capturing)\s+(?:(?:just|only|some|about|around|roughly|nearly|almost)\s+)?$/u;
const PARTNERS = /\b(?:coalition\s+(?:with|partners?)|partners?|allies|together\s+with|alongside|(?:help|support|backing|votes)\s+of|backed\s+by|propped\s+up|confidence|independents?)\b/i;
const PART_OF_BODY_AFTER = /^\s+(?:[\p{L}’'-]+\s+)?(?:contested|up\s+for|being\s+fought|at\s+stake|available|in\s+play)\b/iu;

function isWonBeforeHolding(sentence: string, word: { end: number }, pair: PartOfWhole): boolean {
  return pair.start >= word.end && pair.start - word.end < 70 && AFTER_WINNING.test(sentence.slice(word.end, pair.start)) && !PARTNERS.test(sentence) && !PART_OF_BODY_AFTER.test(sentence.slice(pair.end, pair.end + 30));
}

// "The bulk of quarterly revenue came from Asia, which contributed $3.1bn of the $8.4bn total": what the word's part
// came from, then a relative clause of it with a verb of giving that part, counts it. Only "came from" and one source
// of a few words ("from Asia and Europe, which" may be the last of two).
const SOURCE_THEN_PART = /^(?:\s+[\p{L}’'-]+){1,8}?\s+(?:came|comes|come|was|were)\s+from\s+(?:the\s+|its\s+|their\s+)?(?!.*\b(?:and|or)\b)(?:[\p{L}’'-]+\s+){0,2}[\p{L}’'-]+\s*,\s*which\s+(?:contributed|provided|supplied|generated|brought\s+in|accounted\s+for|made\s+up)\s+(?:(?:some|about|around|roughly|nearly|almost|just|only)\s+)?$/u;

const HELD_WITH = /^(?:\s+[\p{L}’'-]+){0,4}\s+(?:with|holding)\s+(?:(?:just|only|some|about|around|roughly|nearly|almost)\s+)?$/u;

// "hold a majority of the voting shares with 2,000 of the 5,000 in issue": a majority of a whole held with a count
// of a count that names no other noun ("in issue", "issued") or the same one ("a majority of the seats with 19 of
// the 45 seats"). Not "a majority of the members with 40 of the 100 seats": members are not seats.
const BODY = /\b(?:board|council|parliament|chamber|assembly|senate|house|committee|cabinet|legislature|bench|panel|jury)$/i;

function isOfTheSameWhole(sentence: string, wordEnd: number, pair: PartOfWhole): boolean {
  const whole = /^\s+of\s+(?:the\s+|its\s+|their\s+)?((?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+)\s+(?:with|holding|winning|taking)\b/iu.exec(sentence.slice(wordEnd, wordEnd + 60))?.[1];
  if (!whole) return false;
  const noun = countedUnit(pair.whole).toLowerCase();
  // ("a majority of the operator's board with 4 of its 11 seats": a body's seats or members are the body.)
  if (/^(?:seats|members|places)$/.test(noun) && BODY.test(whole)) return true;
  return noun === "" || /ed$/.test(noun) || whole.toLowerCase().split(/\s+/).some((w) => w === noun || w === `${noun}s` || `${w}s` === noun);
}

// "A majority of MPs — 290 of the 650 —", "most of the votes, 4.1 million of 9 million": a few words, then a separator.
// ("…, which has a majority in the assembly, holds 44 of its 100 seats": a verb of holding after the comma too.)
// ("won a majority on the board, securing nine of the 21 seats", "shouldered the majority of the losses, absorbing
// $18bn of the $40bn", "form a minority on the committee, filling seven of its 12 places": a participle of taking
// one's part says the word's count; not "leaving" or "rejecting", the rest.)
// ("a minority of the bonds, worth $2.6bn of the $4bn outstanding": a value given for the part says its size too.)
const BEFORE_PART_OF_WHOLE = /^(?:\s+[\p{L}’'-]+){0,6}\s*(?:[,(:]|[–—])\s*(?:(?:with|holding|taking|winning|holds|held|has|had|won|controls|commands|securing|claiming|capturing|filling|occupying|absorbing|bearing|shouldering|accounting\s+for|making\s+up|worth|valued\s+at|totalling|totaling|amounting\s+to|representing)\s+)?(?:(?:some|about|around|roughly|nearly|almost|just|only)\s+)?$/u;
const COUNT_THEN_WORD = /^(?:\s+[\p{L}’'-]+){0,4}\s*(?:[,(]|[–—])\s*(?:(?:a|an|the)\s+)?(?:(?:clear|slim|narrow|bare|comfortable|working|big|large|small|thin|overall|outright|absolute)\s+)?$/u;
// "Of the 650 MPs, a majority (300)": the whole first, the part right after the word.
// ("Of the fund's 1.8 million members, a minority of about 1.1 million": a possessive whole, and the part after "of".)
const WHOLE_FIRST = /^\s*of\s+(?:the|its|their|all)\s+(?:[\p{L}’'-]+[’']s\s+)?$/iu;
// ("In the poll of 1,500 adults, a minority of 820 said": a poll, survey or sample of a count, opening the sentence, is
// the whole too, when the word opens the clause right after it.)
const POLL_OF_FIRST = /^\s*(?:in|among|across)\s+(?:the|a|an|this|our|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:poll|survey|sample|ballot|study|census|trial|questionnaire|referendum)\s+of\s+(?:(?:some|about|around|roughly|more\s+than|over|nearly|almost)\s+)?$/iu;
const POLL_WHOLE_TO_WORD = /^(?:\s+[\p{L}’'-]+){1,3}\s*,\s*(?:(?:only|just)\s+)?(?:a|an|the)\s+(?:(?:small|slim|narrow|large|sizeable|significant|tiny|clear|bare)\s+)?$/iu;
const PART_AFTER_WORD = /^\s*(?:[(,:]|[–—])\s*$/;
// (Only a minority: "a majority of 80" is a margin.)
const PART_OF_AFTER_WORD = /^\s+of\s+(?:(?:about|around|some|roughly|approximately|just|only)\s+)?$/i;

/**
 * For "a majority of the 600 delegates, 250 of them", "a majority — 290 of the
 * 650 —" and "Of the 650 MPs, a majority (300)": the share the count is of the
 * whole, in per cent.
 */
export function countShareForWord(sentence: string, quantities: readonly Quantity[], word: { start?: number; end: number }): { share: number; start: number; end: number } | null {
  const isMajorityWord = /^(?:majority|minority)$/i.test(sentence.slice(word.start ?? word.end, word.end));
  const isHeldAlone = isMajorityWord && !/^\s+of\b/i.test(sentence.slice(word.end, word.end + 5));
  for (const pair of partsOfWholes(sentence, quantities)) {
    if (pair.start >= word.end && pair.start - word.end < 80 && BEFORE_PART_OF_WHOLE.test(sentence.slice(word.end, pair.start))) return pair;
    // "a majority of 19 of the 45 seats": the count held, not a margin.
    if (isMajorityWord && pair.start >= word.end && /^\s+of\s+(?:just\s+|only\s+|some\s+)?$/i.test(sentence.slice(word.end, pair.start))) return pair;
    // "87 of the 212 offences recorded, the majority, involved shoplifting": the count called a majority in apposition.
    if (word.start !== undefined && pair.end <= word.start && COUNT_THEN_WORD.test(sentence.slice(pair.end, word.start)) && /^\s*(?:[,)]|[–—])/.test(sentence.slice(word.end, word.end + 3))) return pair;
    if ((isHeldAlone || (isMajorityWord && isOfTheSameWhole(sentence, word.end, pair))) && pair.start >= word.end && pair.start - word.end < 70 && WITH_PART_OF_WHOLE.test(sentence.slice(word.end, pair.start))) return pair;
    if (isHeldAlone && isWonBeforeHolding(sentence, word, pair)) return pair;
    if (pair.start >= word.end && pair.start - word.end < 120 && SOURCE_THEN_PART.test(sentence.slice(word.end, pair.start))) return pair;
    // "With 27 of the 60 seats, the Greens form a majority": the count first, in a phrase of its own.
    const before = sentence.slice(Math.max(0, pair.start - 12), pair.start);
    if (word.start !== undefined && pair.end <= word.start && /\b(?:with|holding|having|winning|taking)\s+(?:just\s+|only\s+)?$/i.test(before) && !/[;.]|\bbut\b/.test(sentence.slice(pair.end, word.start)) && word.start - pair.end < 60) return pair;
  }
  const first = quantities[0];
  const isPollFirst = first !== undefined && word.start !== undefined && POLL_OF_FIRST.test(sentence.slice(0, first.start)) && POLL_WHOLE_TO_WORD.test(sentence.slice(first.end, word.start));
  if (first && (WHOLE_FIRST.test(sentence.slice(0, first.start)) || isPollFirst) && !first.isPercent && !first.isYear && first.value > 0) {
    const part = quantities.find((q) => q.start >= word.end);
    const between = part ? sentence.slice(word.end, part.start) : "";
    const isMinority = /^minority$/i.test(sentence.slice(word.start ?? word.end, word.end));
    if (part && !part.isPercent && !part.isYear && (PART_AFTER_WORD.test(between) || (isMinority && PART_OF_AFTER_WORD.test(between)))) {
      return { share: (100 * part.value) / first.value, start: part.start, end: part.end };
    }
  }
  const whole = quantities.find((q) => q.start >= word.end && !q.isPercent && !q.isYear);
  if (!whole || !OF_COUNT.test(sentence.slice(word.end, whole.start))) return null;
  // ("the £40m raised by the appeal since 2020, £12m": a year telling of the whole is not its part.)
  const part = quantities.find((q) => q.start > whole.end && !q.isYear);
  if (!part || part.isPercent || whole.value === 0 || part.currency !== whole.currency) return null;
  const between = sentence.slice(whole.end, part.start);
  const setOff = isApposition(sentence, whole, part) || PART_SET_OFF.test(between) || isPartSetOffAtLength(sentence, whole, part);
  const madeUpWith = word.start !== undefined && MAKES_UP_BEFORE.test(sentence.slice(Math.max(0, word.start - 40), word.start)) && WITH_PART.test(between) && CAME.test(sentence.slice(part.end, part.end + 30));
  // "control a majority of the 5,000 voting shares with 2,000 of them": a majority (not "most") of a count, held
  // with a part of it.
  const heldWith = isMajorityWord && HELD_WITH.test(between) && /^\s+of\s+(?:them|it)\b/i.test(sentence.slice(part.end, part.end + 12));
  if (!setOff && !madeUpWith && !heldWith && !isTallyClosing(sentence, between, part) && !isTurnout(sentence, between, part)) return null;
  // "The bulk of the £14m grant, £3m of it from the council,": a part told of further is a subset, not the word's share.
  if (isSubsetToldOf(sentence, part)) return null;
  const share = (100 * part.value) / whole.value;
  // "Home fans made up most of the 30,000 crowd, with 2,000 travelling from Leeds": so small a count after "with"
  // is more likely another group's (the away end) than the subject's own.
  if (!setOff && share < 25) return null;
  return { share, start: part.start, end: part.end };
}

// "Most of the 2,300 asylum applications decided last quarter were refused – 1,050 in all": the clause told of the whole
// runs on to its verb, then a count set off and closed by "in all" tallies what the clause says of it. No link or other
// group between ("and", "with", "the rest"): "Most of the 300 staff were laid off, with the rest redeployed – 40 in all"
// counts another part.
const CLAUSE_TO_TALLY = /^(?!.*\b(?:and|but|or|while|whereas|with|which|who|where|when|rest|remaining|others?)\b)(?:\s+[\p{L}’'-]+){1,12}\s*(?:,|:|[–—])\s*(?:(?:some|about|around|roughly|nearly|almost|just|only)\s+)?$/iu;
const IN_ALL_CLOSES = /^\s+(?:in\s+all|in\s+total|all\s+told|altogether)\s*(?:[.;,)]|[–—]|$)/i;

function isTallyClosing(sentence: string, between: string, part: Quantity): boolean {
  return CLAUSE_TO_TALLY.test(between) && IN_ALL_CLOSES.test(sentence.slice(part.end, part.end + 20));
}

// "Most of the party's 180,000 members took part in the leadership ballot, which drew 76,000 votes": those of the whole
// who voted are counted by the votes the ballot drew (one each), so the turnout is the word's share. Not votes for or
// against one side ("which drew 76,000 votes for the leader"), a subset of those.
const TURNOUT_BEFORE = /^(?:\s+[\p{L}’'-]+){1,3}\s+(?:took\s+part|voted|participated|turned\s+out|cast\s+(?:a\s+|their\s+)?(?:votes?|ballots?))\b(?:\s+[\p{L}’'-]+){0,6}\s*,\s*(?:(?:which|that)\s+(?:drew|attracted|received|saw|recorded|produced|had)|with)\s+(?:(?:some|about|around|roughly|nearly|almost|just|only)\s+)?$/iu;
const VOTES_AFTER = /^\s+(?:votes|ballots|responses|returns)\b(?!\s+(?:for|against|in\s+favou?r|backing|supporting|to)\b)/i;

function isTurnout(sentence: string, between: string, part: Quantity): boolean {
  return TURNOUT_BEFORE.test(between) && VOTES_AFTER.test(sentence.slice(part.end, part.end + 30));
}

/** "£3m of it from the council", "120 of them women": a part told of further is a subset of the whole, not its share. */
export function isSubsetToldOf(sentence: string, part: Quantity): boolean {
  return SUBSET_TOLD_OF.test(sentence.slice(part.end, part.end + 30));
}

/** "the 310 flights cancelled at Gatwick on Friday, 96 of them, were …": a part set off after a whole told of at length. */
export function isPartSetOffAtLength(sentence: string, whole: Quantity, part: Quantity): boolean {
  const between = sentence.slice(whole.end, part.start);
  return PART_SET_OFF_AT_LENGTH.test(between) && !FINITE_VERB.test(between) && PART_CLOSED.test(sentence.slice(part.end, part.end + 40));
}

// "a 49% stake in the airport, leaving the council with the majority", "sold 49%, leaving it with a majority": the
// word (majority, minority) is held by whoever is left with it, the rest of the whole once the share has gone to
// another. The one left is named anew ("the council"), or the share was given away ("sold", "gave", "handed"):
// "won 45% of the seats, leaving it with a majority" is the share's own holder, and no majority.
const LEFT_WITH = /\b(?:leaving|leaves|left)\s+((?:(?:the|its|their|his|her|a|an)\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,2}?)\s+(?:with|holding|in\s+control\s+of|in)\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:(?:clear|slim|narrow|bare|comfortable|working|overall|outright|absolute)\s+)?$/iu;
const PRONOUN_HOLDER = /^(?:it|them|him|her|itself|themselves|us|me|you)$/i;
const GIVEN_AWAY = /\b(?:sold|sells|selling|sell|gave|gives|giving|give|handed|hands|transferred|transfers|ceded|cedes|floated|offloaded|disposed\s+of|gave\s+up|gives\s+up)\b/i;

// "took a 49% stake, leaving the majority with the founders", "leaving majority control in the hands of the state": the
// word named first, then whoever is left with it.
const LEFT_WORD = /\b(?:leaving|leaves|left)\s+(?:(?:the|a|an)\s+)?(?:(?:clear|slim|narrow|bare|comfortable|working|overall|outright|absolute)\s+)?$/i;
const LEFT_TO_HOLDER = /^\s+(?:(?:stake|holding|shareholding|interest|share|control|ownership)\s+)?(?:with|to|in\s+the\s+hands\s+of)\s+((?:(?:the|its|their|his|her|a|an)\s+)?[\p{L}’'-]+)/iu;

/** Whether `word` names what `share` leaves to another ("a 49% stake …, leaving the council with the majority"). */
export function isLeftOver(sentence: string, share: { start: number; end: number }, word: { start: number; end: number }): boolean {
  if (share.end > word.start) return false;
  const between = sentence.slice(share.end, word.start);
  const holder = LEFT_WITH.exec(between)?.[1] ?? (LEFT_WORD.test(between) ? LEFT_TO_HOLDER.exec(sentence.slice(word.end, word.end + 50))?.[1] : undefined);
  if (holder === undefined || /[;]|\b(?:no|not|never|without)\b/i.test(between)) return false;
  return !PRONOUN_HOLDER.test(holder) || GIVEN_AWAY.test(sentence.slice(Math.max(0, share.start - 60), share.start));
}

// "bought a 15% stake in 2019 and took control in 2022 by raising it to 60%": the level a holding named before was
// brought to, told with a pronoun for it, is a holding (not a rise: "raised its stake to 30%" is read so already).
const LEVEL_REACHED_BEFORE = /\b(?:raising|raised|raises|lifting|lifted|lifts|increasing|increased|increases|boosting|boosted|upping|upped|taking|took|takes|cutting|cut|cuts|reducing|reduced|lowering|lowered|trimming|trimmed|bringing|brought)\s+(?:it|that|this)\s+to\s+(?:(?:about|some|just|nearly|almost|around)\s+)?$/i;
const HOLDING_NAMED = /\b(?:stake|holding|shareholding)\b|\binterest\b(?!\s+rates?\b)/i;

/** Whether `share` is the level a holding named earlier was brought to, with "it" for the holding. */
export function isHoldingReached(sentence: string, share: Quantity): boolean {
  return share.isPercent && LEVEL_REACHED_BEFORE.test(sentence.slice(Math.max(0, share.start - 40), share.start)) && HOLDING_NAMED.test(sentence.slice(0, share.start));
}

// "Satisfaction remains a minority view, held by 58 per cent of the 900 readers polled": "a minority view" names an
// opinion (share-context.ts reads it as a role), but one said at once to be held by a share gives that share as the
// size of the minority. Only right after the word, so that "once a minority view, it is now held by 58%" is a change.
const VIEW_HELD_BY = /^\s+(?:view|opinion|position|belief|stance)\s*,\s*(?:(?:one|a\s+view)\s+)?(?:held|shared|backed|supported|taken)\s+by\s+(?:(?:some|about|around|roughly|nearly|almost|just|only)\s+)?$/i;

/** The share a "minority view" or "majority opinion" is said to be held by, right after it (from every percentage:
 * share-context.ts reads "by 58%" as a change, which "held by" is not). */
export function viewHeldBy(sentence: string, shares: readonly Quantity[], word: { end: number }): Quantity | null {
  return shares.find((q) => q.start > word.end && q.start - word.end < 50 && VIEW_HELD_BY.test(sentence.slice(word.end, q.start))) ?? null;
}
