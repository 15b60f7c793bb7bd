// A total restated as an amount for each of the things counted: "the contract for 12 frigates is worth $8.4bn, or
// $700m per ship". magnitude-mismatch reports it (an amount written twice); it is read here so that the rule stays short.
import { roundingSlack, type Quantity } from "../numbers";
import type { Finding } from "../rule";
import { isApposition } from "./apposition";

// The total, then its restatement "per"/"for each"/"a" one thing, or "each"/"apiece" (what `PER_THING` reads).
const PER_THING = /^\s*(?:(?:for\s+)?(?:per|each|every|an?)\s+([\p{L}-]+)|(each|apiece))\b/iu;
// Words for one of any thing counted ("per unit", "per head" of people): the count's own noun is allowed besides.
const ONE_OF_ANY = new Set(["unit", "item", "piece", "one", "head", "ship", "vessel", "vehicle", "aircraft", "plane", "jet", "tank", "train"]);
const PEOPLE = /^(?:people|staff|personnel|children|police|workers|employees|members|players|pupils|students|patients|residents|soldiers|troops|passengers|households|families)$/;
// Periods, shares and the like are no thing counted ("$700m a year", "per cent", "a share").
const NOT_A_THING = /^(?:day|week|month|year|quarter|season|decade|cent|share|time|piece-rate)$/;
// A count: a whole number of plural things ("12 frigates", "300 new homes").
// (Two letters and more before the "s": not "is", "was", "has"; or a plural with none: "3,000 staff".)
const COUNTED = /^\s+(?:[\p{Ll}-]+\s+)??(?!(?:was|has|does)\b)([\p{Ll}]+[^s\s]s|people|staff|personnel|children|police)\b/u;

export const singular = (noun: string) => noun.replace(/ies$/, "y").replace(/(?<=(?:ch|sh|ss|x))es$/, "").replace(/s$/, "");

type PerItem = { total: Quantity; each: Quantity; count: Quantity; noun: string; per: string };

