// (Kept out of total-mismatch.ts, which is long: starters of a total's parts found further on than STARTER looks, a
// total named as the subject of its sentence, and a list of "of them" parts that goes on past its first comma. Each
// reads one construction; total-mismatch.ts decides what to do with it.)
import type { Quantity } from "../numbers";
import { PART_FIGURE } from "./far-dash";

// "Sixty jobs will go when the refinery unit shuts, 35 of them engineers, …": five to ten words on from a count, a
// comma and a part "of them" (nearer, STARTER's bare comma reads it). Returned as STARTER's match is, so the caller
// reads the "of them" parts as after a near comma.
const FAR_OF_THEM = new RegExp(`^((?:[-\\s]+[\\p{L}’'-]+){5,10}?)\\s*(,)(?=\\s+${PART_FIGURE}\\s+of\\s+(?:them|whom|which)\\b)`, "iu");

export function farOfThemStarter(after: string): RegExpExecArray | null {
  return FAR_OF_THEM.exec(after);
}

// ", 35 of them engineers, 20 operators and 10 administrative staff": after the first "of them" part's comma, more
// figures with what they count, to the clause's end, are more parts of the same total (", 45 of them women, play 120
// concerts" closes the parts at that comma). Each must count a kind of thing: a label opening with a preposition or a
// participle ("20 based in Hull and 10 in Leeds") splits the total another way, and "of them" again ("20 of them in
// Hull") tells of a part of the total afresh, so both may overlap the first part.
const KIND_LABEL = "(?:\\s+(?!(?:in|at|on|from|for|by|of|with|to|into|over|under|aged|based|who|which|were|was|are|is|more|fewer|less|up|down)\\b)[\\p{L}’'-]+)(?:\\s+(?!(?:of|among|them|whom|which)\\b)[\\p{L}’'-]+){0,3}";
const KIND_PART = `${PART_FIGURE}${KIND_LABEL}`;
const MORE_KINDS = new RegExp(`^\\s*${KIND_PART}(?:\\s*,\\s*${KIND_PART})*,?\\s+and\\s+${KIND_PART}\\s*$`, "iu");

export function kindsGoOn(sentence: string, comma: number, to: number): boolean {
  return MORE_KINDS.test(sentence.slice(comma + 1, to));
}

