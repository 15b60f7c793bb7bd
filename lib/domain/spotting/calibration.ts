// The spotter's decision threshold by Bayes' rule. The logistic model estimates
// P(check-worthy | sentence) under the class balance of its training data (a
// quarter of the debate sentences are check-worthy). For text where a share P
// is check-worthy, the posterior's log-odds move by logit(P) − logit(trainingPrior)
// (Saerens, Latinne & Decaestecker, 2002), and the Bayes decision is "posterior
// ≥ 0.5": on the model's own probability that is the threshold
// σ(logit(trainingPrior) − logit(P)). Nothing here is tuned on an evaluation set.

/**
 * Share of check-worthy sentences assumed in news copy when the caller gives
 * none. Declared before any news sentence was scored (docs/spotter.md): about
 * half of a news story's sentences state a checkable fact (figures, events,
 * attributed statements); the rest set scenes, quote opinion or move the story on.
 */
export const DEFAULT_NEWS_PRIOR = 0.5;

export function logit(p: number): number {
  return Math.log(p / (1 - p));
}

/** The cut-off on the model's probability that decides "check-worthy" for input with this prior. */
export function bayesThreshold(trainingPrior: number, prior: number): number {
  if (!(prior > 0 && prior < 1)) throw new RangeError(`The prior must be between 0 and 1 (exclusive), not ${prior}.`);
  if (!(trainingPrior > 0 && trainingPrior < 1)) throw new RangeError(`The training prior must be between 0 and 1, not ${trainingPrior}.`);
  return 1 / (1 + Math.exp(-(logit(trainingPrior) - logit(prior))));
}
