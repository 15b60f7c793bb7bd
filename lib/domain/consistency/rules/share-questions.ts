import type { Quantity } from "../numbers";

// Shares that each answer a yes/no question of their own: "Of the 240 pupils, 90% passed maths and 85% passed
// English", "64% said they trusted doctors, 58% trusted nurses and 22% trusted politicians", "67% were worried
// about crime and 59% were worried about the economy". One verb said of different things: a pupil may pass both,
// a voter trust both, so the shares may overlap and need not add up to 100% or less.
//
// Not so when the verb is a choice ("47% voted Labour, 40% voted Conservative", "52% chose A and 55% chose B",
// "60% backed A and 55% backed B", "rated it good, 38% fair"): one answer each. Nor when the things are places
// or sources ("60% were treated at Oakfield and 45% at Riverside", "funded mainly from savings"): one is in one.
// Different verbs ("58% rent and 47% own their homes", "60% joined the strike and 45% crossed the picket line") are
// left to the rule: they are often the answers to one question. So are categories after "were" ("55% were boys").

// "of the 500 firms surveyed", "of respondents": the whole, told after the share.
const WHOLE = /^of\s+(?:(?:the|its|their|all|those|these)\s+)?(?:[\d,]+\s+)?[\p{L}’'-]+(?:\s+(?:surveyed|polled|questioned|asked|interviewed|tested))?\s+/iu;
// "said they", "told researchers that they": what they said is the answer, not the saying.
const SAID = /^(?:said|say|says|told\s+[\p{L}’'-]+)\s+(?:that\s+)?(?:they|he|she|it|we)\s+/iu;
const SAYING = /^(?:said|say|says|told|thought|think|thinks|believed|believe|believes|felt\s+that)\b/i;
// "had raised", "would vote", "also passed": auxiliaries and adverbs before the verb (not "had a plan").
const AUXILIARY = /^(?:(?:had|have|has|would|will|could|should|might|may|also|still|now|already|even|only|each|\p{Ll}+ly)\s+)(?!(?:a|an|the|their|its|no|some|any|more|fewer|\d)\b)/iu;
const NEGATION = /^(?:not|never|no\b|did\s+not|do\s+not|does\s+not|\p{Ll}+n[’']t)\b/iu;
const COPULA = /^(?:is|are|was|were|be|been|being)\s+/i;
// After "were", only a participle is a verb: "were rated", "were worried about"; "were boys" is a category.
const PARTICIPLE = /^(?:\p{Ll}{3,}(?:ed|en)|seen|made|told|taught|held|paid|kept|found|built|sold|left)\b/u;
// "expected to raise prices": the verb is the one the answer turns on.
const VERB = /^(\p{Ll}[\p{Ll}-]*)(?:\s+to\s+(\p{Ll}+))?/u;
// A choice between answers: one each.
const CHOICE = /^(?:vot(?:e|es|ed|ing)|cho(?:se|ose|oses|osing|sen)|pick(?:s|ed|ing)?|prefer(?:s|red|ring)?|opt(?:s|ed|ing)?|select(?:s|ed|ing)?|elect(?:s|ed|ing)?|nam(?:e|es|ed|ing)|nominat(?:e|es|ed|ing)|back(?:s|ed|ing)?|support(?:s|ed|ing)?|favou?r(?:s|ed|ing)?|endors(?:e|es|ed|ing)|rat(?:e|es|ed|ing)|rank(?:s|ed|ing)?|go|goes|went|gone|going|cast|gave|give|gives|given|sid(?:e|es|ed|ing)|switch(?:es|ed|ing)?|spen[dt]s?|put|puts)$/;
// "in Kent", "at Oakfield", "from savings", "on fixed rates", "abroad", "by a fund": where a share is or who has it,
// one place or holder each. (Right after the share, "70% from Europe", "40% by a bank", it is no verb either.)
const PLACE_OBJECT = /^(?:(?:\p{Ll}+ly\s+)?(?:in|at|into|to|from|on|onto|towards|across|within|outside|inside|among|between|over|under|by|for|with|of|as|than|per|abroad|overseas|home|locally|nationally)\b)/iu;
// Elided verb, the object alone: "90% passed maths and 85% English", "… and 22% the BBC".
const OBJECT_ALONE = /^(?:\p{Lu}|(?:the|a|an|their|its)\s)/u;
const CLAUSE_END = /\s*(?:[,;:.(–—]|\s(?:and|but|while|whereas|with|against|compared|versus)\s)/;

interface Answer {
  verb: string | null;
  object: string;
}

function answerOf(tail: string): Answer | null {
  let rest = tail.trimStart().replace(WHOLE, "").replace(SAID, "");
  if (SAYING.test(rest)) return null;
  for (let i = 0; i < 3 && AUXILIARY.test(rest); i++) rest = rest.replace(AUXILIARY, "");
  if (NEGATION.test(rest)) return null;
  if (COPULA.test(rest)) {
    rest = rest.replace(COPULA, "");
    if (!PARTICIPLE.test(rest)) return null;
  }
  const end = CLAUSE_END.exec(rest);
  const clause = (end ? rest.slice(0, end.index) : rest).trim();
  if (!clause || PLACE_OBJECT.test(clause)) return null;
  if (OBJECT_ALONE.test(clause)) return { verb: null, object: clause.toLowerCase() };
  const verb = VERB.exec(clause);
  if (!verb) return null;
  const object = clause.slice(verb[0].length).trim().toLowerCase();
  return { verb: verb[2] ? `${verb[1]} to ${verb[2]}` : verb[1], object };
}

// "… heat them with electricity", "… expected to keep them unchanged": the thing again, so another answer to its
// question. ("less than £20,000 … more than £30,000": bands of one scale; "a grade A … a grade B": marks on one.)
const SAME_THING = /^(?:it|them|they|this|that|these|those|so|one|none|neither|either|both|otherwise)\b/;
const BAND = /^(?:less|more|fewer|above|below|under|over|up\s+to|at\s+least|at\s+most|between)\b/;
const LABEL = /\s(?:\p{Ll}|\d+)$/u;

/**
 * "Container traffic was 62% inbound and 45% outbound", "60% work full-time and 45% part-time": two words the same
 * but for a short head (in/out, fe-, full-/part-, un-) are the two sides of one line. ("80% complete and 60% sold",
 * "60% renovated and 45% decorated" are two things said: no shared word, or only a suffix such as "-ated".)
 */
export function areContrasted(a: string, b: string): boolean {
  if (a === b) return false;
  let tail = 0;
  while (tail < Math.min(a.length, b.length) && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const [headA, headB] = [a.slice(0, a.length - tail).replace(/-$/, ""), b.slice(0, b.length - tail).replace(/-$/, "")];
  // A shared word, not a shared suffix ("-ation", "-ated" start with a vowel; "insured" in "uninsured" is all of
  // one word), after heads no longer than a prefix.
  const isWord = headA === "" || headB === "" || !/^[aeiou]/.test(a.slice(a.length - tail));
  return tail >= 4 && isWord && headA.length <= 4 && headB.length <= 4;
}

// "39% expect a pay rise, 45% expect their pay to stay the same and 23% expect a cut": the objects are the ways one
// thing may go, up, level or down, so the answers of one question. ("expect prices to rise … interest rates to fall" are
// two things: besides the way each goes, one object's words must be among the other's.)
const DIRECTIONS = [
  /^(?:rises?|increases?|raises?|higher|up|improve|improvements?|better|grow|growth)$/,
  /^(?:same|unchanged|flat|steady|stable|level)$/,
  /^(?:cuts?|falls?|fall|drops?|decreases?|declines?|lower|down|worse|worsen|shrink)$/,
];
const NO_CONTENT = /^(?:a|an|the|their|its|his|her|our|my|your|to|stay|remain|be|go|this|next|year|month)$/;

function areWaysOneThingGoes(objects: readonly string[]): boolean {
  const directions = new Set<number>();
  const contents: string[][] = [];
  for (const object of objects) {
    const words = object.split(/\s+/);
    const direction = DIRECTIONS.findIndex((pattern) => words.some((word) => pattern.test(word)));
    if (direction < 0) return false;
    directions.add(direction);
    contents.push(words.filter((word) => !NO_CONTENT.test(word) && !DIRECTIONS.some((pattern) => pattern.test(word))));
  }
  const within = (a: string[], b: string[]) => a.every((word) => b.includes(word));
  return directions.size >= 2 && contents.every((a, i) => contents.slice(i + 1).every((b) => within(a, b) || within(b, a)));
}

/**
 * Whether the shares each answer a question of their own (see above): one verb, not a choice, said of different
 * things, none a place, a band, a mark, the thing again or the other side of the first.
 */
export function answerOwnQuestions(sentence: string, shares: readonly Quantity[]): boolean {
  const all = [...shares].sort((a, b) => a.start - b.start);
  let verb: string | null = null;
  const objects: string[] = [];
  for (let i = 0; i < all.length; i++) {
    const answer = answerOf(sentence.slice(all[i].end, all[i + 1]?.start ?? sentence.length));
    if (!answer || !answer.object || PLACE_OBJECT.test(answer.object) || BAND.test(answer.object) || SAME_THING.test(answer.object) || LABEL.test(answer.object)) return false;
    // The first share names the verb; the others repeat it or leave it out.
    const said: string | null = answer.verb ?? verb;
    if (!said || (verb !== null && said !== verb)) return false;
    verb = said;
    if (objects.some((object) => object === answer.object || areContrasted(object, answer.object))) return false;
    objects.push(answer.object);
  }
  return verb !== null && !CHOICE.test(verb.split(" ").pop() ?? "") && !areWaysOneThingGoes(objects);
}
