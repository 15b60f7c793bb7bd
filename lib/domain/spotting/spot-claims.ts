// Claim suggestions for a revision: every sentence scored, with the span to
// suggest and whether the desk's policy (article-policy.ts) makes it check-worthy.
import { isCheckWorthyInArticle } from "./article-policy";
import { findReasonHits, type Reason } from "./reasons";
import { CHECK_WORTHY_SCORE, scoreSentence } from "./score-sentence";
import { splitSentences } from "./split-sentences";
import { suggestSpan } from "./suggest-span";

export type Suggestion = {
  /** Offsets into the revision text, as a claim's TextPositionSelector. */
  start: number;
  end: number;
  exact: string;
  /** 0..1, on the side of 0.5 that isCheckWorthy says (see alignScore). */
  score: number;
  reasons: Reason[];
  isCheckWorthy: boolean;
};

// Just below the line, for sentences the model likes but the policy withholds.
const BELOW_THE_LINE = 0.49;

export function spotClaims(text: string): Suggestion[] {
  return splitSentences(text).map((sentence) => {
    const { score, reasons } = scoreSentence(sentence.text);
    const isCheckWorthy = isCheckWorthyInArticle(sentence.text, score, reasons);
    const span = suggestSpan(sentence.text, () => (reasons.length > 0 ? findReasonHits(sentence.text) : []));
    const start = sentence.start + span.start;
    const end = sentence.start + span.end;
    return { start, end, exact: text.slice(start, end), score: alignScore(score, isCheckWorthy), reasons, isCheckWorthy };
  });
}

/**
 * The model's score, moved to the policy's side of CHECK_WORTHY_SCORE when the
 * two disagree, so a suggestion never reads "31% check-worthy": an attributed
 * quote the model doubts shows 0.5, a reasonless sentence it likes shows 0.49.
 */
function alignScore(score: number, isCheckWorthy: boolean): number {
  if (isCheckWorthy) return Math.max(score, CHECK_WORTHY_SCORE);
  return Math.min(score, BELOW_THE_LINE);
}
