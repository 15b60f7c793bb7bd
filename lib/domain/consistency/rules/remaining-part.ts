import { denominatorOf } from "../fractions";
import { decimalSlack, findQuantities, type Quantity } from "../numbers";
import type { ConsistencyRule, Finding } from "../rule";
import { isAnAge } from "./age-figure";
import { comparedFigures, partReadings } from "./compared-figure";
import { isCountOf } from "./part-of-whole";
import { isPairedWith, ownSeries } from "./other-unit-parts";
import { isShareOfAWhole } from "./share-context";

// "the remaining 31", "the other 38", "the rest, 12": the last part of a split that leaves nothing out, so the
// parts must add up to the total exactly — however the total and the other parts were worded before it.
// ("most of the rest, 40", "half the remaining 59": a part of the rest is no last part.) The rest may be told what it
// gave before its figure: "Root making 104, Stokes 66 and the rest of the side contributing 107", "the others
// accounting for 12".
const REST_GAVE = String.raw`(?:contributing|making(?:\s+up)?|scoring|adding|accounting\s+for|providing|supplying|taking|winning|earning|bringing\s+in)`;
// ("and the rest — 120 — for sale", "the remainder (40) in Leeds": the rest's figure set off by dashes or brackets.)
const REST_SET_OFF = String.raw`(?:rest|remainder|balance|others)(?:\s+[–—-]\s+|\s*\(\s*)`;
const REMAINING_BEFORE = new RegExp(String.raw`(?<!\b(?:most|some|many|half|few|part|much|majority|minority|several|none|third|quarter|fifth|two-thirds|three-quarters)\s+(?:of\s+)?)\bthe\s+(?:(?:remaining|other|rest(?:\s+of\s+(?:them|it|the\s+[\p{L}’'-]+))?,?|balance(?:\s+of)?,?)\s+(?:${REST_GAVE}\s+)?|(?:others|remainder)\s+${REST_GAVE}\s+|${REST_SET_OFF})(?:(?:some|about|around|nearly|almost|just)\s+)?$`, "iu");
// A total that is a count of something: "Of the 230 passengers", "treated 87 patients", "The 40-strong squad".
// ("The list stands at 7,300 households, 4,100 of them …": a level something "stands at" is a count now, not a change;
// so is the level it "fell to", "Exports fell to €86bn, …, with goods accounting for €51bn and services the remaining …".)
const NOT_A_TOTAL_BEFORE = /\b(?:by|rose|fell|up|down|from|(?<!\b(?:rose|fell|risen|fallen|grew|grown|climbed|dropped|jumped|slipped|increased|decreased|declined|shrank|shrunk)\s+)to|between|aged|(?<!\b(?:stands?|stood|standing|put|puts|estimated|set|totals?|totalled)\s+)at)\s+$/i;

