// Why a sentence may be worth checking: hand-written detectors, each a list of
// patterns (reason-patterns.ts). They are shown to the editor as the reasons
// for a suggestion and are features of the fitted model.
import { REASON_PATTERNS } from "./reason-patterns";

export type ReasonId = keyof typeof REASON_PATTERNS;
export type Reason = { id: ReasonId; label: string };
/** Where a reason matched, as offsets into the sentence. */
export type ReasonHit = Reason & { start: number; end: number };

export const REASONS: readonly Reason[] = [
  { id: "figure", label: "A figure" },
  { id: "percentage", label: "A percentage or share" },
  { id: "comparison", label: "A comparison or ranking" },
  { id: "change", label: "A change over time" },
  { id: "actor", label: "A named organisation or person with a factual verb" },
  { id: "attribution", label: "An attributed quote or statement" },
  { id: "causal", label: "A causal claim" },
  { id: "date", label: "A date" },
];

/** The reasons that apply to `sentence`, in the order of REASONS. */
export function detectReasons(sentence: string): Reason[] {
  return REASONS.filter((reason) => REASON_PATTERNS[reason.id].some((pattern) => matches(pattern, sentence)));
}

/** Every match of every reason in `sentence` (for choosing the span to suggest). */
export function findReasonHits(sentence: string): ReasonHit[] {
  const hits: ReasonHit[] = [];
  for (const reason of REASONS) {
    for (const pattern of REASON_PATTERNS[reason.id]) {
      pattern.lastIndex = 0;
      for (let match = pattern.exec(sentence); match; match = pattern.exec(sentence)) {
        hits.push({ ...reason, start: match.index, end: match.index + match[0].length });
        if (match[0].length === 0) pattern.lastIndex++;
      }
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

function matches(pattern: RegExp, sentence: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(sentence);
}
