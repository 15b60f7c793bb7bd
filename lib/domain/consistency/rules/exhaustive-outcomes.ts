// (Kept out of total-mismatch.ts, which is long: this reads only whether labelled parts cover every case.)
import type { Quantity } from "../numbers";

// Outcomes that between them cover every case: a pupil who sat the paper passed or failed; a medal is gold, silver or
// bronze; a voter is for, against or undecided. Parts labelled with every outcome of one set (and only those, or the
// "others" a set allows) are all of the total, even after "Of the 96 pupils," or "found", where a list may be partial.
const OUTCOMES: { all: RegExp[]; others?: RegExp }[] = [
  { all: [/^passed\b|^pass\b/, /^failed\b|^fail\b/], others: /^(?:absent|withdrew|did not sit|were absent|deferred)\b/ },
  { all: [/^gold\b/, /^silver\b/, /^bronze\b/] },
  { all: [/^(?:in favour|in favor|for|supported|backed|yes)\b/, /^(?:against|opposed|no)\b/], others: /^(?:undecided|unsure|abstained|don[’']t know|did not know|neither|had no (?:view|opinion))\b/ },
  // ("190 were men, 98 were women and 14 did not give a gender": those who said neither are the rest of a count by sex.)
  { all: [/^(?:men|male)\b/, /^(?:women|female)\b/], others: /^(?:did not (?:give|state|disclose|specify|record|say)|gave no|(?:gender|sex) (?:was )?(?:unknown|not (?:known|recorded|given|stated))|preferred not to say|non-binary)\b/ },
  { all: [/^boys\b/, /^girls\b/] },
  { all: [/^(?:won|wins)\b/, /^(?:lost|losses|defeats)\b/], others: /^(?:drew|drawn|draws|tied)\b/ },
  // A share or price rose, fell or stayed where it was ("61 rising, 33 falling and eight closing unchanged"); the
  // unchanged are often left out, so all three must be named.
  // ("60 were declining, 50 stable and 30 increasing": a population grows, shrinks or holds.)
  { all: [/^(?:rising|rose|risen|gaining|gained|advancing|advanced|increasing|increased|growing|grew|up|higher)\b/, /^(?:falling|fell|fallen|losing|declining|declined|decreasing|decreased|shrinking|shrank|down|lower)\b/, /^(?:(?:closing|finishing|ending|staying|remaining)\s+)?(?:unchanged|flat|steady|level|stable)\b/] },
  // A passenger, student or sale is domestic or international; a worker full- or part-time; a player, fan or goal
  // the home side's or the visitors' ("of whom 9.1 million flew domestically and 4.6 million internationally",
  // "seven from the home side and five from the visitors"). The label may open with its verb or preposition.
  { all: [/^(?:\p{L}+\s+)?domestic(?:ally)?\b/u, /^(?:\p{L}+\s+)?(?:international(?:ly)?|abroad|overseas)\b/u] },
  { all: [/^(?:\p{L}+\s+)?full-time\b/u, /^(?:\p{L}+\s+)?part-time\b/u] },
  { all: [/^(?:(?:from|for|by|of)\s+)?(?:the\s+)?home\b/, /^(?:(?:from|for|by|of)\s+)?(?:the\s+)?(?:away|visitors|visiting)\b/] },
];

export function isExhaustive(sentence: string, parts: readonly Quantity[], to: number): boolean {
  if (parts.length < 2) return false;
  // Each part's label: the words after its figure, less a verb ("were", "voted"), to the next part.
  // ("the side won 20, drew 9 and lost 7": or the verb right before it.)
  const labels = parts.map((part, i) => [
    // ("3,100 of them boys and 2,700 girls": "of them" says whose the part is, the label follows it.)
    sentence.slice(part.end, parts[i + 1]?.start ?? to).replace(/^[\s,]*(?:of\s+(?:them|whom|which)\s+)?(?:(?:were|was|are|is|voted|won|took|got)\s+(?=\S+\s*(?:,|and|$)))?/i, "").trim().toLowerCase(),
    (/([\p{L}]+)\s+$/u.exec(sentence.slice(parts[i - 1]?.end ?? Math.max(0, part.start - 20), part.start))?.[1] ?? "").toLowerCase(),
  ]);
  return OUTCOMES.some(({ all, others }) => {
    const matched = labels.map((label) => all.findIndex((outcome) => label.some((words) => outcome.test(words))));
    return matched.every((index, i) => index >= 0 || labels[i].some((words) => others?.test(words) ?? false)) && all.every((_, index) => matched.includes(index));
  });
}