// "…, leaving $400m for training", "which leaves 25 empty": what is left over once the parts are told. A verb that
// may leave anything ("killed 12 and injured 40, leaving 3,000 homeless"), so only of a whole said to be one:
// "Of the $3.2bn aid package, …" opening the sentence, or "spent £30m of its £50m budget".
const LEAVING_BEFORE = /\b(?:leaving|leaves)\s+(?:(?:just|only|some|about|around|nearly|almost)\s+)?$/i;
const WHOLE_OPENS = /^\s*(?:of|out\s+of)\s+(?:(?:the|its|their|a|an)\s+)?(?:(?:[\p{L}’'-]+\s+)?[\p{L}’'-]+[’']s\s+)?(?:(?:about|around|some|roughly)\s+)?$/iu;

const TALLY_TO = /^\s+(?:votes?\s+)?to\s+$/i;
const LEVEL_FROM = /^\s+(?:up\s+|down\s+)?from\s+(?:(?:a|an|the)\s+)?$/i;

// "Pasture covers 70 per cent of the farm and woodland a fifth, with the remaining 10 per cent …": a share in a clause
// whose verb is left out, ending it. (A singular fraction is read as a share only before "of" or in brackets, so it is
// found here; "fell by a fifth" is a change, no share.)
const GAPPED_FRACTION = /(?:,|\band)\s+(?:[\p{L}’'-]+\s+){1,3}?(?<!\b(?:by|to|from|than|over|under)\s+)(?:a|one)\s+(half|third|quarter|fifth|sixth|eighth|tenth)(?=\s*(?:,|;|\band\b))/giu;

/** The gapped fractions before `rest`, each as a share of the whole (per cent). */
function gappedShares(sentence: string, rest: Quantity): Quantity[] {
  const text = sentence.slice(0, rest.start);
  return [...text.matchAll(GAPPED_FRACTION)].flatMap((match) => {
    const denominator = denominatorOf(match[1]);
    if (!denominator) return [];
    const end = match.index + match[0].length;
    const start = end - match[0].trimStart().replace(/^(?:,|and)\s+(?:[\p{L}’'-]+\s+){1,3}?(?=(?:a|one)\s)/iu, "").length;
    return [{ ...rest, value: 100 / denominator, start, end, text: sentence.slice(start, end), isFraction: true }];
  });
}

function sameKind(a: Quantity, b: Quantity): boolean {
  return a.isPercent === b.isPercent && a.currency === b.currency && !a.isYear && !b.isYear;
}

export const remainingPart: ConsistencyRule = {
  id: "remaining-part",
  description: "When the last part is 'the remaining' or 'the rest', the parts must add up to the total.",
  check(sentence) {
    const findings: Finding[] = [];
    // ("the No 3 adding 88": a batting place or a shirt is a label, no figure.)
    const quantities = findQuantities(sentence).filter((q) => !q.isYear && !isAnAge(sentence, q) && q.high === undefined && !/\bNo\.?\s?$/.test(sentence.slice(0, q.start)));
    const compared = comparedFigures(sentence, quantities);
    for (const [index, rest] of quantities.entries()) {
      const before = sentence.slice(Math.max(0, rest.start - 40), rest.start);
      const isLeft = !REMAINING_BEFORE.test(before) && LEAVING_BEFORE.test(before);
      if (!isLeft && !REMAINING_BEFORE.test(before)) continue;
      // (A full stop ends the parts; the point of "$1.5bn" after the figure does not.)
      const kin = quantities.slice(0, index).filter((q) => sameKind(q, rest) && !/\.(?!\d)/.test(sentence.slice(q.end, rest.start)));
      // ("31 farms supply 1.6 million litres, … and the other nine 500,000 litres": two series, other-unit-parts.ts.)
      const earlier = ownSeries(kin, rest, isPairedWith(sentence, rest, quantities[index + 1])) ?? kin;
      if (isLeft && (rest.isPercent || !earlier[1] || !(WHOLE_OPENS.test(sentence.slice(0, earlier[0].start)) || isCountOf(sentence, earlier[0], earlier[1])))) continue;
      // "320 passed, compared with 290 last year, and the remaining 180 failed": a compared figure is no part.
      const found = partReadings(earlier, compared).map((reading) => mismatch(sentence, reading, rest));
      if (found[0] && found.every((finding) => finding !== null)) findings.push(found[0]);
    }
    return findings;
  },
};

/** The finding when the total and parts before "the remaining" `rest` (from `earlier`) do not add up, else null. */
function mismatch(sentence: string, earlier: Quantity[], rest: Quantity): Finding | null {
  let total: Quantity | { value: number; text: string; start: number; end: number };
  let parts: Quantity[];
  if (rest.isPercent) {
    // Shares with "the remaining 20%": the whole is 100%.
    parts = [...earlier.filter((q) => isShareOfAWhole(sentence, q)), ...gappedShares(sentence, rest)].sort((a, b) => a.start - b.start);
    total = { value: 100, text: "100%", start: parts[0]?.start ?? rest.start, end: rest.end };
  } else {
    if (earlier.length < 2 || NOT_A_TOTAL_BEFORE.test(sentence.slice(Math.max(0, earlier[0].start - 24), earlier[0].start))) return null;
    // "destroyed 40 of the 120 homes, with the remaining 80 …": the whole is the second figure, the first a part of it.
    const [first, second, ...others] = earlier;
    [total, ...parts] = isCountOf(sentence, first, second) ? [second, first, ...others] : earlier;
    // ("voted 7 to 5, with the remaining 3 abstaining": a tally's first figure is one side of it, no total.)
    if (TALLY_TO.test(sentence.slice(total.end, parts[0].start))) return null;
    // ("rose to 410 from 385, with …": the figure the level came "from" is of another time, no part of it.)
    if (parts[0] && LEVEL_FROM.test(sentence.slice(total.end, parts[0].start))) parts = parts.slice(1);
  }
  if (parts.length === 0) return null;
  parts = [...parts, rest];
  const sum = parts.reduce((s, part) => s + part.value, 0);
  const slack = parts.reduce((s, q) => s + decimalSlack(q), "isPercent" in total ? decimalSlack(total) : 0) + (rest.isPercent ? 0.5 * (parts.length - 1) : 0);
  if (Math.abs(sum - total.value) <= slack + 1e-9) return null;
  return {
    ruleId: remainingPart.id,
    message: `${total.text.trim()} in all, but the parts up to the rest add up to ${Number(sum.toFixed(2))} (${parts.map((p) => p.text.trim()).join(" + ")}).`,
    start: Math.min(total.start, parts[0].start),
    end: rest.end,
  };
}
