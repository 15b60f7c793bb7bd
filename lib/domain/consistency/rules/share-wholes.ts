import type { Quantity } from "../numbers";
import { VERB_OF_ITS_OWN } from "./verb-or-category";

// How the whole of each share is found for shares-over-100: named after it ("43% of Nissan", "a 15% stake in
// Renault"), first in the sentence ("Of the voters, …"), between shares ("a majority of the Democrats"), past a
// count ("three in five adults") or by who does a thing to it ("60% owned by its founders").
// (A part of shares-over-100 in a file of its own: this reads only the words that name a whole.)

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
const WHOLE_FIRST = new RegExp(`^\\s*(?:of|in|among)\\s+${DETERMINER}(?:\\p{L}+[’']s\\s+(?=[\\d,]+\\s))?(?:[\\d,]+\\s+)?([\\p{L}’'-]+(?:\\s+[\\p{L}’'-]+)?)(?:\\s+(?:\\p{Ll}+ed|\\p{Ll}{2,}ing|sold|built|held|taken|seen|grown|made|given|heard|found|won|lost|paid|sent|caught|bought|brought|told|kept|shown|known|run|to|for|who|whose|which|that|in|on|at|across|within|among|from|under|over|outside|the|his|her|their|its)\\b(?:\\s+[\\p{L}\\p{N}’'-]+){0,6})?\\s*,`, "iu");
// ("Of the deliveries the opener faced,", "Of the games their side played,": or by a relative clause with its "that"
// left out, the determiner of its subject right after the noun.)
// ("Of the £120m spent on transfers,", "Of the club's $40m budget,": a sum of money is a whole of its own, its parts the
// shares after it.)
const SUM_FIRST = new RegExp(`^\\s*(?:of|from)\\s+${DETERMINER}(?:\\p{L}+[’']s\\s+)?([£$€]\\d[\\d.,]*\\s?(?:m|bn|k|million|billion|trillion)?)(?:\\s+[\\p{L}\\p{N}’'-]+){0,6}\\s*,`, "iu");
// "half the seats": the whole right after "half".
const HALF_THE = new RegExp(`^\\s+(?:the|its|their|all)\\s+([\\p{L}’'-]+)`, "iu");
// "owned 70% by its founder and 35% by a bank": shares of the sentence's subject.
// ("The appeal was funded 62% by governments, 30% by multilateral bodies and 15% by private donors": shares of what was
// funded, paid for or met, each by its own backers, as an owner's are.)
const OWNED_BY = /\b(owned|held|controlled|funded|financed|bankrolled|underwritten|met|covered|supplied|generated)\s+(?:\w+\s+){0,2}?$/i;
// "a 50% stake by pension funds" after "… is held by the state".
const BY_AFTER = /^\s+(?:(?:stake|share|holding|interest)\s+)?by\b/i;
// "60% owned by", "a 55% stake is held by".
// ("The beds were 88% occupied by emergency admissions and 19% by elective patients", "is 70% funded by grants":
// a share of the subject done by someone, the "by" then distributed over the others, as "owned by" is.)
// ("60% owned by its founders and 45% run by them": each participle its own whole; owned, held, controlled are one.)
const OWNED_AFTER = /^\s+(?:(?:stake|share|holding|interest)\s+(?:is|are|was|were)\s+)?(owned|held|controlled|\p{Ll}{3,}(?:ed|en)|run|paid|made|built|bought|won)\s+by\b/iu;
// ("met 60% by March and 90% by June": "by" a time is when, not who, and those shares build on each other.)
const BY_A_TIME = /^\s+by\s+(?:the\s+(?:end|start|middle|time)\b|(?:mid-?)?(?:January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|winter|then|now|next|\d{4})\b)/i;
const OWNERS = "the owners";

function doneByWhole(participle: string): string {
  return /^(?:owned|held|controlled)$/i.test(participle) ? OWNERS : `\u0000by ${participle.toLowerCase()}`;
}
const WHOLE_NAMED_BETWEEN = /\b(?:majority|most|minority|rest|all|many|none)\s+of\s+(?:the|its|their)\s+([\p{L}’'-]+)/giu;
// "of it", "of them": the whole named before.
const OF_IT = /^\s+of\s+(?:it|them)\b/i;
const PART_AS_WHOLE_BEFORE = /(?:[;,]|\band)\s*of\s+(?:that|this|those|these|them|which)\s*,?\s*(?:(?:some|about|around|nearly|almost|just|only)\s+)?$/i;
const NEW_WHOLE_BEFORE = /[;,]\s*of\s+(?:those|these|the|its|their|all)\s+([\p{L}’'-]+)\s*,\s*(?:(?:some|about|around|nearly|almost|just)\s+)?$/iu;

// "Three in five adults": the noun the count is of. ("Seven out of ten of the goals came from set pieces and four out of
// ten from open play": past "of" the whole is named as after a percentage; a preposition or a verb names none, so the
// share goes on with the whole before it.)
const NO_NOUN = /^(?:from|to|in|on|at|by|for|with|without|and|or|but|were|was|are|is|had|have|has|said|say)$/i;

function countNoun(after: string): string | undefined {
  if (/^\s+of\s/i.test(after)) return wholeOf(after) ?? undefined;
  const word = /^\s+([\p{L}’'-]+)/u.exec(after)?.[1];
  return word && !NO_NOUN.test(word) && !VERB_OF_ITS_OWN.test(word) ? word : undefined;
}

// "53% in a two-horse race", "40% in a poll": "in a" sets the scene, it does not name the whole.
const IN_A_SCENE = /^\s+in\s+an?\s/i;

// ("62% in favour in Kent": an answer, not a whole.)
const IN_FAVOUR = /^\s+in\s+favou?r\b/i;

export function wholeOf(after: string): string | null {
  if (IN_A_SCENE.test(after) || IN_FAVOUR.test(after)) return null;
  const match = STAKE_IN.exec(after) ?? WHOLE_AFTER.exec(after);
  return match ? match[1].replace(/[’']s$/, "") : null;
}

export function wholeNamedFirst(text: string): string | null {
  return WHOLE_FIRST.exec(text)?.[1] ?? SUM_FIRST.exec(text)?.[1] ?? null;
}

export function wholeNamedBetween(gap: string): string | undefined {
  return [...gap.matchAll(WHOLE_NAMED_BETWEEN)].pop()?.[1];
}

export function wholeRenamedBefore(gap: string): string | undefined {
  return NEW_WHOLE_BEFORE.exec(gap)?.[1];
}

export function takesThePartAsWhole(gap: string): boolean {
  return PART_AS_WHOLE_BEFORE.test(gap);
}

export function refersToWholeBefore(after: string): boolean {
  return OF_IT.test(after);
}

// "Three in five adults": the whole is the noun after a count-style fraction.
export function countWhole(share: Quantity, after: string): string | undefined {
  return share.isFraction && /\s(?:in|out of)\s/i.test(share.text)
    ? countNoun(after)
    : /^half$/i.test(share.text) ? HALF_THE.exec(after)?.[1] : undefined;
}

// "is 60% owned by its founders and 45% by a fund": after "owned by", a share "by" someone is owned too.
export function doneBy(before: string, after: string, lastDoneBy: string | null): string | null {
  const done = OWNED_AFTER.exec(after)?.[1];
  const owner = OWNED_BY.exec(before)?.[1];
  return done ? doneByWhole(done) : owner && BY_AFTER.test(after) && !BY_A_TIME.test(after) ? doneByWhole(owner) : lastDoneBy && BY_AFTER.test(after) ? lastDoneBy : null;
}
