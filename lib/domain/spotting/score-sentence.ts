// Check-worthiness of one sentence, as the fitted model sees it. The score is
// the model's probability moved to the expected share of check-worthy sentences
// (the prior, DEFAULT_NEWS_PRIOR unless given) by Bayes' rule (calibration.ts):
// a score of 0.5 or more means check-worthy.
import { bayesThreshold, DEFAULT_NEWS_PRIOR } from "./calibration";
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

let fittedModel: { model: Model; trainingPrior: number } | undefined;
const scorers = new Map<number, SentenceScorer>();

/** The shipped model's scorer for input where a share `prior` is check-worthy (decoded once, on first use). */
export function fittedScorer(prior: number = DEFAULT_NEWS_PRIOR): SentenceScorer {
  let scorer = scorers.get(prior);
  if (!scorer) {
    const document = fittedDocument as ModelDocument;
    fittedModel ??= { model: decodeModel(document), trainingPrior: document.trainingPrior };
    scorer = createSentenceScorer(fittedModel.model, bayesThreshold(fittedModel.trainingPrior, prior));
    scorers.set(prior, scorer);
  }
  return scorer;
}

/** Scores `sentence` with the shipped weights, for news copy unless another prior is given. */
export function scoreSentence(sentence: string, prior: number = DEFAULT_NEWS_PRIOR): SentenceScore {
  return fittedScorer(prior)(sentence);
}

export function isCheckWorthyScore(score: number): boolean {
  return score >= CHECK_WORTHY_SCORE;
}
