// Across the desk's memory: a claim whose figure differs from what the desk
// found true before (a verified claim's words, a corrected claim's correction)
// about the same subject, in another article.
import { factsDisagree, findFacts, type Fact } from "./article-facts";
import { findQuantities, type Quantity } from "./numbers";

export type EarlierCheck = {
  id: string;
  articleId: string;
  headline: string;
  verdict: string;
  exact: string;
  correction: string | null;
  verdictSetAt: Date | null;
  similarity: number;
};

export type MemoryWarning = {
  ruleId: "checked-before";
  earlierClaimId: string;
  earlierArticleId: string;
  headline: string;
  /** "verified 15% stake" */
  summary: string;
  message: string;
};

// Only a close match is the same subject when no fact key ties them together.
const SAME_SUBJECT_SIMILARITY = 0.5;

/**
 * The earlier check this claim disagrees with, or null: a verified or
 * corrected claim stating the same fact (same key) with another value, or,
 * for a close match with one figure each of the same kind, another figure.
 * `formatDate` is the desk's day format ("12 June 2019").
 */
export function compareWithEarlierCheck(text: string, earlier: EarlierCheck, formatDate: (date: Date) => string): MemoryWarning | null {
  if (earlier.verdict !== "verified" && earlier.verdict !== "corrected") return null;
  const truth = earlier.verdict === "corrected" && earlier.correction ? earlier.correction : earlier.exact;
  const clash = clashingFacts(text, truth) ?? clashingFigures(text, truth, earlier.similarity);
  if (!clash) return null;
  const summary = `${earlier.verdict} ${clash.earlierValue}${clash.noun ? ` ${clash.noun}` : ""}`;
  const when = earlier.verdictSetAt ? `, ${formatDate(earlier.verdictSetAt)}` : "";
  return {
    ruleId: "checked-before",
    earlierClaimId: earlier.id,
    earlierArticleId: earlier.articleId,
    headline: earlier.headline,
    summary,
    message: `Checked before: ${summary}${when} (“${earlier.headline}”); this claim says ${clash.value}.`,
  };
}

function clashingFacts(text: string, truth: string): { value: string; earlierValue: string; noun: string } | null {
  const earlierFacts = findFacts(truth);
  for (const fact of findFacts(text)) {
    const match = earlierFacts.find((earlier) => sameKey(earlier, fact) && factsDisagree(earlier, fact));
    if (match) return { value: fact.value, earlierValue: match.value, noun: nounOf(match) };
  }
  return null;
}

function sameKey(a: Fact, b: Fact): boolean {
  if (a.key === b.key) return true;
  // "Renault's 43% stake" and "Renault holds 43% of Nissan": same holder, one whole unnamed.
  const [kindA, holderA, wholeA] = a.key.split("|");
  const [kindB, holderB, wholeB] = b.key.split("|");
  return kindA === "stake" && kindB === "stake" && holderA === holderB && (!wholeA || !wholeB);
}

function nounOf(fact: Fact): string {
  return fact.kind === "stake" ? "stake" : fact.kind === "age" ? "(age)" : fact.kind === "total" ? "in total" : "";
}

function clashingFigures(text: string, truth: string, similarity: number): { value: string; earlierValue: string; noun: string } | null {
  if (similarity < SAME_SUBJECT_SIMILARITY) return null;
  const figure = onlyFigure(text);
  const earlier = onlyFigure(truth);
  if (!figure || !earlier || figure.isPercent !== earlier.isPercent || figure.isYear !== earlier.isYear) return null;
  if (figure.value === earlier.value || (figure.high ?? figure.value) >= earlier.value && figure.value <= (earlier.high ?? earlier.value)) return null;
  if (figure.approx !== "exact" || earlier.approx !== "exact") return null;
  return { value: figure.text.trim(), earlierValue: earlier.text.trim(), noun: "" };
}

function onlyFigure(text: string): Quantity | null {
  const figures = findQuantities(text).filter((q) => !q.isFraction);
  return figures.length === 1 ? figures[0] : null;
}