// "The mayor's £640m transport plan is to be funded entirely by £410m from central government and £250m of borrowing":
// a sum said to be paid for wholly by what follows is broken down by it, all of it; paid for by what follows with no
// such adverb, maybe only by some ("funded by £410m of grants and £250m of borrowing, among other sources").
const FUNDED = /^((?:[-\s]+[\p{L}’'-]+){0,8}?),?\s((?:(?:is|are|was|were|will\s+be|to\s+be|would\s+be|being)\s+)?(?:funded|financed|paid\s+for|bankrolled|met|covered)\s+(?:(entirely|wholly|solely|exclusively|completely|fully)\s+)?(?:by|from|through|out\s+of))(?=\s+[$£€]?\d)/iu;

/** The offset in `after` where a sum's funding parts start, and whether they may be only some of it. */
function fundedParts(total: Quantity, after: string): { offset: number; isPartial: boolean } | null {
  if (total.currency === null) return null;
  const match = FUNDED.exec(after);
  if (!match || /\d/.test(match[1])) return null;
  return { offset: match[0].length, isPartial: match[3] === undefined };
}

// "The A$25bn stimulus, announced on Tuesday, is made up solely of …": an aside set off by commas right after the
// total or its noun, with no figure in it, before the verb that opens the parts. The caller looks for the parts after
// the aside (and takes them only after a verb that says the parts follow, or a colon).
const ASIDE = /^(?:\s+[\p{L}’'-]+){0,3}\s*,\s+(?:[\p{L}’'-]+\s+){0,5}[\p{L}’'-]+,(?=\s)/u;

/** The length of an aside that opens `after`, else 0. */
function asideLength(after: string): number {
  return ASIDE.exec(after)?.[0].length ?? 0;
}

// "Total attendance at the three-day event was 156,000", "The total cost of the scheme came to £5m": a figure the
// subject says is a total, as "a total of 156,000" is. ("Half the total budget was …" is no total: only "the", "its" or
// the sentence's start before it; "a running total" counts nothing.)
const TOTAL_SUBJECT = /(?:^|[;:]\s*|(?<!\b(?:half|most|part|some|much|third|quarter|fifth|tenth|share|proportion|of)\s+)\b(?:the|its|their|his|her|our)\s+)(?:(?:combined|overall|final|grand)\s+)?total\s+(?:[\p{L}’'-]+\s+){0,6}?(?:was|were|is|are|came\s+to|comes\s+to|stood\s+at|stands\s+at|reached|amounted\s+to)\s+(?:(?:about|some|around|roughly|nearly|almost)\s+)?$/iu;

export function isTotalSubject(sentence: string, total: Quantity): boolean {
  const before = sentence.slice(Math.max(0, total.start - 90), total.start);
  return TOTAL_SUBJECT.test(before) && !/\d/.test(before.slice(before.search(/\btotal\b/i)));
}

// "The 14 new solar farms will be built in Norfolk (6), Suffolk (5) and Essex (4)": places or kinds, each with a bare
// count in brackets, in the count's own clause, are its parts. ("… will join those in Norfolk (6), …" are others beside
// it, and "bigger than the ones in …" others compared with it: the words between may not say so.)
const NAME = "[\\p{L}’'.-]+(?:\\s+[\\p{L}’'.-]+){0,2}";
const COUNTED = `${NAME}\\s*\\(\\d[\\d,]*\\)`;
const BRACKETED_LIST = new RegExp(`(?<=\\s)${COUNTED}(?:\\s*,\\s*${COUNTED})*,?\\s+(?:and|&)\\s+${COUNTED}`, "u");
const OTHERS_BESIDE = /\b(?:than|join|joins|joining|joined|alongside|besides?|addition|existing|other|others|those|ones|compared|against|plus|already|like|as\s+well\s+as)\b|[;:.]\s|\d/i;

// ("Most of the 4,000 job cuts will fall in Germany (1,600) and France (1,100), … with the rest spread across eight
// other countries": a share of the count before it, or a rest told after the list, makes the list only some of it.)
const SOME_OF = /\b(?:most|some|many|much|part|half|few|several)\s+of\s+(?:the|its|their)\s+(?:[\p{L}’'-]+[’']s\s+)?$/iu;
const REST_AFTER = /\b(?:rest|remainder|balance|others?)\b/i;

/** Where a list of bracketed counts runs after `total` (offsets from its end), else null. */
function bracketedCounts(sentence: string, total: Quantity): { from: number; to: number; isPartial: boolean } | null {
  const after = sentence.slice(total.end, total.end + 300);
  // (A quick look first: the list's search is slow, and most counts have no bracketed figure after them.)
  if (!/\(\d/.test(after)) return null;
  const match = BRACKETED_LIST.exec(after);
  // (The words up to the first bracket, the first name's too, must say nothing of others.)
  if (!match || OTHERS_BESIDE.test(after.slice(0, after.indexOf("(", match.index)))) return null;
  const to = match.index + match[0].length;
  const clause = after.slice(to).split(/[;.]\s|\.$/)[0];
  const isPartial = SOME_OF.test(sentence.slice(Math.max(0, total.start - 40), total.start)) || REST_AFTER.test(clause);
  return { from: match.index, to, isPartial };
}

/** What total-mismatch.ts reads of a breakdown; `further` is its own breakdown of the same total from a later offset. */
type Later = { from: number; to: number; isPartial: boolean; isVerb?: boolean; isStrong?: boolean };

/**
 * The breakdown after `total` when no nearer starter opened one: funding parts, parts after an aside (only after a verb
 * that says they follow, or a colon), or bracketed counts of a count or a total said to be one (`isCounted`).
 */
export function laterBreakdown<T extends Later>(sentence: string, total: Quantity, isCounted: boolean, further: (end: number) => T | null, clauseEnd: (from: number) => number): T | Later | null {
  const after = sentence.slice(total.end, total.end + 300);
  const funded = fundedParts(total, after);
  if (funded) return { from: total.end + funded.offset, to: clauseEnd(total.end + funded.offset), isPartial: funded.isPartial, isVerb: true };
  const aside = asideLength(after);
  const beyond = aside > 0 ? further(total.end + aside) : null;
  if (beyond?.isVerb === true || beyond?.isStrong === true) return beyond;
  const listed = isCounted && total.currency === null && !total.isPercent ? bracketedCounts(sentence, total) : null;
  return listed ? { from: total.end + listed.from, to: total.end + listed.to, isPartial: listed.isPartial } : null;
}
