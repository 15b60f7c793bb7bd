// The claim spotter: scores every sentence of a revision for check-worthiness
// (0..1) with the reasons, and suggests the precise span to check. The score is a
// logistic regression over words and the reasons (spotter-weights.json, fitted on
// debate sentences; see docs/spotter.md), raised for sentences with a figure,
// share, date or attribution, which a news desk always wants checked.
import { extractFeatures } from "./features";
import { fromSparse, predict } from "./logistic-model";
import { detectReasons, type Reason, type ReasonId } from "./reasons";
import { splitSentences } from "./split-sentences";
import fitted from "./spotter-weights.json";
import { suggestSpan } from "./suggest-span";

export type Suggestion = {
  start: number;
  end: number;
  exact: string;
  sentence: { start: number; end: number };
  score: number;
  reasons: Reason[];
  isCheckWorthy: boolean;
};

const WEIGHTS = fromSparse(fitted.weights as Record<string, number>);
export const CHECK_WORTHY_THRESHOLD: number = fitted.threshold;
// What a news desk always checks, whatever the debate-trained model thinks: a
// share or a date; a figure with something said about it; a named person or
// organisation doing something; an attributed cause.
function isAlwaysCheckWorthy(reasons: readonly Reason[]): boolean {
  const has = (id: ReasonId) => reasons.some((reason) => reason.id === id);
  if (has("share") || has("date") || has("factual-statement")) return true;
  if (has("figure") && reasons.length >= 2) return true;
  return has("attributed") && has("causal");
}

/** The final score from the model's probability and the reasons (shared with the benchmark). */
export function decideCheckWorthiness(modelScore: number, reasons: readonly Reason[], threshold: number) {
  const score = isAlwaysCheckWorthy(reasons) ? Math.max(modelScore, Math.min(0.95, threshold + 0.1)) : modelScore;
  return { score: Number(score.toFixed(3)), isCheckWorthy: score >= threshold };
}

export function scoreSentence(sentence: string): { score: number; reasons: Reason[]; isCheckWorthy: boolean } {
  const reasons = detectReasons(sentence);
  const modelScore = predict(WEIGHTS, extractFeatures(sentence, reasons));
  return { ...decideCheckWorthiness(modelScore, reasons, CHECK_WORTHY_THRESHOLD), reasons };
}

/** Every sentence of `text`, scored, with the span to suggest (offsets into `text`). */
export function spotClaims(text: string): Suggestion[] {
  return splitSentences(text).map((sentence) => {
    const { score, reasons, isCheckWorthy } = scoreSentence(sentence.text);
    const span = suggestSpan(sentence.text);
    const start = sentence.start + span.start;
    const end = sentence.start + span.end;
    return { start, end, exact: text.slice(start, end), sentence: { start: sentence.start, end: sentence.end }, score, reasons, isCheckWorthy };
  });
}
