// Check-worthiness of one sentence, as the fitted model sees it. The score is
// the model's probability rescaled so that its decision threshold (chosen for
// F1 when fitting) sits at 0.5: a score of 0.5 or more means check-worthy.
import { extractFeatures } from "./features";
import { logOdds, type Model } from "./logistic-model";
import { decodeModel, type ModelDocument } from "./model-codec";
import { detectReasons, type Reason } from "./reasons";
import fittedDocument from "./spotter-weights.json";

export type SentenceScore = { score: number; reasons: Reason[] };
export type SentenceScorer = (sentence: string) => SentenceScore;

export const CHECK_WORTHY_SCORE = 0.5;
const HAS_WORDS = /[\p{L}\p{N}]/u;

export function createSentenceScorer(model: Model, threshold: number): SentenceScorer {
  const shift = Math.log(threshold / (1 - threshold));
  return (sentence) => {
    if (!HAS_WORDS.test(sentence)) return { score: 0, reasons: [] };
    const reasons = detectReasons(sentence);
    const z = logOdds(model, extractFeatures(sentence, reasons)) - shift;
    return { score: 1 / (1 + Math.exp(-z)), reasons };
  };
}

let fittedScorer: SentenceScorer | undefined;

/** Scores `sentence` with the shipped weights (decoded once, on first use). */
export function scoreSentence(sentence: string): SentenceScore {
  if (!fittedScorer) {
    const document = fittedDocument as ModelDocument;
    fittedScorer = createSentenceScorer(decodeModel(document), document.threshold);
  }
  return fittedScorer(sentence);
}

export function isCheckWorthyScore(score: number): boolean {
  return score >= CHECK_WORTHY_SCORE;
}
