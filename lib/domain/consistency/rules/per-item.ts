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

const singular = (noun: string) => noun.replace(/ies$/, "y").replace(/(?<=(?:ch|sh|ss|x))es$/, "").replace(/s$/, "");

type PerItem = { total: Quantity; each: Quantity; count: Quantity; noun: string; per: string };

// Or the count after the amount each: "£460,000 for each of its 10 wards", "£4,000 for each of the country's 68 million
// people"; the total may then be said to work out at it ("The £46m deficit works out at about £460,000 for each …").
const FOR_EACH_OF = /^\s+for\s+(?:each|every\s+one)\s+of\s+(?:(?:the|its|their|his|her|our|these|those|[\p{L}’'-]+[’']s)\s+){1,2}$/iu;
const WORKS_OUT = /^(?:\s+(?!(?:and|but|while|with|of)\b)[\p{L}’'-]+){0,2}\s+(?:works?\s+out\s+at|comes?\s+to|amounts?\s+to|equates?\s+to)\s+(?:(?:some|about|around|roughly|nearly|almost|approximately|just\s+over|just\s+under)\s+)?$/iu;

function countAfter(sentence: string, quantities: readonly Quantity[], i: number): PerItem | null {
  const [total, each, count] = [quantities[i], quantities[i + 1], quantities[i + 2]];
  if (!count || count.currency || count.isPercent || count.isYear || !Number.isInteger(count.value) || count.value < 2) return null;
  if (!FOR_EACH_OF.test(sentence.slice(each.end, count.start))) return null;
  const counted = COUNTED.exec(sentence.slice(count.end, count.end + 30));
  if (!counted || !(isApposition(sentence, total, each) || WORKS_OUT.test(sentence.slice(total.end, each.start)))) return null;
  return { total, each, count, noun: counted[1], per: sentence.slice(each.end, count.end + counted[0].length).trim() };
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
    const item = perItemOf(sentence, quantities, i);
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
