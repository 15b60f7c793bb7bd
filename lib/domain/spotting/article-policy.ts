// In an article, the desk's policy on top of the fitted score. News copy is
// almost all factual, and the model learned from debate transcripts, so:
// - a sentence for which no reason fires is never suggested (scene-setting:
//   the editor would not know why it was flagged);
// - a statement the desk always checks is suggested whatever the model says:
//   one with a share or stake, a date, an attribution (quotes must match their
//   source), a named organisation or person doing something factual, or a
//   figure written in digits or with a scale word ("$3bn", "2 million");
// - any other reason (a bare number word, a comparison, a change, a cause)
//   needs the model's score to reach CHECK_WORTHY_SCORE.
import type { Reason, ReasonId } from "./reasons";
import { isCheckWorthyScore } from "./score-sentence";

const ALWAYS_CHECKED: ReadonlySet<ReasonId> = new Set<ReasonId>(["percentage", "date", "attribution", "actor"]);
const STATED_FIGURE = /\d|\b(?:hundreds?|thousands?|millions?|billions?|trillions?|dozens?)\b/i;

export function isCheckWorthyInArticle(sentence: string, score: number, reasons: readonly Reason[]): boolean {
  if (reasons.length === 0) return false;
  if (reasons.some((reason) => ALWAYS_CHECKED.has(reason.id))) return true;
  if (reasons.some((reason) => reason.id === "figure") && STATED_FIGURE.test(sentence)) return true;
  return isCheckWorthyScore(score);
}
