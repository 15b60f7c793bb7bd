import type { Quantity } from "../numbers";

// (A part of shares-over-100 in a file of its own: this reads the one construction of findings that overlap.)
//
// Two findings of one survey, each share doing a different thing to a different object: "72% had bought clothes online
// and 68% had visited a high street shop", "81% backed more speed cameras, and 77% supported lower limits", "Nine out
// of ten charities reported rising demand, and 72% said they had cut services". Each is the yes of a question of its
// own (a shopper may do both, a charity say both), so the shares may overlap and need not add up to 100% or less.
//
// Not so when a share has no verb or object of its own ("58% rent and 47% own their homes": one object told of by two
// verbs; "60% work at the main site and 45% at the depot"), a verb is negated ("70% started a game and 45% never
// played") or a copula ("were under 40": a category), the object is the same or points back ("lost their jobs …
// kept their jobs", "backed the plan … opposed it"), or it names an option ("voted for Smith … backed Jones"). Verbs
// that are opposites are left to the caller.

// "said they", "told researchers that the tariffs": what they said is the finding, not the saying.
const SAID = /^(?:said|say|says|reported\s+that|told\s+[\p{L}’'-]+)\s+(?:that\s+)?/iu;
// The subject of what was said, up to its verb: "they", "the tariffs", "budgets", "rising costs had".
const SAID_SUBJECT = /^(?:[\p{L}’'-]+\s+){1,3}?(?=(?:had|have|has|would|will|could|also|still|already|\p{Ll}{2,}ed)\s)/iu;
// ("had been injured": a passive's "been" too, the participle after it the verb.)
const AUXILIARY = /^(?:had|have|has|would|will|could|should|might|may|also|still|now|already|even|each|been|\p{Ll}+ly)\s+/iu;
// A verb of its own: a past tense, or one of the common irregular ones a finding is told in. (A copula, "were under
// 40", "became homeowners", and a negation, "45% never played", "had not", are none: no finding of its own.)
// ("had heard of the warning", "had ridden while hurt": irregular past participles after "had" are verbs too.)
const VERB = /^(?:\p{Ll}{2,}ed|bought|brought|built|caught|cut|did|done|drove|driven|felt|found|gave|given|got|grew|grown|heard|held|kept|knew|known|left|lost|made|met|paid|put|ran|read|ridden|saw|seen|sent|set|sold|spent|spoke|spoken|swore|taught|taken|thought|told|took|went|won|wore|worn|wrote|written)$/u;
// "cut back on heating", "turned off radiators", "made up their minds": a particle goes with its verb.
const PARTICLE = /^(?:up|off|out|back|down|over|away)\s+/i;
// An object that is a place or a setting, not a thing done: "abroad", "at the depot", "into work".
const NO_OBJECT = /^(?:abroad|overseas|home|locally|early|late|on\s+time|at|in|into|to|from|by|for|with|as|than|and|or|but|per|each)\b/i;
// ("said they had been injured in a fall … had ridden while hurt": with no object, when or how a thing happened tells
// it as an object would, a thing of its own; a place, "at the depot", "in hospital", is where, one place each.)
const CIRCUMSTANCE = /^(?:in\s+an?|while|when|during|despite|because\s+of)\s+\p{Ll}[\p{Ll}-]*/iu;
// "it", "them", "so": the thing before again, another answer to its question.
const SAME_THING = /^(?:it|them|this|that|these|those|so|one|none|neither|either|both|otherwise)\b/i;
// "the", "their": an object's words past its determiner, to compare two objects by.
const DETERMINER = /^(?:the|a|an|their|its|his|her|our|more|fewer|some|any)\s+/i;
const CLAUSE_END = /\s*(?:[,;:.(–—]|\s(?:and|but|while|whereas|with|against|compared|versus|as\s+a\s+result)\s)/;
// ("of small firms said", "of the shoppers surveyed had"): the whole after the share, up to its verb.
const WHOLE = /^of\s+(?:[\p{L}’'-]+\s+){1,4}?(?=(?:said|say|says|told|had|have|has|would|will|\p{Ll}{2,}ed)\b)/iu;

interface Finding {
  verb: string;
  object: string;
}

function findingOf(share: Quantity, tail: string): Finding | null {
  let rest = tail.trimStart();
  // "Nine out of ten charities reported": past the noun a count-style fraction counts.
  if (share.isFraction && /\s(?:in|out of)\s/i.test(share.text)) rest = rest.replace(/^[\p{L}’'-]+\s+(?!of\b)/u, "");
  rest = rest.replace(WHOLE, "");
  if (SAID.test(rest)) rest = rest.replace(SAID, "").replace(SAID_SUBJECT, "");
  for (let i = 0; i < 3 && AUXILIARY.test(rest); i++) rest = rest.replace(AUXILIARY, "");
  const end = CLAUSE_END.exec(rest);
  const words = (end ? rest.slice(0, end.index) : rest).trim().split(/\s+/);
  const verb = words.shift()?.toLowerCase();
  if (!verb || !VERB.test(verb)) return null;
  const told = words.join(" ").replace(PARTICLE, "").replace(/^on\s+/i, "");
  const circumstance = !told || NO_OBJECT.test(told) ? CIRCUMSTANCE.exec(rest.trimStart().slice(verb.length).trimStart())?.[0] : undefined;
  const object = circumstance ?? told;
  const named = object.replace(DETERMINER, "");
  if (!object || (!circumstance && NO_OBJECT.test(object)) || SAME_THING.test(object) || /^\p{Lu}/u.test(named)) return null;
  return { verb, object: named.toLowerCase() };
}

/** Whether every share reports a finding of its own (see above): each its own verb and its own object. */
export function areSeparateFindings(sentence: string, shares: readonly Quantity[]): boolean {
  if (shares.length < 2) return false;
  const findings: Finding[] = [];
  for (let i = 0; i < shares.length; i++) {
    const finding = findingOf(shares[i], sentence.slice(shares[i].end, shares[i + 1]?.start ?? sentence.length));
    if (!finding || findings.some((other) => other.verb === finding.verb || other.object === finding.object)) return false;
    findings.push(finding);
  }
  return true;
}
