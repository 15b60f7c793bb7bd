import type { Quantity } from "../numbers";
import { answerOwnQuestions, areContrasted } from "./share-questions";
import { areSeparateFindings } from "./separate-findings";
import { ONLY_ONE_USED, OPPOSITES, areOppositeAnswers } from "./exclusive-answers";
import { PLURAL, VERB_OF_ITS_OWN } from "./verb-or-category";
import { areNamedThings } from "./named-answers";
import { areBandsOfOneScale, areSidesOfALimit } from "./one-scale";
import { areYesNoAndUnsure } from "./yes-no-answers";

// Which shares of one whole exclude each other and which may overlap, read from what each is said to be or do: a
// group over 100% is flagged only when its shares are one line drawn through the whole.
// (A part of shares-over-100 in a file of its own: this reads only the words after the shares of one group.)

// The word after a share (past "of the workforce"), when it can be a verb: "60% are women", "45% work".
// ("of charity volunteers were", "of the bank's loan book is": a whole of more than one word is skipped to its copula.)
const WHOLE_BEFORE = "of\\s+(?:the\\s+|its\\s+|their\\s+|all\\s+)?(?:(?:[\\p{L}’'-]+\\s+){1,3}(?=(?:is|are|was|were)\\s)|[\\p{L}’'-]+\\s+)";
const PREDICATE = new RegExp(`^\\s+(?:${WHOLE_BEFORE})?([\\p{Ll}]+)\\b`, "u");
const NOT_A_PREDICATE = new Set(["by", "to", "in", "on", "for", "from", "at", "with", "and", "or", "of", "the", "a", "an", "than", "as", "against", "respectively", "while", "but", "last", "this", "each", "per", "said"]);
const COPULA = new Set(["is", "are", "was", "were"]);
// The word after the verb: "inbound" in " were inbound", " of containers were inbound".
// The word after a copula, which a band starts with: "under" in " were under 25", "60" in " were 60 or over".
// ("55% is under cereals": "under" a crop, not an age, is no band; a band's "under", "over" or "aged" takes a figure.)
const COPULA_COMPLEMENT = new RegExp(`^\\s+(?:${WHOLE_BEFORE})?(?:is|are|was|were)\\s+([\\p{L}\\d]+(?:\\s+\\S+)?)`, "u");
const BAND_WORD = /^(?:aged\b|(?:under|over|above|below|between)\s+(?:the\s+age\s+of\s+)?\d|older\b|younger\b|\d+)/;
const COMPLEMENT = new RegExp(`^\\s+(?:${WHOLE_BEFORE})?\\p{Ll}+\\s+([\\p{Ll}][\\p{Ll}-]*)`, "u");
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
const PLURAL_TO_END = new RegExp(`^\\s+(?:[\\p{Ll}-]+\\s+)?${PLURAL}\\s*(?:,|\\band\\b|\\bor\\b|[.;]|$)`, "u");
const PRESENT_VERB = /^(?:own|have|rent|buy|work|live|take|get|pay|earn|hold|keep|make|need|want|use|say|think|prefer|expect|plan|like|run|sell|grow|drive|eat|read|watch|play|visit)$/;

/**
 * "Of the workforce, 60% are women and 45% work part-time": shares saying
 * different things of one whole may overlap.
 */
export function mayOverlap(sentence: string, shares: Quantity[]): boolean {
  // ("Asked what they would cut first, 61% said takeaways, 47% clothes …": things named in answer to an open question.)
  if (areNamedThings(sentence, shares)) return true;
  // ("… within four hours and 35% waited longer", "… moderately malnourished and 14% severely malnourished": one scale.)
  if (areSidesOfALimit(sentence, shares) || areBandsOfOneScale(sentence, shares)) return false;
  // ("58% would consider an electric car, 35% would not and 12% were undecided": one question's answers.)
  if (areYesNoAndUnsure(sentence, shares)) return false;
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