// Or the count after the amount each: "£460,000 for each of its 10 wards", "£4,000 for each of the country's 68 million
// people"; the total may then be said to work out at it ("The £46m deficit works out at about £460,000 for each …").
const FOR_EACH_OF = /^\s+for\s+(?:each|every\s+one)\s+of\s+(?:(?:the|its|their|his|her|our|these|those|[\p{L}’'-]+[’']s)\s+){1,2}$/iu;
const WORKS_OUT = /^(?:\s+(?!(?:and|but|while|with|of)\b)[\p{L}’'-]+){0,2}\s+(?:works?\s+out\s+at|comes?\s+to|amounts?\s+to|equates?\s+to)\s+(?:(?:some|about|around|roughly|nearly|almost|approximately|just\s+over|just\s+under)\s+)?$/iu;

// Or "a"/"per" one thing, then "for" all of them: "£1.5bn, or £15,000 a share for its one million shares".
const A_THING_FOR_ALL = /^\s*(?:a|an|per)\s+([\p{L}-]+)\s+(?:for|across|over)\s+(?:(?:the|its|their|his|her|our|these|those|all|[\p{L}’'-]+[’']s)\s+){1,2}$/iu;

function countAfter(sentence: string, quantities: readonly Quantity[], i: number): PerItem | null {
  const [total, each, count] = [quantities[i], quantities[i + 1], quantities[i + 2]];
  if (!isCount(count)) return null;
  const between = sentence.slice(each.end, count.start);
  const thing = A_THING_FOR_ALL.exec(between)?.[1];
  if (!FOR_EACH_OF.test(between) && !thing) return null;
  const counted = COUNTED.exec(sentence.slice(count.end, count.end + 30));
  if (!counted || (thing && singular(counted[1]) !== thing.toLowerCase())) return null;
  if (!(isApposition(sentence, total, each) || WORKS_OUT.test(sentence.slice(total.end, each.start)))) return null;
  return { total, each, count, noun: counted[1], per: sentence.slice(each.end, count.end + counted[0].length).trim() };
}

// A whole number of two and more, of no currency: what an amount may be shared among.
function isCount(q: Quantity | undefined): q is Quantity {
  return q !== undefined && !q.currency && !q.isPercent && !q.isYear && Number.isInteger(q.value) && q.value >= 2;
}

// "The €3.5m prize fund is shared equally by the ten finalists, at €35,000 each": the total, the count it is shared
// among, then the amount each gets ("who get €140,000 each", "with £2,000 apiece").
const SHARED_AMONG = /^(?:\s+(?!(?:and|but|while|with)\b)[\p{L}’'-]+){0,5}?\s+(?:shared|split|divided|distributed)\s+(?:(?:equally|evenly)\s+)?(?:by|between|among|amongst)\s+(?:(?:the|its|their|all|[\p{L}’'-]+[’']s)\s+){0,2}$/iu;
const EACH_GETS = /^(?:\s*,)?\s+(?:(?:at|with|or|who\s+(?:each\s+)?(?:get|receive|take)|each\s+(?:getting|receiving|taking))\s+)?(?:(?:some|about|around|roughly|nearly|almost|approximately)\s+)?$/i;
const EACH_AFTER = /^\s*(?:each|apiece|a\s+head|per\s+head)\b/i;

function sharedAmong(sentence: string, quantities: readonly Quantity[], i: number): PerItem | null {
  const [total, count, each] = [quantities[i], quantities[i + 1], quantities[i + 2]];
  if (!each || !total.currency || each.currency !== total.currency || !isCount(count) || !SHARED_AMONG.test(sentence.slice(total.end, count.start))) return null;
  const counted = COUNTED.exec(sentence.slice(count.end, count.end + 30));
  const per = EACH_AFTER.exec(sentence.slice(each.end, each.end + 12));
  if (!counted || !per || !EACH_GETS.test(sentence.slice(count.end + counted[0].length, each.start))) return null;
  return { total, each, count, noun: counted[1], per: per[0].trim() };
}

/** Whether quantities[i + 1] restates the total quantities[i] for each of a count of things before it (or after it). */
export function perItemOf(sentence: string, quantities: readonly Quantity[], i: number): PerItem | null {
  const [total, each] = [quantities[i], quantities[i + 1]];
  if (!total?.currency || !each || total.currency !== each.currency) return null;
  const after = countAfter(sentence, quantities, i);
  if (after || !isApposition(sentence, total, each)) return after;
  const per = PER_THING.exec(sentence.slice(each.end, each.end + 30));
  const thing = per?.[1]?.toLowerCase();
  if (!per || (thing && NOT_A_THING.test(thing))) return null;
  // The one count of things before the total (two counts: which one the amount is for is not known).
  const counts = quantities.slice(0, i).flatMap((q) => {
    const noun = !q.currency && !q.isPercent && !q.isYear && Number.isInteger(q.value) && q.value >= 2 ? COUNTED.exec(sentence.slice(q.end, q.end + 30))?.[1] : undefined;
    return noun ? [{ q, noun }] : [];
  });
  if (counts.length !== 1) return null;
  const [{ q: count, noun }] = counts;
  if (thing && thing !== singular(noun) && !ONE_OF_ANY.has(thing) && !(PEOPLE.test(noun) && /^(?:person|head|capita|worker|employee)$/.test(thing))) return null;
  return { total, each, count, noun, per: per[0].trim() };
}

/** "12 frigates … $8.4bn, or $700,000 per ship": a total and its amount for each, against the one count of things. */
export function perItemAgainstTotal(sentence: string, quantities: readonly Quantity[], ruleId: string): Finding | null {
  for (let i = 0; i + 1 < quantities.length; i++) {
    const item = perItemOf(sentence, quantities, i) ?? sharedAmong(sentence, quantities, i);
    if (!item) continue;
    const { total, each, count, noun, per } = item;
    const expected = each.value * count.value;
    const slack = Math.max(roundingSlack(total), roundingSlack(each) * count.value) + (total.approx === "exact" && each.approx === "exact" ? 0.05 : 0.1) * Math.max(expected, total.value);
    if (Math.abs(expected - total.value) <= slack) continue;
    return {
      ruleId,
      message: `${total.text.trim()} for ${count.text.trim()} ${noun} is ${total.currency}${format(total.value / count.value)} each, but it is restated as ${each.text.trim()} ${per}.`,
      start: total.start,
      end: sentence.indexOf(per, each.end) + per.length,
    };
  }
  return null;
}

function format(value: number): string {
  return Number(value.toPrecision(3)).toLocaleString("en-US");
}
