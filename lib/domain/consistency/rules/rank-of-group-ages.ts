import { wordValue } from "../number-words";
import type { Finding } from "../rule";

// "The oldest of the three finalists, 24-year-old Tamsin Hale, will face a 27-year-old defending champion and a
// 21-year-old debutant": a group of a size told, and as many ages as it has members, so the ages are theirs whatever
// the verbs between; the one set off beside the rank must be the oldest (or youngest) of them. With more or fewer ages
// than members the others may be outsiders ("beat a 30-year-old in the semi-final"), so nothing is said.
const GROUP = /\b(oldest|youngest)\s+of\s+(?:the|its|their|all|these|those)\s+(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+[\p{L}-]+/giu;
// ("rivals aged 38, 52 and 60": one "aged" may give a list.)
const AGE = /\b(\d{1,3})-year-old\b|\baged\s+(\d{1,3}(?:,\s*\d{1,3})*(?:,?\s+and\s+\d{1,3})?)\b/gi;
// The ranked one's age set off right after the group ("…, 24-year-old Tamsin Hale,", "…, aged 24,", "… is 24-year-old").
const SET_OFF = /^(?:\s+[\p{L}’'-]+){0,2}?\s*(?:,|\bis|\bwas|\bwere)\s+(?:(?:the|a|an)\s+|aged\s+)?$/iu;

export function groupAgesAgainstRank(sentence: string, ruleId: string): Finding[] {
  const findings: Finding[] = [];
  for (const group of sentence.matchAll(GROUP)) {
    const size = /^\d+$/.test(group[2]) ? Number(group[2]) : wordValue(group[2].toLowerCase());
    const ages = [...sentence.matchAll(AGE)].flatMap((m) => [...m[0].matchAll(/\d+/g)].map((n) => ({ value: Number(n[0]), start: m.index + n.index, end: m.index + n.index + n[0].length })));
    if (!Number.isFinite(size) || ages.length !== size || size < 2) continue;
    const groupEnd = group.index + group[0].length;
    const own = ages.find((age) => age.start >= groupEnd && SET_OFF.test(sentence.slice(groupEnd, age.start)));
    if (!own) continue;
    const isOldest = group[1].toLowerCase() === "oldest";
    const beyond = ages.filter((age) => age !== own && (isOldest ? age.value > own.value : age.value < own.value));
    if (beyond.length === 0) continue;
    findings.push({
      ruleId,
      message: `“${group[0]}” is ${own.value}, but the group's ${beyond.map((age) => age.value).join(" and ")} ${beyond.length === 1 ? "is" : "are"} ${isOldest ? "older" : "younger"}.`,
      start: group.index,
      end: Math.max(own.end, ...beyond.map((age) => age.end)),
    });
  }
  return findings;
}
